using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Changes;

/// <summary>
/// One committed write, as the audit log keeps it: who, when, which operation, why, on what evidence, in which
/// scenario (null for the baseline), and every record it changed with the fields before and after.
/// </summary>
/// <param name="Sequence">Position in the log (1, 2, ...): the order writes committed in.</param>
/// <param name="Version">The store version the write produced.</param>
public sealed record AuditEntry(
    long Sequence,
    long Version,
    DateTimeOffset At,
    string Author,
    string Operation,
    string Reason,
    SourceRef? Source,
    string? Rationale,
    string? ScenarioId,
    IReadOnlyList<AuditChange> Changes)
{
    /// <summary>True when the entry changed the record with this id.</summary>
    public bool Touches(string id) => Changes.Any(c => string.Equals(c.TargetId, id, StringComparison.Ordinal));
}

/// <summary>What a write did to one record.</summary>
/// <param name="VersionBefore">The record's version before; null when the write created it.</param>
/// <param name="VersionAfter">The record's version after.</param>
public sealed record AuditChange(ChangeTarget Target, string TargetId, ChangeKind Kind, long? VersionBefore, long VersionAfter, IReadOnlyList<FieldChange> Fields);

/// <summary>One field's value before and after, as JSON text (null when absent).</summary>
public sealed record FieldChange(string Field, string? Before, string? After);

/// <summary>The kind of record a change touched.</summary>
public enum ChangeTarget
{
    Entity,
    Relationship,
    Scenario,
}

/// <summary>What happened to the record.</summary>
public enum ChangeKind
{
    Created,
    Updated,
    Ended,
    StatusChanged,
    Promoted,
    Discarded,
}
