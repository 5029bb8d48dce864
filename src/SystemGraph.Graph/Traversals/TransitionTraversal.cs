using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;

namespace SystemGraph.Graph.Traversals;

/// <summary>
/// Where CCG functions move: a function's holder is the body it is HELD_BY; its TRANSFERS_TO lines say to
/// whom and from when. A CCG's successors are its SUCCEEDED_BY lines (the firm ones first).
/// </summary>
public static class TransitionTraversal
{
    private static readonly IReadOnlySet<RelationshipType> HeldBy = new HashSet<RelationshipType> { RelationshipType.HeldBy };
    private static readonly IReadOnlySet<RelationshipType> TransfersTo = new HashSet<RelationshipType> { RelationshipType.TransfersTo };
    private static readonly IReadOnlySet<RelationshipType> SucceededBy = new HashSet<RelationshipType> { RelationshipType.SucceededBy };
    private static readonly IReadOnlySet<RelationshipType> Footprint = new HashSet<RelationshipType> { RelationshipType.Covers, RelationshipType.PartOf };

    /// <summary>A CCG's successors and function transfers, over the lines <paramref name="evidence"/> admits (null: all).</summary>
    public static async Task<CcgTransition?> ForCcgAsync(IGraphReader store, string ccgId, CancellationToken cancellationToken, EvidenceFilter? evidence = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        evidence ??= EvidenceFilter.All;
        var entities = await TraversalFilters.LoadAsync(store, [ccgId], cancellationToken).ConfigureAwait(false);
        if (!entities.TryGetValue(ccgId, out var ccg))
        {
            return null;
        }

        var successorLines = (await store.GetRelationshipsOfAsync([ccgId], new RelationshipQuery(Direction.Outbound, SucceededBy), cancellationToken).ConfigureAwait(false))[ccgId]
            .Where(evidence.Admits).ToList();
        var functionIds = (await store.GetRelationshipsOfAsync([ccgId], new RelationshipQuery(Direction.Inbound, HeldBy), cancellationToken).ConfigureAwait(false))[ccgId]
            .Where(evidence.Admits).Select(l => l.FromId).Distinct(StringComparer.Ordinal).ToList();
        var transfers = await TransfersOfAsync(store, functionIds, cancellationToken, evidence).ConfigureAwait(false);
        var successors = await TraversalFilters.LoadAsync(store, successorLines.Select(l => l.ToId), cancellationToken).ConfigureAwait(false);
        var orderedSuccessors = successorLines
            .OrderBy(l => l.Status == RelationshipStatus.Proposed ? 1 : 0)
            .ThenBy(l => l.ValidFrom)
            .Select(l => successors.GetValueOrDefault(l.ToId))
            .OfType<Entity>()
            .DistinctBy(e => e.Id)
            .ToList();
        return new CcgTransition(ccg, ccg.ValidTo, orderedSuccessors, transfers);
    }

    /// <summary>Every function transfer, optionally only those touching a system (holder or recipient within its footprint) and with given statuses.</summary>
    public static async Task<IReadOnlyList<FunctionTransfer>> AllAsync(
        IGraphReader store, string? systemId, IReadOnlySet<RelationshipStatus>? statuses, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var lines = await store.QueryRelationshipsAsync(
            new RelationshipPageQuery { Filter = new RelationshipFilter.Compare("type", FilterOperator.Eq, GraphNames.ToWire(RelationshipType.TransfersTo)) },
            cancellationToken).ConfigureAwait(false);
        var transfers = await TransfersOfAsync(store, lines.Items.Select(l => l.FromId).Distinct(StringComparer.Ordinal).ToList(), cancellationToken).ConfigureAwait(false);
        var selected = transfers.Where(t => statuses is null || statuses.Contains(t.Status));
        if (systemId is null)
        {
            return selected.ToList();
        }

        var inSystem = await FootprintMembersAsync(store, systemId, cancellationToken).ConfigureAwait(false);
        return selected.Where(t => inSystem.Contains(t.From.Id) || inSystem.Contains(t.To.Id)).ToList();
    }

    /// <summary>The transfers of one function (each with the body holding it just before), as <see cref="AllAsync"/> shapes them.</summary>
    public static Task<IReadOnlyList<FunctionTransfer>> OfFunctionAsync(IGraphReader store, string functionId, CancellationToken cancellationToken) =>
        TransfersOfAsync(store, [functionId], cancellationToken);

    private static async Task<IReadOnlyList<FunctionTransfer>> TransfersOfAsync(IGraphReader store, List<string> functionIds, CancellationToken cancellationToken, EvidenceFilter? evidence = null)
    {
        evidence ??= EvidenceFilter.All;
        if (functionIds.Count == 0)
        {
            return [];
        }

        var lines = await store.GetRelationshipsOfAsync(functionIds, new RelationshipQuery(Direction.Outbound, new HashSet<RelationshipType> { RelationshipType.TransfersTo, RelationshipType.HeldBy }), cancellationToken).ConfigureAwait(false);
        var entities = await TraversalFilters.LoadAsync(store, lines.Values.SelectMany(l => l).SelectMany(l => new[] { l.FromId, l.ToId }), cancellationToken).ConfigureAwait(false);
        var result = new List<FunctionTransfer>();
        foreach (var functionId in functionIds)
        {
            var held = lines[functionId].Where(l => l.Type == RelationshipType.HeldBy && evidence.Admits(l)).ToList();
            foreach (var transfer in lines[functionId].Where(l => l.Type == RelationshipType.TransfersTo && evidence.Admits(l)))
            {
                // The holder is the body holding the function just before the transfer takes effect.
                var holder = held
                    .Where(h => transfer.ValidFrom is null || h.ValidFrom is null || h.ValidFrom < transfer.ValidFrom)
                    .OrderByDescending(h => h.ValidFrom)
                    .FirstOrDefault() ?? held.FirstOrDefault();
                if (holder is null || !entities.TryGetValue(functionId, out var function) || !entities.TryGetValue(holder.ToId, out var from) || !entities.TryGetValue(transfer.ToId, out var to))
                {
                    continue;
                }

                result.Add(new FunctionTransfer(function, from, to, transfer.Status, transfer.ValidFrom, transfer, transfer.Sources));
            }
        }

        return result.OrderBy(t => t.From.Id, StringComparer.Ordinal).ThenBy(t => t.Function.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Relationship.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>The system area, everything PART_OF it (transitively), and every body that COVERS any of those areas.</summary>
    private static async Task<HashSet<string>> FootprintMembersAsync(IGraphReader store, string systemId, CancellationToken cancellationToken)
    {
        var members = new HashSet<string>(StringComparer.Ordinal) { systemId };
        var frontier = new List<string> { systemId };
        for (var depth = 0; depth < 6 && frontier.Count > 0; depth++)
        {
            var lines = await store.GetRelationshipsOfAsync(frontier, new RelationshipQuery(Direction.Inbound, Footprint), cancellationToken).ConfigureAwait(false);
            frontier = lines.Values.SelectMany(l => l).Select(l => l.FromId).Where(members.Add).ToList();
        }

        return members;
    }
}
