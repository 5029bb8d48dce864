namespace SystemGraph.Graph.Changes;

/// <summary>
/// A named what-if: proposed changes kept apart from the baseline. Reads in a scenario answer as if its changes
/// were applied to the current baseline; promoting applies them to the baseline in one atomic write.
/// </summary>
/// <param name="Revision">Incremented by every change to the scenario (a promote may name the revision it reviewed).</param>
/// <param name="ChangeCount">How many writes the scenario holds.</param>
public sealed record Scenario(
    string Id,
    string Name,
    string? Description,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    ScenarioStatus Status,
    long Revision,
    int ChangeCount,
    string? ClosedBy = null,
    DateTimeOffset? ClosedAt = null);

/// <summary>A scenario's life: open for changes, then promoted to the baseline or discarded.</summary>
public enum ScenarioStatus
{
    Open,
    Promoted,
    Discarded,
}
