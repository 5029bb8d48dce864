using System.Collections.Immutable;
using SystemGraph.Graph.Changes;

namespace SystemGraph.Graph.Store;

/// <summary>
/// A scenario as the stores keep it (the embedded store in memory and its journal, Neo4j on a <c>:Scenario</c> node): its description, its writes in order (without optimistic-concurrency
/// versions, which only meant something when each was made) and, for every record it changed, the baseline version
/// it started from (0 for a record the baseline did not have), which is what a promote checks for conflicts.
/// </summary>
public sealed record ScenarioState(Scenario Info, ImmutableList<GraphWrite> Writes, ImmutableDictionary<string, long> BaseVersions)
{
    public static ScenarioState Open(Scenario info) => new(info, [], ImmutableDictionary.Create<string, long>(StringComparer.Ordinal));

    /// <summary>The records the scenario changes, in the order it first changed them.</summary>
    public IEnumerable<string> RecordIds => Writes.Select(w => w.RecordId).OfType<string>().Distinct(StringComparer.Ordinal);
}
