using SystemGraph.Graph.Model;
using SystemGraph.Graph.Traversals;

namespace SystemGraph.Graph.Tests.Facts;

/// <summary>Facts of graph-seed/national.yaml: the national structure the papers rely on, and the 2022 abolition of CCGs.</summary>
public sealed class NationalContextFactsTests(SeededGraph graph) : IClassFixture<SeededGraph>
{
    [Theory]
    [InlineData("nhs-bury-ccg", "00V")]
    [InlineData("nhs-newcastle-gateshead-ccg", "13T")]
    [InlineData("nhs-halton-ccg", "01F")]
    [InlineData("nhs-southend-ccg", "99G")]
    [InlineData("nhs-greater-manchester-icb", "QOP")]
    public void Bodies_carry_their_ods_codes(string id, string code) => Assert.Equal(code, graph.Entity(id).OdsCode);

    [Fact]
    public void Ccgs_ceased_on_30_june_2022_and_icbs_began_on_1_july_2022()
    {
        Assert.All(["nhs-bury-ccg", "nhs-halton-ccg", "nhs-southend-ccg", "nhs-newcastle-gateshead-ccg"], id => Assert.Equal(new DateOnly(2022, 6, 30), graph.Entity(id).ValidTo));
        Assert.Equal(new DateOnly(2022, 7, 1), graph.Entity("nhs-greater-manchester-icb").ValidFrom);
    }

    [Fact]
    public void The_act_put_the_succession_in_force_on_1_july_2022()
    {
        var line = graph.Lines("nhs-bury-ccg", RelationshipType.SucceededBy, "nhs-greater-manchester-icb").Single(r => r.Status == RelationshipStatus.InForce);
        Assert.Equal(new DateOnly(2022, 7, 1), line.ValidFrom);
        Assert.Equal("health-and-care-act-2022", line.Sources[0].DocumentId);
    }

    [Fact]
    public async Task Bury_sits_in_greater_manchester_in_the_north_west_of_england()
    {
        var chain = await ConnectionTraversal.ShortestPathsAsync(graph.Store, "bury", "england", new HashSet<RelationshipType> { RelationshipType.PartOf }, 6, null, CancellationToken.None);
        Assert.Equal(["greater-manchester-ics", "region-north-west", "england"], chain.Single().Steps.Select(s => s.To.Id));
    }

    [Fact]
    public void Icbs_are_accountable_to_nhs_england() =>
        Assert.Equal(4, graph.Into("nhs-england", RelationshipType.AccountableTo).Where(r => r.Status == RelationshipStatus.InForce && graph.Entity(r.FromId).Type == "ICB").Select(r => r.FromId).Distinct().Count());

    [Fact]
    public void Councils_cover_their_places() =>
        Assert.Equal(RelationshipStatus.InForce, graph.Line("gateshead-council", RelationshipType.Covers, "gateshead").Status);
}
