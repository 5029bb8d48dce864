namespace SystemGraph.Api.Subscriptions;

/// <summary>
/// One committed write as subscribers see it (the source event of every subscription field): the graph version it
/// produced, who made it and how, the records it changed, and the scenario it concerned. A <see cref="Missed"/>
/// notice carries only the version: this instance saw the graph move without the change itself, so a subscriber
/// may have missed events and should re-query.
/// </summary>
/// <param name="Version">The store version the write produced (or, for a missed notice, the version this instance now has).</param>
/// <param name="BaselineChanged">The published graph changed (a baseline write or a promote); false for a write inside a scenario, an open or a discard.</param>
/// <param name="ScenarioId">The scenario the write concerned (written in, opened, promoted or discarded); null for a plain baseline write.</param>
/// <param name="ScenarioAction">WRITE, OPENED, PROMOTED or DISCARDED when <paramref name="ScenarioId"/> is set.</param>
/// <param name="EntityIds">Ids of the entities the write created or changed.</param>
/// <param name="RelationshipIds">Ids of the relationships (lines) the write created or changed.</param>
/// <param name="TouchedEntityIds">The entities changed plus both ends of every line changed (what <c>entityChanged</c> filters on).</param>
/// <param name="Origin">The instance that committed the write (so a relayed event is not delivered twice).</param>
public sealed record GraphChangeEvent(
    long Version,
    DateTimeOffset At,
    string? Author,
    string? Operation,
    bool BaselineChanged,
    string? ScenarioId,
    string? ScenarioAction,
    IReadOnlyList<string> EntityIds,
    IReadOnlyList<string> RelationshipIds,
    IReadOnlyList<string> TouchedEntityIds,
    bool Missed,
    string Origin)
{
    /// <summary>A notice that changes may have been missed up to <paramref name="version"/>.</summary>
    public static GraphChangeEvent MissedUpTo(long version, DateTimeOffset at, string origin) =>
        new(version, at, null, null, true, null, null, [], [], [], true, origin);

    /// <summary>True when a write touched this entity or one of its lines (a missed notice may have: it always matches).</summary>
    public bool Touches(string entityId) => Missed || (BaselineChanged && TouchedEntityIds.Contains(entityId, StringComparer.Ordinal));

    /// <summary>True when the event concerns this scenario (a missed notice may have: it always matches).</summary>
    public bool Concerns(string scenarioId) => Missed || string.Equals(ScenarioId, scenarioId, StringComparison.Ordinal);
}
