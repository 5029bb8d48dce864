using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Tests.Facts;

/// <summary>Facts of 000_d3bc5aabcba7dbf4.txt (Gateshead Health &amp; Care System Alliance Agreement, March 2021), as the seed encodes them.</summary>
public sealed class GatesheadAllianceAgreementFactsTests(SeededGraph graph) : IClassFixture<SeededGraph>
{
    private const string Agreement = "gateshead-alliance-agreement-2021";

    [Fact]
    public void The_alliance_agreement_is_legally_binding_from_1_april_2021_and_the_mou_is_not()
    {
        var agreement = graph.Entity(Agreement);
        Assert.Equal("ALLIANCE_AGREEMENT", agreement.Type);
        Assert.Equal(new DateOnly(2021, 4, 1), agreement.ValidFrom);
        Assert.True(agreement.LegallyBinding);
        var mou = graph.Entity("gateshead-health-and-care-system-mou-2019");
        Assert.Equal("MEMORANDUM_OF_UNDERSTANDING", mou.Type);
        Assert.False(mou.LegallyBinding);
    }

    [Theory]
    [InlineData("gateshead-health-and-care-system-board", "SYSTEM_BOARD")]
    [InlineData("gateshead-health-and-care-system-delivery-group", "DELIVERY_GROUP")]
    public void The_system_board_and_delivery_group_are_neither_legal_entities_nor_decision_making(string id, string type)
    {
        var board = graph.Entity(id);
        Assert.Equal(type, board.Type);
        Assert.False(board.IsLegalEntity);
        Assert.False(board.IsDecisionMaking);
    }

    [Theory]
    [InlineData("gateshead-cyp-send-programme")]
    [InlineData("gateshead-care-home-model-programme")]
    [InlineData("gateshead-frailty-strength-and-balance-programme")]
    [InlineData("gateshead-mental-health-transformation-programme")]
    public void Lynn_Wilson_is_sro_of_four_programmes_in_draft(string programme) =>
        Assert.Equal(RelationshipStatus.Draft, graph.Line("lynn-wilson", RelationshipType.SroFor, programme).Status);

    [Fact]
    public void Steve_Kirk_is_sro_of_pcn_development_with_Sam_Hood_as_lead_officer()
    {
        Assert.NotEmpty(graph.Lines("steve-kirk", RelationshipType.SroFor, "gateshead-pcn-development-programme"));
        Assert.Equal("lead officer", graph.Line("sam-hood", RelationshipType.Leads, "gateshead-pcn-development-programme").Role);
    }

    [Theory]
    [InlineData("catherine-horn", "gateshead-cyp-send-programme")]
    [InlineData("barry-norman", "gateshead-care-home-model-programme")]
    [InlineData("sarah-chapman", "gateshead-frailty-strength-and-balance-programme")]
    [InlineData("kirsty-sprudd", "gateshead-mental-health-transformation-programme")]
    public void Each_programme_has_its_lead_officer(string person, string programme) =>
        Assert.Equal("lead officer", graph.Line(person, RelationshipType.Leads, programme).Role);

    [Theory]
    [InlineData("nhs-newcastle-gateshead-ccg")]
    [InlineData("gateshead-council")]
    [InlineData("gateshead-health-nhs-foundation-trust")]
    [InlineData("newcastle-upon-tyne-hospitals-nhs-foundation-trust")]
    [InlineData("cumbria-northumberland-tyne-and-wear-nhs-foundation-trust")]
    public void The_statutory_partners_are_proposed_full_parties(string party)
    {
        var line = graph.Line(party, RelationshipType.PartyTo, Agreement);
        Assert.Equal(MembershipLevel.Full, line.MembershipLevel);
        Assert.Equal(RelationshipStatus.Proposed, line.Status);
    }

    [Fact]
    public void Primary_care_and_the_vcs_are_parties_without_a_membership_level() =>
        Assert.All(["gateshead-primary-care", "gateshead-vcs"], id => Assert.Null(graph.Line(id, RelationshipType.PartyTo, Agreement).MembershipLevel));

    [Fact]
    public void Seven_parties_all_only_proposed()
    {
        var parties = graph.Into(Agreement, RelationshipType.PartyTo);
        Assert.Equal(7, parties.Count);
        Assert.All(parties, p => Assert.Equal(RelationshipStatus.Proposed, p.Status));
    }

    [Fact]
    public void The_alliance_is_proposed_to_be_accountable_to_the_health_and_wellbeing_board() =>
        Assert.Equal(RelationshipStatus.Proposed, graph.Line("gateshead-cares-alliance", RelationshipType.AccountableTo, "gateshead-health-and-wellbeing-board").Status);

    [Fact]
    public void The_system_board_oversees_the_frailty_programme_and_the_steering_group_line_is_proposed()
    {
        Assert.Equal(RelationshipStatus.InForce, graph.Line("gateshead-health-and-care-system-board", RelationshipType.Oversees, "gateshead-frailty-strength-and-balance-programme").Status);
        Assert.Equal(RelationshipStatus.Proposed, graph.Line("gateshead-strength-and-balance-pathway-steering-group", RelationshipType.ReportsTo, "gateshead-health-and-care-system-board").Status);
    }

    [Fact]
    public void Fame_costs_30k_a_year_and_the_otago_shortfall_is_about_85000_pounds()
    {
        Assert.Equal(30000m, graph.Entity("gateshead-fame-contract-annual-cost").AmountGbp);
        Assert.Equal("£30k", graph.Entity("gateshead-fame-contract-annual-cost").Attributes["figure"]);
        Assert.Equal(85000m, graph.Entity("gateshead-otago-funding-shortfall").AmountGbp);
    }

    [Fact]
    public void Sendiass_joint_commissioning_is_proposed_from_april_2022()
    {
        var line = graph.Lines("nhs-newcastle-gateshead-ccg", RelationshipType.Commissions, "gateshead-sendiass").Single(r => r.Status == RelationshipStatus.Proposed);
        Assert.Equal(new DateOnly(2022, 4, 1), line.ValidFrom);
    }

    [Fact]
    public void Caroline_ONeill_is_the_councils_strategic_director() =>
        Assert.Equal("Strategic Director, Children, Adults and Families", graph.Line("caroline-oneill", RelationshipType.HoldsPost, "gateshead-council").Role);

    [Fact]
    public void The_mou_governs_the_gateshead_system_in_force() =>
        Assert.Equal(RelationshipStatus.InForce, graph.Line("gateshead-health-and-care-system-mou-2019", RelationshipType.Governs, "gateshead-health-and-care-system").Status);

    [Fact]
    public void Gateshead_cares_is_an_alias_of_the_alliance_from_1_april_2021()
    {
        var alliance = graph.Entity("gateshead-cares-alliance");
        Assert.Equal(new DateOnly(2021, 4, 1), alliance.ValidFrom);
        Assert.True(alliance.Name == "Gateshead Cares" || alliance.Aliases.Contains("Gateshead Cares"));
    }
}
