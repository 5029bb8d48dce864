using SystemGraph.Graph.Model;
using SystemGraph.Graph.Traversals;
using Xunit;
using static SystemGraph.TestSupport.GraphStoreConformance.TestGraph;

namespace SystemGraph.TestSupport.GraphStoreConformance;

/// <summary>
/// The traversals on the evidence asked for (issue #14): stated lines only (<c>includeInferred: false</c>) and lines
/// evidenced since a date (<c>evidencedSince</c>), the same on every store (Neo4j: in its Cypher predicates).
/// </summary>
public abstract partial class TraversalConformanceTests
{
    private static readonly EvidenceFilter StatedOnly = new(IncludeInferred: false);

    private static Relationship Inferred(Relationship line) => line with { Basis = RelationshipBasis.Inferred, Rationale = "read from the passage" };

    private static Relationship EvidencedOn(Relationship line, DateOnly date) => line with { LastEvidencedOn = date };

    [SkippableFact]
    public async Task Chain_can_follow_stated_lines_only()
    {
        var store = await GraphAsync(Boards("a", "b", "c", "d"), [
            Line("a", Accountable, "b"),
            Inferred(Line("b", Accountable, "c")),
            Inferred(Line("a", RelationshipType.ReportsTo, "d")),
        ]);

        var all = (await AccountabilityChainTraversal.UpwardAsync(store, "a", new ChainOptions(), CancellationToken.None))!;
        var stated = (await AccountabilityChainTraversal.UpwardAsync(store, "a", new ChainOptions(Evidence: StatedOnly), CancellationToken.None))!;
        var statedDown = (await AccountabilityChainTraversal.DownwardAsync(store, "c", new ChainOptions(Evidence: StatedOnly), CancellationToken.None))!;

        Assert.Equal(["c", "d"], all.Apexes.Select(e => e.Id));
        Assert.Equal(["b"], stated.Apexes.Select(e => e.Id));
        Assert.All(stated.Graph.Edges, e => Assert.Equal(RelationshipBasis.Stated, e.Basis));
        Assert.Equal(["a.accountable-to.b"], stated.Graph.Edges.Select(e => e.Id));
        Assert.Empty(statedDown.Paths);
        Assert.Equal(["c"], statedDown.Apexes.Select(e => e.Id));
    }

    [SkippableFact]
    public async Task Chain_evidenced_since_leaves_out_lines_no_later_paper_supports()
    {
        var store = await GraphAsync(Boards("a", "b", "c", "d"), [
            EvidencedOn(Line("a", Accountable, "b"), Date(2021, 6, 7)),
            EvidencedOn(Line("b", Accountable, "c"), Date(2014, 9, 3)),
            Line("a", Accountable, "d"),
        ]);

        var since2020 = (await AccountabilityChainTraversal.UpwardAsync(store, "a", new ChainOptions(Evidence: new(EvidencedSince: Date(2020, 1, 1))), CancellationToken.None))!;
        var sinceThatDay = (await AccountabilityChainTraversal.UpwardAsync(store, "a", new ChainOptions(Evidence: new(EvidencedSince: Date(2021, 6, 7))), CancellationToken.None))!;

        // A line with no dated evidence is not evidenced since any date.
        Assert.Equal(["a.accountable-to.b"], since2020.Graph.Edges.Select(e => e.Id));
        Assert.Equal(["b"], since2020.Apexes.Select(e => e.Id));
        Assert.Equal(["a.accountable-to.b"], sinceThatDay.Graph.Edges.Select(e => e.Id));
    }

    [SkippableFact]
    public async Task Org_chart_and_connection_follow_the_evidence_asked_for()
    {
        var store = await GraphAsync(Boards("root", "stated", "inferred", "far"), [
            Line("stated", Accountable, "root"),
            Inferred(Line("inferred", Accountable, "root")),
            Inferred(Line("far", RelationshipType.MemberOf, "stated")),
        ]);

        var chart = (await OrgChartTraversal.BuildAsync(store, "root", new OrgChartOptions(Evidence: StatedOnly), CancellationToken.None))!;
        var allPaths = await ConnectionTraversal.ShortestPathsAsync(store, "far", "root", null, 6, null, CancellationToken.None);
        var statedPaths = await ConnectionTraversal.ShortestPathsAsync(store, "far", "root", null, 6, null, CancellationToken.None, evidence: StatedOnly);

        Assert.Equal(["root", "stated"], chart.Nodes.Select(n => n.Entity.Id));
        Assert.Equal(["far", "stated", "root"], Assert.Single(allPaths).Steps.Select(s => s.From.Id).Append("root"));
        Assert.Empty(statedPaths);
    }

    [SkippableFact]
    public async Task Ccg_transition_can_leave_out_inferred_successions_and_transfers()
    {
        var function = new Entity { Id = "fn", Kind = EntityKind.Function, Name = "Commissioning", Sources = [Source] };
        var store = await GraphAsync([Org("ccg", type: "CCG", validTo: Date(2022, 6, 30)), Org("icb", type: "ICB"), function], [
            Inferred(Line("ccg", RelationshipType.SucceededBy, "icb", RelationshipStatus.InForce, validFrom: Date(2022, 7, 1))),
            Line("fn", RelationshipType.HeldBy, "ccg", RelationshipStatus.InForce, validTo: Date(2022, 6, 30)),
            Inferred(Line("fn", RelationshipType.TransfersTo, "icb", RelationshipStatus.InForce, validFrom: Date(2022, 7, 1))),
        ]);

        var all = (await TransitionTraversal.ForCcgAsync(store, "ccg", CancellationToken.None))!;
        var stated = (await TransitionTraversal.ForCcgAsync(store, "ccg", CancellationToken.None, StatedOnly))!;

        Assert.Equal(["icb"], all.Successors.Select(e => e.Id));
        Assert.Single(all.Transfers);
        Assert.Empty(stated.Successors);
        Assert.Empty(stated.Transfers);
    }
}
