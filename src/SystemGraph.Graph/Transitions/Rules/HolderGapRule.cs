using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Transitions.Rules;

/// <summary>
/// HOLDER_GAP: a period in which a function is held by nobody, between a holder's end and the next holder's start
/// (or a transfer's date), or after the last holder ends (<see cref="HolderTimeline"/> finds them). A holder ending
/// the day before the next starts is no gap. Where a body's own dates bound the gap (it ceased, or did not yet
/// exist), that body's sources are evidence too.
/// </summary>
public sealed class HolderGapRule : TransitionRule
{
    public override TransitionFindingCode Code => TransitionFindingCode.HolderGap;

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IEnumerable<TransitionFinding> Check(FunctionCase item)
    {
        ArgumentNullException.ThrowIfNull(item);
        foreach (var gap in item.Gaps)
        {
            var bodies = new[] { gap.Before?.Body, gap.After?.Body }.OfType<Entity>().ToList();
            var datedBy = new List<Entity>();
            if (gap.Before is { } before && before.Body.ValidTo == gap.From.AddDays(-1))
            {
                datedBy.Add(before.Body);
            }

            if (gap.After is { } after && gap.To is { } to && after.Body.ValidFrom == to.AddDays(1))
            {
                datedBy.Add(after.Body);
            }

            var message = gap.After is { } next
                ? $"{item.Function.Name} is held by nobody from {Day(gap.From)} to {Day(gap.To)}: {gap.Before?.Body.Name ?? "its holder"} holds it to {Day(gap.From.AddDays(-1))}, {next.Body.Name} from {Day(gap.To?.AddDays(1))}."
                : $"{item.Function.Name} is held by nobody from {Day(gap.From)}" + (gap.To is { } end ? $" to {Day(end)}" : string.Empty)
                    + $": {gap.Before?.Body.Name ?? "its holder"} holds it to {Day(gap.From.AddDays(-1))} and no later holder is recorded.";
            yield return Finding(item, message, bodies, new[] { gap.Before, gap.After }.OfType<FunctionLine>().Select(l => l.Line), gap.From, gap.To, datedBy);
        }
    }
}
