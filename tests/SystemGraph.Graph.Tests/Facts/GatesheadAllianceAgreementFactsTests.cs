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
    public void The_ccg_and_council_are_stated_proposed_full_parties(string party)
    {
        // Para 1 names them as parties; para 15 names "the CCG, Council" among the full members.
        var line = graph.Line(party, RelationshipType.PartyTo, Agreement);
        Assert.Equal(MembershipLevel.Full, line.MembershipLevel);
        Assert.Equal(RelationshipStatus.Proposed, line.Status);
        Assert.Equal(RelationshipBasis.Stated, line.Basis);
    }

    [Theory]
    [InlineData("gateshead-health-nhs-foundation-trust")]
    [InlineData("newcastle-upon-tyne-hospitals-nhs-foundation-trust")]
    [InlineData("cumbria-northumberland-tyne-and-wear-nhs-foundation-trust")]
    public void The_trusts_are_stated_proposed_parties_without_the_level_para_15_gives_only_as_a_class(string party)
    {
        // Para 1 names each trust as a party (STATED); para 15's "local NHS Foundation Trusts will become full members"
        // names no trust, so the level is left out rather than carried on a stated line.
        var line = graph.Line(party, RelationshipType.PartyTo, Agreement);
        Assert.Null(line.MembershipLevel);
        Assert.Equal(RelationshipStatus.Proposed, line.Status);
        Assert.Equal(RelationshipBasis.Stated, line.Basis);
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
    public void The_alliance_is_proposed_to_be_accountable_to_the_health_and_wellbeing_board_as_our_reading_of_para_12()
    {
        // Para 12 names the Health & Wellbeing Board as an accountability route of the framework the Agreement will
        // set out, but not the accountable body in words: the line is our reading.
        var line = graph.Line("gateshead-health-and-care-system", RelationshipType.AccountableTo, "gateshead-health-and-wellbeing-board");
        Assert.Equal(RelationshipStatus.Proposed, line.Status);
        Assert.Equal(RelationshipBasis.Inferred, line.Basis);
        Assert.False(string.IsNullOrWhiteSpace(line.Rationale));
    }

    [Fact]
    public void The_system_board_oversees_the_frailty_programme_and_the_steering_groups_reporting_line_is_left_open()
    {
        var oversees = graph.Line("gateshead-health-and-care-system-board", RelationshipType.Oversees, "gateshead-frailty-strength-and-balance-programme");
        Assert.Equal(RelationshipStatus.InForce, oversees.Status);
        Assert.Equal(RelationshipBasis.Inferred, oversees.Basis);

        // The paper asks "will progress be direct to Gateshead system board or does a frailty programme board exist":
        // an open question, not a proposed reporting line.
        Assert.DoesNotContain(graph.Seed.Relationships, r => r.FromId == "gateshead-strength-and-balance-pathway-steering-group" && r.Type == RelationshipType.ReportsTo);
    }

    [Fact]
    public void The_mhlda_groups_are_listed_not_placed_under_the_mhlda_board() =>
        Assert.Empty(graph.Into("gateshead-mhlda-board", RelationshipType.PartOf));

    [Theory]
    [InlineData("lynn-wilson", RelationshipType.SroFor, "gateshead-mental-health-transformation-programme")]
    [InlineData("steve-kirk", RelationshipType.SroFor, "gateshead-pcn-development-programme")]
    [InlineData("nhs-newcastle-gateshead-ccg", RelationshipType.PartyTo, Agreement)]
    [InlineData("gateshead-council", RelationshipType.PartyTo, Agreement)]
    [InlineData("gateshead-send-combined-operational-group", RelationshipType.ReportsTo, "gateshead-send-board")]
    [InlineData("nhs-newcastle-gateshead-ccg", RelationshipType.Commissions, "gateshead-fame-programme")]
    public void Lines_whose_quotes_name_both_ends_are_stated(string from, RelationshipType type, string to) =>
        Assert.Equal(RelationshipBasis.Stated, graph.Line(from, type, to).Basis);

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
    public void Gateshead_cares_is_the_name_of_the_gateshead_system_under_its_agreement_not_a_second_body()
    {
        // "The Alliance (to be known as the 'Gateshead Cares' Alliance)" is the Gateshead Health & Care System (in
        // place under its MoU since 2019) under the Agreement: one entity, the old id kept as a former id.
        var system = graph.Entity("gateshead-health-and-care-system");
        Assert.Contains("Gateshead Cares", system.Aliases);
        Assert.Contains("gateshead-cares-alliance", system.FormerIds);
        Assert.DoesNotContain(graph.Seed.Entities, e => e.Id == "gateshead-cares-alliance");
        Assert.Equal(new DateOnly(2021, 4, 1), graph.Line(Agreement, RelationshipType.Governs, "gateshead-health-and-care-system").ValidFrom);
    }
}
