using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;
using SystemGraph.Graph.Traversals;
using Xunit;
using static SystemGraph.TestSupport.GraphStoreConformance.TestGraph;

namespace SystemGraph.TestSupport.GraphStoreConformance;

/// <summary>The traversals on hand-built graphs, against any store (cycles, diamonds, dates, proposed lines, limits).</summary>
public abstract partial class TraversalConformanceTests
{
    protected abstract Task<IGraphStore> CreateStoreAsync();

    private const RelationshipType Accountable = RelationshipType.AccountableTo;

    private async Task<IGraphStore> GraphAsync(IEnumerable<Entity> entities, IEnumerable<Relationship> lines)
    {
        var store = await CreateStoreAsync();
        await store.LoadAsync([.. entities.Append(Document())], [.. lines], CancellationToken.None);
        return store;
    }

    private static IEnumerable<Entity> Boards(params string[] ids) => ids.Select(id => Board(id));

    [SkippableFact]
    public async Task Chain_follows_accountability_lines_up_to_the_apex_shortest_first()
    {
        // Diamond: a -> b -> d, a -> c -> d, plus a -> d directly; d is the apex.
        var store = await GraphAsync(Boards("a", "b", "c", "d"), [
            Line("a", Accountable, "b"), Line("b", Accountable, "d"),
            Line("a", RelationshipType.ReportsTo, "c"), Line("c", RelationshipType.HeldToAccountBy, "d"),
            Line("a", Accountable, "d"),
        ]);

        var chain = (await AccountabilityChainTraversal.UpwardAsync(store, "a", new ChainOptions(), CancellationToken.None))!;

        Assert.Equal([1, 2, 2], chain.Paths.Select(p => p.Length));
        Assert.Equal("d", chain.Paths[0].Steps[0].To.Id);
        Assert.Equal(["d"], chain.Apexes.Select(e => e.Id));
        Assert.Equal(["a", "b", "c", "d"], chain.Graph.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal));
        Assert.Equal(5, chain.Graph.Edges.Count);
        Assert.False(chain.Truncated);
    }

    [SkippableFact]
    public async Task Chain_is_cycle_safe()
    {
        var store = await GraphAsync(Boards("a", "b", "c"), [Line("a", Accountable, "b"), Line("b", Accountable, "c"), Line("c", Accountable, "a")]);

        var chain = (await AccountabilityChainTraversal.UpwardAsync(store, "a", new ChainOptions(), CancellationToken.None))!;

        var path = Assert.Single(chain.Paths);
        Assert.Equal(["b", "c"], path.Steps.Select(s => s.To.Id));
        Assert.Empty(chain.Apexes);
    }

    [SkippableFact]
    public async Task Chain_can_leave_out_proposed_lines()
    {
        var store = await GraphAsync(Boards("a", "b", "c"), [
            Line("a", Accountable, "b", RelationshipStatus.Agreed),
            Line("b", Accountable, "c", RelationshipStatus.Proposed),
        ]);

        var all = (await AccountabilityChainTraversal.UpwardAsync(store, "a", new ChainOptions(), CancellationToken.None))!;
        var firm = (await AccountabilityChainTraversal.UpwardAsync(store, "a", new ChainOptions(IncludeProposed: false), CancellationToken.None))!;

        Assert.Equal(["c"], all.Apexes.Select(e => e.Id));
        Assert.Equal(["b"], firm.Apexes.Select(e => e.Id));
    }

    [SkippableFact]
    public async Task Chain_asOf_respects_line_dates_and_ended_lines()
    {
        var store = await GraphAsync(Boards("a", "old", "new"), [
            Line("a", Accountable, "old", RelationshipStatus.Ended, validTo: Date(2022, 6, 30)),
            Line("a", Accountable, "new", RelationshipStatus.InForce, validFrom: Date(2022, 7, 1)),
        ]);

        var in2021 = (await AccountabilityChainTraversal.UpwardAsync(store, "a", new ChainOptions(AsOf: Date(2021, 1, 1)), CancellationToken.None))!;
        var in2023 = (await AccountabilityChainTraversal.UpwardAsync(store, "a", new ChainOptions(AsOf: Date(2023, 1, 1)), CancellationToken.None))!;
        var now = (await AccountabilityChainTraversal.UpwardAsync(store, "a", new ChainOptions(), CancellationToken.None))!;

        Assert.Equal(["old"], in2021.Apexes.Select(e => e.Id));
        Assert.Equal(["new"], in2023.Apexes.Select(e => e.Id));
        Assert.Equal(["new"], now.Apexes.Select(e => e.Id));
    }

    [SkippableFact]
    public async Task Chain_depth_limit_truncates()
    {
        var ids = Enumerable.Range(0, 8).Select(i => $"n{i}").ToArray();
        var store = await GraphAsync(Boards(ids), ids.Zip(ids.Skip(1)).Select(p => Line(p.First, Accountable, p.Second)));

        var chain = (await AccountabilityChainTraversal.UpwardAsync(store, "n0", new ChainOptions(MaxDepth: 3), CancellationToken.None))!;

        Assert.True(chain.Truncated);
        Assert.Equal(3, Assert.Single(chain.Paths).Length);
    }

    [SkippableFact]
    public async Task Downward_chain_finds_everything_accountable_to_an_entity()
    {
        var store = await GraphAsync(Boards("top", "mid", "leaf1", "leaf2"), [
            Line("mid", Accountable, "top"), Line("leaf1", Accountable, "mid"), Line("leaf2", RelationshipType.ReportsTo, "mid"),
        ]);

        var chain = (await AccountabilityChainTraversal.DownwardAsync(store, "top", new ChainOptions(), CancellationToken.None))!;

        Assert.Equal(2, chain.Paths.Count);
        Assert.All(chain.Paths, p => Assert.Equal("top", p.Steps[0].From.Id));
        Assert.Equal(["leaf1", "leaf2"], chain.Apexes.Select(e => e.Id));
    }

    [SkippableFact]
    public async Task Unknown_root_gives_null()
    {
        var store = await GraphAsync(Boards("a"), []);

        Assert.Null(await AccountabilityChainTraversal.UpwardAsync(store, "missing", new ChainOptions(), CancellationToken.None));
        Assert.Null(await OrgChartTraversal.BuildAsync(store, "missing", new OrgChartOptions(), CancellationToken.None));
    }

    [SkippableFact]
    public async Task Org_chart_places_a_multi_parent_node_once_under_its_nearest_parent()
    {
        // root <- x <- shared, root <- y, shared -> y (member of y too): shared sits under x (depth 2), y's link is an extra edge.
        var store = await GraphAsync(Boards("root", "x", "y", "shared"), [
            Line("x", Accountable, "root"), Line("y", Accountable, "root"),
            Line("shared", RelationshipType.MemberOf, "x"), Line("shared", RelationshipType.MemberOf, "y"),
        ]);

        var chart = (await OrgChartTraversal.BuildAsync(store, "root", new OrgChartOptions(), CancellationToken.None))!;

        Assert.Equal(["root", "x", "y", "shared"], chart.Nodes.Select(n => n.Entity.Id));
        var shared = chart.Nodes.Single(n => n.Entity.Id == "shared");
        Assert.Equal(("x", 2), (shared.ParentId, shared.Depth));
        Assert.Equal(2, chart.Nodes[0].ChildCount);
        Assert.Equal("shared.member-of.y", Assert.Single(chart.Edges).Id);
        Assert.Null(chart.Nodes[0].ParentId);
    }

    [SkippableFact]
    public async Task Org_chart_depth_and_node_limits_truncate()
    {
        var store = await GraphAsync(Boards("root", "a", "b", "c"), [Line("a", Accountable, "root"), Line("b", Accountable, "a"), Line("c", Accountable, "root")]);

        var shallow = (await OrgChartTraversal.BuildAsync(store, "root", new OrgChartOptions(Depth: 1), CancellationToken.None))!;
        var small = (await OrgChartTraversal.BuildAsync(store, "root", new OrgChartOptions(MaxNodes: 2), CancellationToken.None))!;

        Assert.Equal(3, shallow.Nodes.Count);
        Assert.True(shallow.Truncated);
        Assert.Equal(2, small.Nodes.Count);
        Assert.True(small.Truncated);
    }

    [SkippableFact]
    public async Task Connection_returns_all_shortest_paths_ignoring_direction()
    {
        var store = await GraphAsync(Boards("s", "m1", "m2", "t", "far"), [
            Line("s", RelationshipType.MemberOf, "m1"), Line("t", RelationshipType.MemberOf, "m1"),
            Line("m2", RelationshipType.Oversees, "s"), Line("m2", RelationshipType.Oversees, "t"),
            Line("s", Accountable, "far"), Line("far", Accountable, "t"),
        ]);

        var paths = await ConnectionTraversal.ShortestPathsAsync(store, "s", "t", null, 6, null, CancellationToken.None);
        var viaAccountability = await ConnectionTraversal.ShortestPathsAsync(store, "s", "t", new HashSet<RelationshipType> { Accountable }, 6, null, CancellationToken.None);
        var tooShallow = await ConnectionTraversal.ShortestPathsAsync(store, "s", "t", null, 1, null, CancellationToken.None);

        Assert.Equal(3, paths.Count);
        Assert.All(paths, p => Assert.Equal(2, p.Length));
        Assert.Equal(["far", "t"], Assert.Single(viaAccountability).Steps.Select(s => s.To.Id));
        Assert.Empty(tooShallow);
    }

    [SkippableFact]
    public async Task Service_planning_lists_services_by_mode_level_and_category()
    {
        Entity Service(string id, ServiceCategory category) => new() { Id = id, Kind = EntityKind.Service, Name = id, Category = category, Sources = [Source] };
        var system = new Entity { Id = "gm", Kind = EntityKind.Area, Name = "GM", Level = SpatialLevel.System, Sources = [Source] };
        var store = await GraphAsync([system, Service("gp", ServiceCategory.PrimaryCare), Service("cancer", ServiceCategory.SecondaryAcuteCare)], [
            Line("gp", RelationshipType.PlannedAt, "gm") with { Level = SpatialLevel.Place },
            Line("gp", RelationshipType.DeliveredAt, "gm") with { Level = SpatialLevel.Neighbourhood },
            Line("cancer", RelationshipType.PlannedAt, "gm") with { Level = SpatialLevel.System },
        ]);

        var planning = await ServicePlanningTraversal.ForSystemAsync(store, "gm", PlanningMode.Planning, null, null, CancellationToken.None);
        var primary = await ServicePlanningTraversal.ForSystemAsync(store, "gm", null, null, ServiceCategory.PrimaryCare, CancellationToken.None);
        var atSystem = await ServicePlanningTraversal.ForSystemAsync(store, "gm", null, SpatialLevel.System, null, CancellationToken.None);

        Assert.Equal(["gp", "cancer"], planning.Select(a => a.Service.Id));
        Assert.Equal([PlanningMode.Planning, PlanningMode.Delivery], primary.Select(a => a.Mode).Order());
        Assert.Equal("cancer", Assert.Single(atSystem).Service.Id);
        Assert.Equal("gm", atSystem[0].System!.Id);
    }

    [SkippableFact]
    public async Task Ccg_transition_lists_successors_and_function_transfers_with_their_holder()
    {
        Entity Function(string id) => new() { Id = id, Kind = EntityKind.Function, Name = id, Sources = [Source] };
        var store = await GraphAsync([Org("ccg", type: "CCG", validTo: Date(2022, 6, 30)), Org("icb", type: "ICB"), Org("council", type: "LOCAL_AUTHORITY"), Function("f1"), Function("f2")], [
            Line("ccg", RelationshipType.SucceededBy, "icb", RelationshipStatus.InForce, validFrom: Date(2022, 7, 1)),
            Line("f1", RelationshipType.HeldBy, "ccg", validTo: Date(2022, 6, 30)),
            Line("f1", RelationshipType.TransfersTo, "icb", RelationshipStatus.InForce, validFrom: Date(2022, 7, 1)),
            Line("f2", RelationshipType.HeldBy, "ccg"),
            Line("f2", RelationshipType.TransfersTo, "council", RelationshipStatus.Proposed, validFrom: Date(2022, 4, 1)),
        ]);

        var transition = (await TransitionTraversal.ForCcgAsync(store, "ccg", CancellationToken.None))!;
        var proposed = await TransitionTraversal.AllAsync(store, null, new HashSet<RelationshipStatus> { RelationshipStatus.Proposed }, CancellationToken.None);

        Assert.Equal(Date(2022, 6, 30), transition.CeasedOn);
        Assert.Equal(["icb"], transition.Successors.Select(s => s.Id));
        Assert.Equal([("f1", "icb"), ("f2", "council")], transition.Transfers.Select(t => (t.Function.Id, t.To.Id)));
        Assert.All(transition.Transfers, t => Assert.Equal("ccg", t.From.Id));
        Assert.Equal("f2", Assert.Single(proposed).Function.Id);
    }
}
