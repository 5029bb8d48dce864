using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Transitions;

/// <summary>
/// Builds a function's holder timeline: one period per HELD_BY line and per transfer (from its date), each clipped
/// to the holder's own life, and the gaps between them. A HELD_BY line with no end date ends the day before the
/// function's next transfer takes effect (the seed's convention: HELD_BY validTo is the day before it moves). A
/// holder ending the day before the next one starts leaves no gap. After the last holder ends, the function is
/// held by nobody up to its own end (if it has one). Ended lines with no dates cannot be placed and are left out.
/// </summary>
public static class HolderTimeline
{
    private sealed record Span(FunctionLine Source, DateOnly? From, DateOnly? To);

    public static (IReadOnlyList<HolderPeriod> Periods, IReadOnlyList<HolderGapSpan> Gaps) Build(
        Entity function, IReadOnlyList<FunctionLine> holdings, IReadOnlyList<FunctionLine> transfers)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(holdings);
        ArgumentNullException.ThrowIfNull(transfers);
        var transferDates = transfers.Select(t => t.Line.ValidFrom).OfType<DateOnly>().Order().ToList();
        var spans = new List<Span>();
        foreach (var held in holdings.Where(Placeable))
        {
            var from = Later(held.Line.ValidFrom, held.Body.ValidFrom);
            var to = Earlier(held.Line.ValidTo, held.Body.ValidTo);
            if (held.Line.ValidTo is null && transferDates.Find(d => from is null || d > from) is var next && next != default)
            {
                // No end date: the holding ends the day before the function's next transfer takes effect.
                to = Earlier(to, next.AddDays(-1));
            }

            spans.Add(new Span(held, from, to));
        }

        foreach (var transfer in transfers.Where(Placeable))
        {
            spans.Add(new Span(transfer, Later(transfer.Line.ValidFrom, transfer.Body.ValidFrom), Earlier(transfer.Line.ValidTo, transfer.Body.ValidTo)));
        }

        var ordered = spans
            .Where(s => s.From is null || s.To is null || s.From <= s.To)
            .OrderBy(s => s.From ?? DateOnly.MinValue).ThenBy(s => s.To ?? DateOnly.MaxValue).ThenBy(s => s.Source.Line.Id, StringComparer.Ordinal)
            .ToList();
        var gaps = Gaps(function, ordered);
        var periods = ordered.Select(s => new HolderPeriod(s.Source.Body, s.From, s.To, s.Source.Line.Status, s.Source.Line, s.Source.Line.Sources, []))
            .Concat(gaps.Select(g => new HolderPeriod(null, g.From, g.To, null, null, GapSources(g), [TransitionFindingCode.HolderGap])))
            .OrderBy(p => p.From ?? DateOnly.MinValue).ThenBy(p => p.To ?? DateOnly.MaxValue)
            .ToList();
        return (periods, gaps);
    }

    private static List<HolderGapSpan> Gaps(Entity function, List<Span> ordered)
    {
        var gaps = new List<HolderGapSpan>();
        Span? reachedBy = null;
        DateOnly? reach = null;
        var openEnded = false;
        foreach (var span in ordered)
        {
            if (reachedBy is not null && !openEnded && span.From is { } from && reach is { } until && from > until.AddDays(1))
            {
                gaps.Add(new HolderGapSpan(until.AddDays(1), from.AddDays(-1), reachedBy.Source, span.Source));
            }

            if (openEnded)
            {
                continue;
            }

            if (span.To is null)
            {
                openEnded = true;
                reachedBy = span;
            }
            else if (reach is null || span.To > reach)
            {
                reach = span.To;
                reachedBy = span;
            }
        }

        if (reachedBy is not null && !openEnded && reach is { } last && (function.ValidTo is null || last < function.ValidTo))
        {
            gaps.Add(new HolderGapSpan(last.AddDays(1), function.ValidTo, reachedBy.Source, null));
        }

        return gaps;
    }

    private static bool Placeable(FunctionLine line) =>
        line.Line.Status != RelationshipStatus.Ended || line.Line.ValidFrom is not null || line.Line.ValidTo is not null;

    private static List<SourceRef> GapSources(HolderGapSpan gap) =>
        new[] { gap.Before, gap.After }.OfType<FunctionLine>().SelectMany(l => l.Line.Sources).Distinct().ToList();

    private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a > b ? a : b);

    private static DateOnly? Earlier(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a < b ? a : b);
}
