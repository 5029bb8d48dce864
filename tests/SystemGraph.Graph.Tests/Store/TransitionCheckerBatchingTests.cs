using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;
using SystemGraph.Graph.Transitions;
using static SystemGraph.TestSupport.GraphStoreConformance.TestGraph;

namespace SystemGraph.Graph.Tests.Store;

/// <summary>The checker's store calls are batch-shaped: a report over thirty CCGs costs the same calls as one over one.</summary>
public sealed class TransitionCheckerBatchingTests
{
    private sealed class CountingReader(IGraphReader inner) : IGraphReader
    {
        public int Calls { get; private set; }

        public long Version => inner.Version;

        public Task<IReadOnlyList<Entity?>> GetEntitiesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken) => Count(inner.GetEntitiesAsync(ids, cancellationToken));

        public Task<IReadOnlyList<Relationship?>> GetRelationshipsAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken) => Count(inner.GetRelationshipsAsync(ids, cancellationToken));

        public Task<IReadOnlyDictionary<string, IReadOnlyList<Relationship>>> GetRelationshipsOfAsync(IReadOnlyList<string> entityIds, RelationshipQuery query, CancellationToken cancellationToken) =>
            Count(inner.GetRelationshipsOfAsync(entityIds, query, cancellationToken));

        public Task<Page<Entity>> QueryEntitiesAsync(EntityQuery query, CancellationToken cancellationToken) => Count(inner.QueryEntitiesAsync(query, cancellationToken));

        public Task<Page<Relationship>> QueryRelationshipsAsync(RelationshipPageQuery query, CancellationToken cancellationToken) => Count(inner.QueryRelationshipsAsync(query, cancellationToken));

        public Task<IReadOnlyList<SearchHit>> SearchAsync(string text, IReadOnlySet<EntityKind>? kinds, int limit, CancellationToken cancellationToken) => Count(inner.SearchAsync(text, kinds, limit, cancellationToken));

        public Task<IReadOnlyList<Entity>> FindByNamesAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken) => Count(inner.FindByNamesAsync(names, cancellationToken));

        public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken) => Count(inner.GetStatsAsync(cancellationToken));

        private Task<T> Count<T>(Task<T> call)
        {
            Calls++;
            return call;
        }
    }

    private static async Task<int> CallsForAsync(int ccgs)
    {
        var entities = new List<Entity> { Document(), Org("icb", type: "ICB", validFrom: Date(2022, 7, 1)), Board("locality") };
        var lines = new List<Relationship> { Line("locality", RelationshipType.AccountableTo, "icb", RelationshipStatus.Proposed) };
        for (var i = 0; i < ccgs; i++)
        {
            entities.Add(Org($"ccg-{i}", type: "CCG", validTo: Date(2022, 6, 30)));
            entities.Add(new Entity { Id = $"f-{i}", Kind = EntityKind.Function, Name = $"f {i}", Sources = [Source] });
            lines.Add(Line($"f-{i}", RelationshipType.HeldBy, $"ccg-{i}", RelationshipStatus.InForce, validTo: Date(2022, 3, 31)));
            lines.Add(Line($"f-{i}", RelationshipType.TransfersTo, i % 2 == 0 ? "icb" : "locality", RelationshipStatus.Proposed, validFrom: Date(2022, 4, 1)));
            lines.Add(Line($"ccg-{i}", RelationshipType.SucceededBy, "icb", RelationshipStatus.InForce, validFrom: Date(2022, 7, 1)));
        }

        using var store = new EmbeddedGraphStore();
        await store.LoadAsync(entities, lines, CancellationToken.None);
        var counting = new CountingReader(store);
        var report = await TransitionChecker.CheckAsync(counting, new TransitionRequest(), CancellationToken.None);
        Assert.Equal(ccgs, report.Bodies.Count);
        Assert.Equal(ccgs, report.Functions.Count);
        return counting.Calls;
    }

    [Fact]
    public async Task A_report_over_thirty_ccgs_costs_the_same_store_calls_as_one_over_one()
    {
        Assert.Equal(await CallsForAsync(1), await CallsForAsync(30));
    }
}
