using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;
using SystemGraph.Graph.Traversals;

namespace SystemGraph.Graph.Transitions;

/// <summary>
/// The ceasing bodies a report covers: one CCG; a system's CCGs (those in its footprint, and those succeeded by a
/// body in its footprint, such as its ICB and sub-ICB locations); or, with neither, every CCG in England.
/// </summary>
internal static class TransitionScope
{
    private const string CcgType = "CCG";
    private static readonly IReadOnlySet<RelationshipType> SucceededBy = new HashSet<RelationshipType> { RelationshipType.SucceededBy };

    public static async Task<IReadOnlyList<Entity>> BodiesAsync(IGraphReader reader, TransitionRequest request, CancellationToken cancellationToken)
    {
        if (request.SystemId is { } systemId)
        {
            var footprint = await TransitionTraversal.FootprintMembersAsync(reader, systemId, cancellationToken).ConfigureAwait(false);
            var ids = footprint.ToList();
            var predecessors = await reader.GetRelationshipsOfAsync(ids, new RelationshipQuery(Direction.Inbound, SucceededBy), cancellationToken).ConfigureAwait(false);
            var candidates = await TraversalFilters.LoadAsync(reader, ids.Concat(predecessors.Values.SelectMany(l => l).Select(l => l.FromId)), cancellationToken).ConfigureAwait(false);
            return Ordered(candidates.Values.Where(e => IsCcg(e) && (request.CcgId is null || e.Id == request.CcgId)));
        }

        if (request.CcgId is { } ccgId)
        {
            return Ordered((await TraversalFilters.LoadAsync(reader, [ccgId], cancellationToken).ConfigureAwait(false)).Values);
        }

        var all = await reader.QueryEntitiesAsync(new EntityQuery
        {
            Kinds = new HashSet<EntityKind> { EntityKind.Organisation },
            Filter = new EntityFilter.Compare("type", FilterOperator.Eq, CcgType),
        }, cancellationToken).ConfigureAwait(false);
        return Ordered(all.Items);
    }

    private static bool IsCcg(Entity entity) => entity.Kind == EntityKind.Organisation && string.Equals(entity.Type, CcgType, StringComparison.Ordinal);

    private static List<Entity> Ordered(IEnumerable<Entity> bodies) =>
        bodies.OrderBy(e => e.Name, StringComparer.OrdinalIgnoreCase).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
}
