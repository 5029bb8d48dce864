using SystemGraph.Graph.Model;
using SystemGraph.Graph.Search;

namespace SystemGraph.Graph.Store;

/// <summary>
/// Reads over one immutable snapshot: the embedded store's baseline, or a scenario's graph. Everything a reader
/// returns comes from the same snapshot, so a request never sees half a write.
/// </summary>
internal sealed class SnapshotReader(GraphSnapshot view, long version) : IGraphReader
{
    public long Version => version;

    public Task<IReadOnlyList<Entity?>> GetEntitiesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return Task.FromResult<IReadOnlyList<Entity?>>(ids.Select(view.Entity).ToList());
    }

    public Task<IReadOnlyList<Relationship?>> GetRelationshipsAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return Task.FromResult<IReadOnlyList<Relationship?>>(ids.Select(view.Relationship).ToList());
    }

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Relationship>>> GetRelationshipsOfAsync(
        IReadOnlyList<string> entityIds, RelationshipQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        ArgumentNullException.ThrowIfNull(query);
        var result = new Dictionary<string, IReadOnlyList<Relationship>>(StringComparer.Ordinal);
        foreach (var id in entityIds)
        {
            result[id] = view.RelationshipsOf(id, query);
        }

        return Task.FromResult<IReadOnlyDictionary<string, IReadOnlyList<Relationship>>>(result);
    }

    public Task<Page<Entity>> QueryEntitiesAsync(EntityQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var evaluator = new FilterEvaluator(view);
        IEnumerable<Entity> candidates = query.Kinds is null
            ? view.Entities.Values
            : query.Kinds.SelectMany(k => view.ByKind.GetValueOrDefault(k)?.Items ?? []);
        var matched = query.Filter is null ? candidates.ToList() : candidates.Where(e => evaluator.Matches(e, query.Filter)).ToList();
        if (query.Limit == 0)
        {
            // A count: no need to sort what will not be returned.
            return Task.FromResult(new Page<Entity>([], matched.Count));
        }

        var sorted = new EntitySorter(view).Sort(matched, query.Order, PageEnd(query.Offset, query.Limit));
        return Task.FromResult(new Page<Entity>(sorted.Skip(query.Offset).ToList(), matched.Count));
    }

    public Task<Page<Relationship>> QueryRelationshipsAsync(RelationshipPageQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var evaluator = new FilterEvaluator(view);
        var matched = view.Relationships.Values.Where(r => evaluator.Matches(r, query.Filter)).ToList();
        if (query.Limit == 0)
        {
            return Task.FromResult(new Page<Relationship>([], matched.Count));
        }

        var sorted = new EntitySorter(view).Sort(matched, query.Order, PageEnd(query.Offset, query.Limit));
        return Task.FromResult(new Page<Relationship>(sorted.Skip(query.Offset).ToList(), matched.Count));
    }

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string text, IReadOnlySet<EntityKind>? kinds, int limit, CancellationToken cancellationToken)
    {
        var hits = view.Search.Search(view, SearchWords.Of(text), SearchWords.WholeNameOf(text), kinds?.Select(k => GraphNames.ToWire(k)).ToList(), limit);
        return Task.FromResult(SearchScores.Normalise(hits));
    }

    public Task<IReadOnlyList<Entity>> FindByNamesAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(names);
        var index = EntityNameIndex.Of(view);
        IReadOnlyList<Entity> found = names.Select(EntityNames.Key).Distinct(StringComparer.Ordinal)
            .SelectMany(index.Named).DistinctBy(e => e.Id).ToList();
        return Task.FromResult(found);
    }

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken)
    {
        var byKind = view.ByKind.Where(kv => kv.Value.Count > 0).ToDictionary(kv => kv.Key, kv => kv.Value.Count);
        return Task.FromResult(new GraphStats(view.Entities.Count, view.Relationships.Count, byKind, byKind.GetValueOrDefault(EntityKind.Document)));
    }

    /// <summary>How many items from the front of the order a page needs (offset + limit, without overflow).</summary>
    private static int PageEnd(int offset, int limit) => limit >= int.MaxValue - offset ? int.MaxValue : offset + limit;
}
