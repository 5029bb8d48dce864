using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Transitions;

/// <summary>What a transition check found wrong (the contract's <c>TransitionFindingCode</c>; one rule per code, see <see cref="TransitionRules"/>).</summary>
public enum TransitionFindingCode
{
    FunctionUnmapped,
    HolderGap,
    DestinationNotYetEstablished,
    ConflictingDestinations,
    ProposalOnly,
    InferredOnly,
    AccountabilityBreak,
}

/// <summary>How much a finding matters: an error leaves a function without a lawful home; a warning rests it on weak evidence.</summary>
public enum FindingSeverity
{
    Error,
    Warning,
}

/// <summary>
/// One problem with a transition: its code and severity, the function and the ceasing body it concerns, the records
/// involved (entities and lines), the period it covers (<see cref="From"/> to <see cref="To"/>, either open), and
/// the sources of those records, so a planner can defend every finding they quote.
/// </summary>
public sealed record TransitionFinding(
    TransitionFindingCode Code,
    FindingSeverity Severity,
    string Message,
    Entity Function,
    Entity? Body,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Relationship> Relationships,
    DateOnly? From,
    DateOnly? To,
    IReadOnlyList<SourceRef> Sources)
{
    /// <summary>
    /// Identifies the finding across two versions of the graph (baseline and scenario): the code, the bodies involved
    /// and the period. Not the lines: a scenario that adds evidence without fixing the problem leaves the same finding.
    /// </summary>
    public string Key { get; } = string.Join('|', [GraphNames.ToWire(Code), Function.Id, .. Entities.Select(e => e.Id).Order(StringComparer.Ordinal), From?.ToString("O") ?? "-", To?.ToString("O") ?? "-"]);

    /// <summary>True when the finding's period is not over by <paramref name="asOf"/> (a problem still to come, or open-ended).</summary>
    public bool IsOpenOn(DateOnly asOf) => To is not { } to || to >= asOf;
}
