using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Transitions.Rules;

/// <summary>
/// INFERRED_ONLY: a destination resting only on inferred lines at the transfer date (see
/// <see cref="DestinationSupport"/>): no source states the move, we inferred it. Which lines are inferred is
/// <see cref="LineFirmness.IsInferred"/> unless a test gives its own predicate.
/// </summary>
public sealed class InferredOnlyRule(Func<Relationship, bool>? isInferred = null) : TransitionRule
{
    private readonly Func<Relationship, bool> isInferred = isInferred ?? LineFirmness.IsInferred;

    public override TransitionFindingCode Code => TransitionFindingCode.InferredOnly;

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override IEnumerable<TransitionFinding> Check(FunctionCase item)
    {
        ArgumentNullException.ThrowIfNull(item);
        foreach (var transfer in item.Transfers.Where(t => t.Line.Status != RelationshipStatus.Ended))
        {
            var support = DestinationSupport.LinesFor(item, transfer);
            if (!support.All(isInferred))
            {
                continue;
            }

            yield return Finding(item,
                $"{item.Function.Name} moves to {transfer.Body.Name} on {Day(transfer.Line.ValidFrom)} on inferred lines only: no source states it.",
                [transfer.Body], support, transfer.Line.ValidFrom, transfer.Line.ValidFrom);
        }
    }
}
