using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;

namespace SystemGraph.Graph.Traversals;

/// <summary>
/// Which services a system's spatial model plans or delivers at which level: the PLANNED_AT / DELIVERED_AT
/// lines that end at the system area, each with the spatial level it names.
/// </summary>
public static class ServicePlanningTraversal
{
    public static async Task<IReadOnlyList<ServiceLevelAssignment>> ForSystemAsync(
        IGraphReader store, string systemId, PlanningMode? mode, SpatialLevel? level, ServiceCategory? category, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var types = mode switch
        {
            PlanningMode.Planning => new HashSet<RelationshipType> { RelationshipType.PlannedAt },
            PlanningMode.Delivery => new HashSet<RelationshipType> { RelationshipType.DeliveredAt },
            _ => new HashSet<RelationshipType> { RelationshipType.PlannedAt, RelationshipType.DeliveredAt },
        };
        var lines = (await store.GetRelationshipsOfAsync([systemId], new RelationshipQuery(Direction.Inbound, types), cancellationToken).ConfigureAwait(false))[systemId];
        var entities = await TraversalFilters.LoadAsync(store, lines.Select(l => l.FromId).Append(systemId), cancellationToken).ConfigureAwait(false);
        return lines
            .Where(l => l.Level is not null && entities.ContainsKey(l.FromId))
            .Where(l => level is null || l.Level == level)
            .Where(l => category is null || entities[l.FromId].Category == category)
            .Select(l => new ServiceLevelAssignment(
                entities[l.FromId],
                l.Type == RelationshipType.PlannedAt ? PlanningMode.Planning : PlanningMode.Delivery,
                l.Level!.Value,
                entities.GetValueOrDefault(systemId),
                l.Sources))
            .OrderBy(a => a.Service.Category)
            .ThenBy(a => a.Level)
            .ThenBy(a => a.Service.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(a => a.Mode)
            .ToList();
    }
}
