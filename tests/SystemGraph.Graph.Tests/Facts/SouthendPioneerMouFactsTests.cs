using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Tests.Facts;

/// <summary>Facts of 003_3de0e005813eea24.txt (Southend HWB, September 2014: Integration Pioneer update and MoU), as the seed encodes them.</summary>
public sealed class SouthendPioneerMouFactsTests(SeededGraph graph) : IClassFixture<SeededGraph>
{
    private const string Mou = "southend-integrated-commissioning-mou";
    private const string Jeg = "southend-joint-executive-group";

    [Fact]
    public void The_mou_dated_august_2014_runs_to_september_2016_and_is_not_legally_binding()
    {
        var mou = graph.Entity(Mou);
        Assert.Equal("MEMORANDUM_OF_UNDERSTANDING", mou.Type);
        Assert.False(mou.LegallyBinding);
        // It commences "on the date of signature", which the paper leaves blank: no start date is invented.
        Assert.Null(mou.ValidFrom);
        Assert.Equal("August 2014", mou.Attributes["dated"]);
        Assert.Equal(new DateOnly(2016, 9, 30), mou.ValidTo);
    }

    [Fact]
    public void Lines_that_rest_on_the_mou_end_with_it()
    {
        Assert.Equal(new DateOnly(2016, 9, 30), graph.Line(Jeg, RelationshipType.Oversees, "southend-integrated-commissioning-programme").ValidTo);
        Assert.Equal(new DateOnly(2016, 9, 30), graph.Line("southend-mental-health-and-learning-disability-commissioning-group", RelationshipType.ReportsTo, Jeg).ValidTo);
        Assert.Equal(new DateOnly(2016, 9, 30), graph.Line(Mou, RelationshipType.Covers, "southend").ValidTo);
    }

    [Fact]
    public void Stated_lines_of_the_2014_paper_are_evidenced_on_its_date()
    {
        foreach (var line in new[]
        {
            graph.Line(Jeg, RelationshipType.ReportsTo, "southend-health-and-wellbeing-board"),
            graph.Line("southend-borough-council", RelationshipType.PartyTo, Mou),
            graph.Line("southend-borough-council", RelationshipType.MemberOf, Jeg),
            graph.Line("southend-strategic-alliance", RelationshipType.SucceededBy, Jeg),
            graph.Line("simon-leftley", RelationshipType.HoldsPost, "southend-borough-council"),
        })
        {
            Assert.Equal(RelationshipBasis.Stated, line.Basis);
            Assert.Equal(new DateOnly(2014, 9, 3), line.LastEvidencedOn);
        }
        Assert.Equal(RelationshipBasis.Inferred, graph.Line(Jeg, RelationshipType.AccountableTo, "southend-health-and-wellbeing-board").Basis);
    }

    [Fact]
    public void Ccg_lines_end_when_the_ccg_ceased() =>
        Assert.Equal(new DateOnly(2022, 6, 30), graph.Line("nhs-southend-ccg", RelationshipType.MemberOf, Jeg).ValidTo);

    [Theory]
    [InlineData("southend-borough-council", "Simon Leftley")]
    [InlineData("nhs-southend-ccg", "Melanie Craig")]
    public void The_council_and_the_ccg_are_the_parties_to_the_mou(string party, string signatory)
    {
        var line = graph.Line(party, RelationshipType.PartyTo, Mou);
        Assert.Equal(RelationshipStatus.InForce, line.Status);
        Assert.Contains(signatory, line.Role, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2016, 9, 30), line.ValidTo);
    }

    [Fact]
    public void Only_two_parties_signed_the_mou() => Assert.Equal(2, graph.Into(Mou, RelationshipType.PartyTo).Count);

    [Fact]
    public void The_signatories_hold_their_posts()
    {
        Assert.Equal("Corporate Director for People", graph.Line("simon-leftley", RelationshipType.HoldsPost, "southend-borough-council").Role);
        Assert.Equal("Chief Operating Officer", graph.Line("melanie-craig", RelationshipType.HoldsPost, "nhs-southend-ccg").Role);
    }

    [Fact]
    public void The_joint_executive_group_is_not_a_legal_entity_and_answers_to_the_health_and_wellbeing_board()
    {
        Assert.False(graph.Entity(Jeg).IsLegalEntity);
        Assert.Equal(RelationshipStatus.InForce, graph.Line(Jeg, RelationshipType.AccountableTo, "southend-health-and-wellbeing-board").Status);
        Assert.Equal(RelationshipStatus.InForce, graph.Line(Jeg, RelationshipType.ReportsTo, "southend-health-and-wellbeing-board").Status);
    }

    [Fact]
    public void The_joint_executive_group_succeeded_the_strategic_alliance_whose_memberships_ended()
    {
        Assert.Equal(RelationshipStatus.InForce, graph.Line("southend-strategic-alliance", RelationshipType.SucceededBy, Jeg).Status);
        var ended = graph.Into("southend-strategic-alliance", RelationshipType.MemberOf);
        Assert.Equal(4, ended.Count);
        Assert.All(ended, line => Assert.Equal(RelationshipStatus.Ended, line.Status));
    }

    [Fact]
    public void Five_members_sit_on_the_joint_executive_group() =>
        Assert.Equal(
            ["nhs-southend-ccg", "south-essex-partnership-university-nhs-foundation-trust", "southend-borough-council", "southend-university-hospital-nhs-foundation-trust", "southend-voluntary-and-community-sector"],
            graph.Into(Jeg, RelationshipType.MemberOf).Select(r => r.FromId).Order(StringComparer.Ordinal));

    [Fact]
    public void A_section_75_arrangement_to_succeed_the_mou_is_only_proposed()
    {
        Assert.Equal(RelationshipStatus.Proposed, graph.Line(Mou, RelationshipType.SucceededBy, "southend-integrated-commissioning-s256-s75-arrangement").Status);
        Assert.All(graph.Into("southend-integrated-commissioning-s256-s75-arrangement", RelationshipType.PartyTo), line => Assert.Equal(RelationshipStatus.Proposed, line.Status));
    }

    [Theory]
    [InlineData("southend-integrated-commissioning-stage-1", 2014, 8, 29)]
    [InlineData("southend-integrated-commissioning-stage-2", 2014, 9, 26)]
    [InlineData("southend-integrated-commissioning-stage-3", 2014, 12, 26)]
    [InlineData("southend-integrated-commissioning-stage-4", 2015, 3, 31)]
    public void The_mou_programme_stages_are_agreed_with_their_end_dates(string stage, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), graph.Entity(stage).ValidTo);
        Assert.Equal(RelationshipStatus.Agreed, graph.Line(stage, RelationshipType.PartOf, "southend-integrated-commissioning-programme").Status);
    }

    [Fact]
    public void The_pooled_budget_is_only_proposed() =>
        Assert.Equal(RelationshipStatus.Proposed, graph.Line("southend-integrated-commissioning-pooled-budget", RelationshipType.Funds, "southend-integrated-commissioning-programme").Status);

    [Fact]
    public void The_head_of_integrated_care_is_a_joint_post_held_in_the_ccg_and_paid_by_the_council()
    {
        Assert.Equal(RelationshipStatus.Agreed, graph.Line("southend-integrated-commissioning-leadership", RelationshipType.HeldBy, "nhs-southend-ccg").Status);
        Assert.Equal(RelationshipStatus.Agreed, graph.Line("southend-borough-council", RelationshipType.Funds, "southend-integrated-commissioning-leadership").Status);
    }

    [Fact]
    public void Southend_became_an_integration_pioneer_in_november_2013_with_four_workstreams()
    {
        Assert.Equal(new DateOnly(2013, 11, 1), graph.Line("southend-integration-pioneer-programme", RelationshipType.PartOf, "integration-pioneer-programme").ValidFrom);
        Assert.Equal(4, graph.Into("southend-integration-pioneer-programme", RelationshipType.PartOf).Count(r => graph.Entity(r.FromId).Type == "WORKSTREAM"));
    }

    [Fact]
    public void The_commissioning_support_unit_no_longer_holds_mental_health_commissioning_support() =>
        Assert.Equal(RelationshipStatus.Ended, graph.Line("mental-health-ld-childrens-maternity-commissioning-support", RelationshipType.HeldBy, "central-eastern-commissioning-support-unit").Status);

    [Fact]
    public void The_trusts_carry_their_ods_codes()
    {
        Assert.Equal("RAJ", graph.Entity("southend-university-hospital-nhs-foundation-trust").OdsCode);
        Assert.Equal("RWN", graph.Entity("south-essex-partnership-university-nhs-foundation-trust").OdsCode);
    }
}
