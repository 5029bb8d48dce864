using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Transitions;

/// <summary>Which transition to check: one system's CCGs, one CCG, or (neither) every CCG in England; and the date it is read on.</summary>
public sealed record TransitionRequest(string? SystemId = null, string? CcgId = null, DateOnly? AsOf = null);

/// <summary>
/// A ceasing body (a CCG) as the catalogue shows it: when it ceased, its successors, and the functions the papers
/// name for it. Where they name none, <see cref="Note"/> says so rather than pretending it had none.
/// </summary>
public sealed record CeasingBody(Entity Body, DateOnly? CeasedOn, IReadOnlyList<Entity> Successors, IReadOnlyList<Entity> Functions)
{
    public const string FunctionsNotRecorded = "functions not recorded";

    public bool FunctionsRecorded => Functions.Count > 0;

    public string? Note => FunctionsRecorded ? null : FunctionsNotRecorded;
}

/// <summary>
/// Who holds a function from when to when: a HELD_BY line, a transfer taking effect, or (holder null) nobody.
/// Dates are clipped to the holder's own life: a body holds nothing before it exists or after it ceases.
/// </summary>
public sealed record HolderPeriod(
    Entity? Holder,
    DateOnly? From,
    DateOnly? To,
    RelationshipStatus? Status,
    Relationship? Relationship,
    IReadOnlyList<SourceRef> Sources,
    IReadOnlyList<TransitionFindingCode> FindingCodes);

/// <summary>One function's holders over time, with the ceasing body it belongs to.</summary>
public sealed record FunctionTimeline(Entity Function, Entity? Body, IReadOnlyList<HolderPeriod> Periods);

/// <summary>How many findings of one code and severity.</summary>
public sealed record FindingCount(TransitionFindingCode Code, FindingSeverity Severity, int Count);

/// <summary>
/// What is wrong with a transition: the ceasing bodies in scope (the function catalogue), each function's holder
/// timeline, and the findings, ordered by body, function, date and code.
/// </summary>
public sealed record TransitionReport(
    Entity? System,
    Entity? Ccg,
    DateOnly? AsOf,
    IReadOnlyList<CeasingBody> Bodies,
    IReadOnlyList<FunctionTimeline> Functions,
    IReadOnlyList<TransitionFinding> Findings)
{
    public IReadOnlyList<FindingCount> Counts { get; } = Findings
        .GroupBy(f => (f.Code, f.Severity))
        .OrderBy(g => g.Key.Code).ThenBy(g => g.Key.Severity)
        .Select(g => new FindingCount(g.Key.Code, g.Key.Severity, g.Count()))
        .ToList();
}

/// <summary>What a scenario does to the findings: those it adds and those it clears, compared with the baseline.</summary>
public sealed record TransitionFindingDiff(IReadOnlyList<TransitionFinding> Added, IReadOnlyList<TransitionFinding> Cleared)
{
    public static TransitionFindingDiff Between(TransitionReport baseline, TransitionReport scenario)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(scenario);
        var before = baseline.Findings.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var after = scenario.Findings.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        return new TransitionFindingDiff(
            scenario.Findings.Where(f => !before.Contains(f.Key)).ToList(),
            baseline.Findings.Where(f => !after.Contains(f.Key)).ToList());
    }
}
