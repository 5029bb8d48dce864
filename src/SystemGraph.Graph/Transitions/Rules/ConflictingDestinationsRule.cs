using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Transitions.Rules;

/// <summary>
/// CONFLICTING_DESTINATIONS: one function moving to two bodies on overlapping dates, neither transfer ended. The
/// finding covers the days both transfers claim (from the later start to the earlier end, open when both are).
/// </summary>
public sealed class ConflictingDestinationsRule : TransitionRule
{
    public override TransitionFindingCode Code => TransitionFindingCode.ConflictingDestinations;

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IEnumerable<TransitionFinding> Check(FunctionCase item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var live = item.Transfers.Where(t => t.Line.Status != RelationshipStatus.Ended).OrderBy(t => t.Line.Id, StringComparer.Ordinal).ToList();
        for (var i = 0; i < live.Count; i++)
        {
            for (var j = i + 1; j < live.Count; j++)
            {
                var (a, b) = (live[i], live[j]);
                if (a.Body.Id == b.Body.Id)
                {
                    continue;
                }

                var from = Later(a.Line.ValidFrom, b.Line.ValidFrom);
                var to = Earlier(a.Line.ValidTo, b.Line.ValidTo);
                if (from is not null && to is not null && from > to)
                {
                    continue;
                }

                yield return Finding(item,
                    $"{item.Function.Name} moves to both {a.Body.Name} and {b.Body.Name} from {Day(from)}" + (to is null ? ", neither transfer ended." : $" to {Day(to)}."),
                    [a.Body, b.Body], [a.Line, b.Line], from, to);
            }
        }
    }

    private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a > b ? a : b);

    private static DateOnly? Earlier(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a < b ? a : b);
}
