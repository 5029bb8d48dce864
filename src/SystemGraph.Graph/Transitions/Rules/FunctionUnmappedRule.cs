using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Transitions.Rules;

/// <summary>
/// FUNCTION_UNMAPPED: a function of a ceasing body with no transfer in force or agreed by the day the body ceases.
/// A transfer maps the function when it is agreed or in force and takes effect no later than the day after the body
/// ceases; so does a firm HELD_BY line to another body covering that day. Proposals and drafts do not map it.
/// </summary>
public sealed class FunctionUnmappedRule : TransitionRule
{
    public override TransitionFindingCode Code => TransitionFindingCode.FunctionUnmapped;

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IEnumerable<TransitionFinding> Check(FunctionCase item)
    {
        ArgumentNullException.ThrowIfNull(item);
        foreach (var holding in item.Holdings.Where(h => h.Body.ValidTo is not null).DistinctBy(h => h.Body.Id))
        {
            var ceased = holding.Body.ValidTo!.Value;
            var nextDay = ceased.AddDays(1);
            var mapped = item.Transfers.Any(t => t.Line.Status is RelationshipStatus.Agreed or RelationshipStatus.InForce
                    && t.Body.Id != holding.Body.Id && (t.Line.ValidFrom is null || t.Line.ValidFrom <= nextDay))
                || item.Holdings.Any(h => h.Body.Id != holding.Body.Id && LineFirmness.IsFirm(h.Line) && h.Line.Status != RelationshipStatus.Ended
                    && (h.Line.ValidFrom is null || h.Line.ValidFrom <= nextDay) && (h.Line.ValidTo is null || h.Line.ValidTo >= nextDay));
            if (mapped)
            {
                continue;
            }

            var proposed = item.Transfers.Where(t => t.Body.Id != holding.Body.Id).ToList();
            var message = $"{item.Function.Name} is held by {holding.Body.Name}, which ceases on {Day(ceased)}, and has no agreed or in-force transfer by that day"
                + (proposed.Count > 0 ? $" (only {string.Join(", ", proposed.Select(t => $"{Status(t.Line)} to {t.Body.Name}"))})." : ".");
            yield return Finding(item, message,
                [holding.Body, .. proposed.Select(t => t.Body)],
                [.. item.Holdings.Where(h => h.Body.Id == holding.Body.Id).Select(h => h.Line), .. proposed.Select(t => t.Line)],
                ceased, ceased, [holding.Body]);
        }
    }

    private static string Status(Relationship line) => GraphNames.ToWire(line.Status).Replace('_', ' ').ToLowerInvariant();
}
