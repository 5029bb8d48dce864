using System.Collections.Immutable;

namespace SystemGraph.Graph.Store;

/// <summary>
/// Everything the embedded store holds, published as one immutable value: the baseline graph, the scenarios and
/// the audit log, and the store version (incremented by every committed write, in a scenario or not).
/// </summary>
internal sealed record StoreState(long Version, GraphSnapshot Graph, ImmutableDictionary<string, ScenarioState> Scenarios, AuditTrail Audit)
{
    public static readonly StoreState Empty = new(0, GraphSnapshot.Empty, ImmutableDictionary.Create<string, ScenarioState>(StringComparer.Ordinal), AuditTrail.Empty);

    /// <summary>The baseline version of a record (0 when the baseline does not have it).</summary>
    public long BaselineVersionOf(string id) => ScenarioDiff.BaselineVersionOf(Graph, id);
}
