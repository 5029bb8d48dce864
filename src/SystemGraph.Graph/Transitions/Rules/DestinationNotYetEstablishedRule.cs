namespace SystemGraph.Graph.Transitions.Rules;

/// <summary>
/// DESTINATION_NOT_YET_ESTABLISHED: a transfer that takes effect before its destination exists (the finding runs
/// from the transfer date to the day before the destination starts), or after it has ceased.
/// </summary>
public sealed class DestinationNotYetEstablishedRule : TransitionRule
{
    public override TransitionFindingCode Code => TransitionFindingCode.DestinationNotYetEstablished;

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IEnumerable<TransitionFinding> Check(FunctionCase item)
    {
        ArgumentNullException.ThrowIfNull(item);
        foreach (var transfer in item.Transfers)
        {
            if (transfer.Line.ValidFrom is not { } effective)
            {
                continue;
            }

            var destination = transfer.Body;
            if (destination.ValidFrom is { } starts && effective < starts)
            {
                yield return Finding(item,
                    $"The transfer of {item.Function.Name} to {destination.Name} takes effect on {Day(effective)}, but {destination.Name} exists only from {Day(starts)}.",
                    [destination], [transfer.Line], effective, starts.AddDays(-1), [destination]);
            }
            else if (destination.ValidTo is { } ceased && effective > ceased)
            {
                yield return Finding(item,
                    $"The transfer of {item.Function.Name} to {destination.Name} takes effect on {Day(effective)}, after {destination.Name} ceased on {Day(ceased)}.",
                    [destination], [transfer.Line], effective, effective, [destination]);
            }
        }
    }
}
