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
    [Theory]
    [InlineData("region-north-west", "Y62")]
    [InlineData("region-north-east-and-yorkshire", "Y63")]
    [InlineData("region-east-of-england", "Y61")]
    public void Regions_are_region_level_areas_with_their_ods_codes(string id, string code)
    {
        Assert.Equal(SpatialLevel.Region, graph.Entity(id).Level);
        Assert.Equal(code, graph.Entity(id).OdsCode);
    }

    [Theory]
    [InlineData("greater-manchester-ics", "region-north-west")]
    [InlineData("cheshire-and-merseyside-ics", "region-north-west")]
    [InlineData("north-east-and-north-cumbria-ics", "region-north-east-and-yorkshire")]
    [InlineData("mid-and-south-essex-ics", "region-east-of-england")]
    public void Each_system_is_part_of_its_region(string system, string region)
    {
        Assert.Equal(SpatialLevel.System, graph.Entity(system).Level);
        Assert.Equal(RelationshipStatus.InForce, graph.Line(system, RelationshipType.PartOf, region).Status);
    }

    [Fact]
    public void Nhs_england_is_a_national_body_under_the_secretary_of_states_mandate()
    {
        Assert.Equal("NATIONAL_BODY", graph.Entity("nhs-england").Type);
        Assert.Equal("GOVERNMENT_DEPARTMENT", graph.Entity("department-of-health-and-social-care").Type);
        var line = graph.Line("nhs-england", RelationshipType.AccountableTo, "department-of-health-and-social-care");
        Assert.Equal("mandate from the Secretary of State", line.Role);
        // The Act names the Secretary of State, not the Department: the line is our reading.
        Assert.Equal(RelationshipBasis.Inferred, line.Basis);
        Assert.Equal("nhs-act-2006", line.Sources[0].DocumentId);
    }

    [Fact]
    public void Class_wording_of_the_act_makes_lines_to_named_icbs_inferred()
    {
        var lines = graph.Into("nhs-england", RelationshipType.AccountableTo).Where(r => graph.Entity(r.FromId).Type == "ICB" && r.Sources.All(s => s.DocumentId == "health-and-care-act-2022")).ToList();
        Assert.Equal(4, lines.Count);
        Assert.All(lines, r => Assert.Equal(RelationshipBasis.Inferred, r.Basis));
        Assert.All(lines, r => Assert.False(string.IsNullOrWhiteSpace(r.Rationale)));
    }

    [Fact]
    public void External_citations_carry_a_url_and_title()
    {
        var act = graph.Entity("health-and-care-act-2022");
        Assert.Equal(EntityKind.Document, act.Kind);
        Assert.StartsWith("https://www.legislation.gov.uk/ukpga/2022/31", act.Url, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(act.Title));
    }

    [Fact]
    public void Ccg_footprints_ended_on_30_june_2022()
    {
        var line = graph.Line("nhs-bury-ccg", RelationshipType.Covers, "bury");
        Assert.Equal(RelationshipStatus.Ended, line.Status);
        Assert.Equal(new DateOnly(2013, 4, 1), line.ValidFrom);
        Assert.Equal(new DateOnly(2022, 6, 30), line.ValidTo);
    }

    [Fact]
    public void Each_icb_covers_its_system_from_1_july_2022() =>
        Assert.All(
            [("nhs-greater-manchester-icb", "greater-manchester-ics"), ("nhs-cheshire-and-merseyside-icb", "cheshire-and-merseyside-ics"), ("nhs-north-east-and-north-cumbria-icb", "north-east-and-north-cumbria-ics"), ("nhs-mid-and-south-essex-icb", "mid-and-south-essex-ics")],
            pair => Assert.Equal(new DateOnly(2022, 7, 1), graph.Line(pair.Item1, RelationshipType.Covers, pair.Item2).ValidFrom));

    [Fact]
    public void England_is_the_national_area() => Assert.Equal(SpatialLevel.National, graph.Entity("england").Level);
}
