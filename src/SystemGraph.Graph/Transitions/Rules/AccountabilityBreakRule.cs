using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Transitions.Rules;

/// <summary>
/// ACCOUNTABILITY_BREAK: a destination body with no accountability line in force to anyone at the transfer date,
/// so that its chain ends before reaching a statutory body (a legal-entity organisation). A destination that is
/// itself statutory needs no chain. The lines that did not count (proposed, draft, not yet valid) are the evidence.
/// </summary>
public sealed class AccountabilityBreakRule : TransitionRule
{
    public override TransitionFindingCode Code => TransitionFindingCode.AccountabilityBreak;

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IEnumerable<TransitionFinding> Check(FunctionCase item)
    {
        ArgumentNullException.ThrowIfNull(item);
        foreach (var transfer in item.Transfers.Where(t => t.Line.Status != RelationshipStatus.Ended).DistinctBy(t => (t.Body.Id, t.Line.ValidFrom)))
        {
            var destination = transfer.Body;
            if (LineFirmness.IsStatutory(destination))
            {
                continue;
            }

            var date = transfer.Line.ValidFrom;
            var reach = item.Evidence.Reach(destination.Id, date);
            if (reach.StatutoryBody is not null)
            {
                continue;
            }

            var ends = reach.Walked.Count == 0
                ? $"{destination.Name} has no accountability line in force on {Day(date)}"
                : $"the accountability chain of {destination.Name} ends at {string.Join(", ", ChainEnds(reach, item.Evidence))} on {Day(date)}, short of a statutory body";
            var weak = reach.NotInForce.Count == 0 ? "." : $" (not in force then: {string.Join("; ", reach.NotInForce.Select(l => $"{GraphNames.ToWire(l.Type)} {item.Evidence.Entity(l.ToId)?.Name ?? l.ToId}, {GraphNames.ToWire(l.Status)}"))}).";
            yield return Finding(item,
                $"{item.Function.Name} moves to {destination.Name} on {Day(date)}, but {ends}{weak}",
                [destination, .. reach.Walked.Select(l => item.Evidence.Entity(l.ToId)).OfType<Entity>()],
                [transfer.Line, .. reach.Walked, .. reach.NotInForce], date, date);
        }
    }

    private static IEnumerable<string> ChainEnds(AccountabilityReach reach, TransitionEvidence evidence)
    {
        var from = reach.Walked.Select(l => l.FromId).ToHashSet(StringComparer.Ordinal);
        return reach.Walked.Select(l => l.ToId).Where(id => !from.Contains(id)).Distinct(StringComparer.Ordinal).Select(id => evidence.Entity(id)?.Name ?? id);
    }
}
