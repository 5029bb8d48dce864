using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Transitions.Rules;

/// <summary>
/// The lines a transfer's destination rests on at the transfer date: the transfer itself, any HELD_BY line of the
/// function to the destination, and any SUCCEEDED_BY line from a previous holder to the destination (a statutory
/// succession carries the predecessor's functions), each holding on that date. Shared by PROPOSAL_ONLY and INFERRED_ONLY.
/// </summary>
internal static class DestinationSupport
{
    public static IReadOnlyList<Relationship> LinesFor(FunctionCase item, FunctionLine transfer)
    {
        var date = transfer.Line.ValidFrom;
        var destination = transfer.Body.Id;
        var held = item.Holdings.Where(h => h.Body.Id == destination && LineFirmness.HoldsOn(h.Line, date)).Select(h => h.Line);
        var succeeded = item.Holdings.Where(h => h.Body.Id != destination)
            .SelectMany(h => item.Evidence.SuccessorLines(h.Body.Id))
            .Where(l => l.ToId == destination && LineFirmness.HoldsOn(l, date));
        return held.Concat(succeeded).Prepend(transfer.Line).DistinctBy(l => l.Id).ToList();
    }
}
