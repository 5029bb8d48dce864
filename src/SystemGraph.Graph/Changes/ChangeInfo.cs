using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Changes;

/// <summary>
/// Who makes a change, when, why and on what evidence: carried by every write batch and kept in the audit log.
/// Evidence is a source (a document and the place in it), a free-text rationale (a planner's note), or both.
/// </summary>
/// <param name="Author">The principal's subject (the token's <c>sub</c>).</param>
/// <param name="At">When the change was made (server time, UTC).</param>
/// <param name="Operation">The operation's name, e.g. <c>linkEntities</c>.</param>
/// <param name="Reason">The author's reason for the change, in their words.</param>
/// <param name="Source">The document and section that state the fact, when there is one.</param>
/// <param name="Rationale">A planner's free-text rationale, when no document states it (yet).</param>
public sealed record ChangeInfo(string Author, DateTimeOffset At, string Operation, string Reason, SourceRef? Source = null, string? Rationale = null)
{
    /// <summary>
    /// The change information a store commits: stamped with its clock, never earlier than the last audit entry (so
    /// the log reads in time order even when clocks differ); a batch without any is a direct store write. Both
    /// stores stamp this way, and journal or store the result, so a replay records the same time.
    /// </summary>
    public static ChangeInfo Stamp(ChangeInfo? info, DateTimeOffset now, DateTimeOffset? lastAt)
    {
        var at = lastAt is { } last && now < last ? last : now;
        return info is null ? new ChangeInfo("system", at, "write", "Direct store write.") : info with { At = at };
    }
}
