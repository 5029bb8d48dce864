namespace SystemGraph.Graph.Changes;

/// <summary>
/// Which audit entries to return, newest first. <see cref="TargetId"/> keeps the entries that changed that record
/// (an entity or a relationship); <see cref="Since"/> those at or after a time. Entries made in a scenario are
/// included only when <see cref="ScenarioId"/> names it (baseline entries always are).
/// </summary>
public sealed record AuditQuery(string? TargetId = null, DateTimeOffset? Since = null, string? ScenarioId = null, int Limit = 100, bool ScenarioOnly = false);
