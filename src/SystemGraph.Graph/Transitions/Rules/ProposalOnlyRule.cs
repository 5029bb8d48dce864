using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Transitions.Rules;

/// <summary>
/// PROPOSAL_ONLY: a destination resting only on PROPOSED or DRAFT lines at the transfer date (see
/// <see cref="DestinationSupport"/> for the lines it rests on). A firm line among them (agreed, in force) clears it.
/// </summary>
public sealed class ProposalOnlyRule : TransitionRule
{
    public override TransitionFindingCode Code => TransitionFindingCode.ProposalOnly;

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override IEnumerable<TransitionFinding> Check(FunctionCase item)
    {
        ArgumentNullException.ThrowIfNull(item);
        foreach (var transfer in item.Transfers.Where(t => t.Line.Status != RelationshipStatus.Ended))
        {
            var support = DestinationSupport.LinesFor(item, transfer);
            if (support.Any(LineFirmness.IsFirm))
            {
                continue;
            }

            var notes = support.Select(l => l.StatusNote).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            yield return Finding(item,
                $"{item.Function.Name} moves to {transfer.Body.Name} on {Day(transfer.Line.ValidFrom)} on proposed or draft lines only"
                    + (notes.Count > 0 ? $" (\"{string.Join("\"; \"", notes)}\")." : "."),
                [transfer.Body], support, transfer.Line.ValidFrom, transfer.Line.ValidFrom);
        }
    }
}
