using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Tests.Facts;

/// <summary>Facts of 001_46f6009c6c78a21a.txt (Halton HWB, 15 January 2020: One Halton Provider Alliance update), as the seed encodes them.</summary>
public sealed class OneHaltonProviderAllianceFactsTests(SeededGraph graph) : IClassFixture<SeededGraph>
{
    [Fact]
    public void Simon_Barber_chairs_the_provider_alliance_and_leads_north_west_boroughs()
    {
        Assert.Equal(RelationshipStatus.InForce, graph.Line("simon-barber", RelationshipType.Chairs, "one-halton-provider-alliance").Status);
        Assert.Equal("Chief Executive", graph.Line("simon-barber", RelationshipType.HoldsPost, "north-west-boroughs-nhs-foundation-trust").Role);
    }

    [Fact]
    public void The_provider_alliance_is_a_board_reporting_to_the_health_and_wellbeing_board()
    {
        var alliance = graph.Entity("one-halton-provider-alliance");
        Assert.Equal(EntityKind.Board, alliance.Kind);
        Assert.Equal("PROVIDER_ALLIANCE", alliance.Type);
        Assert.Equal(RelationshipStatus.InForce, graph.Line("one-halton-provider-alliance", RelationshipType.ReportsTo, "halton-health-and-wellbeing-board").Status);
    }

    [Theory]
    [InlineData("paul-hurst", "widnes-pcn", "U79408")]
    [InlineData("gary-ohare", "runcorn-pcn", "U09643")]
    public void Each_pcn_has_its_clinical_director_and_ods_code(string person, string pcn, string code)
    {
        Assert.Equal("Clinical Director", graph.Line(person, RelationshipType.Leads, pcn).Role);
        Assert.Equal(code, graph.Entity(pcn).OdsCode);
        Assert.Equal("PCN", graph.Entity(pcn).Type);
    }

    [Theory]
    [InlineData("widnes-pcn")]
    [InlineData("runcorn-pcn")]
    public void Pcns_are_held_to_account_by_the_commissioners(string pcn)
    {
        Assert.Equal(RelationshipStatus.InForce, graph.Line(pcn, RelationshipType.HeldToAccountBy, "nhs-england").Status);
        Assert.Equal(RelationshipStatus.InForce, graph.Line(pcn, RelationshipType.HeldToAccountBy, "nhs-halton-ccg").Status);
    }

    [Theory]
    [InlineData("widnes-pcn")]
    [InlineData("runcorn-pcn")]
    public void Pcns_are_a_key_partner_in_place_based_integration_not_members_of_the_alliance(string pcn)
    {
        // "recognising they are a key partner in the successful delivery of that workstream": a share in delivering
        // Place Based Integration, read from a sentence that names the PCNs only as a class.
        Assert.Empty(graph.Lines(pcn, RelationshipType.MemberOf, "one-halton-provider-alliance"));
        Assert.Equal(RelationshipBasis.Inferred, graph.Line(pcn, RelationshipType.Delivers, "halton-place-based-integration").Basis);
        Assert.Equal(RelationshipBasis.Inferred, graph.Line(pcn, RelationshipType.HeldToAccountBy, "nhs-england").Basis);
    }

    [Theory]
    [InlineData("simon-barber", RelationshipType.Chairs, "one-halton-provider-alliance")]
    [InlineData("simon-barber", RelationshipType.HoldsPost, "north-west-boroughs-nhs-foundation-trust")]
    [InlineData("one-halton-provider-alliance", RelationshipType.ReportsTo, "halton-health-and-wellbeing-board")]
    [InlineData("paul-hurst", RelationshipType.Leads, "widnes-pcn")]
    [InlineData("halton-place-based-integration", RelationshipType.ReportsTo, "one-halton-provider-alliance")]
    [InlineData("nhs-halton-ccg", RelationshipType.Commissions, "halton-urgent-treatment-centres")]
    public void Lines_whose_quotes_name_both_ends_are_stated(string from, RelationshipType type, string to) =>
        Assert.Equal(RelationshipBasis.Stated, graph.Line(from, type, to).Basis);

    [Fact]
    public void The_pbi_project_manager_funding_ends_with_the_six_month_post() =>
        Assert.Equal(new DateOnly(2020, 5, 31), graph.Line("halton-pbi-project-manager-funding", RelationshipType.Funds, "halton-place-based-integration").ValidTo);

    [Fact]
    public void Pcns_reporting_through_place_based_integration_is_agreed_not_in_force()
    {
        Assert.Equal(RelationshipStatus.Agreed, graph.Line("widnes-pcn", RelationshipType.ReportsTo, "halton-place-based-integration").Status);
        Assert.Equal(RelationshipStatus.Agreed, graph.Line("runcorn-pcn", RelationshipType.ReportsTo, "halton-place-based-integration").Status);
        Assert.Equal(RelationshipStatus.Agreed, graph.Line("halton-place-based-integration", RelationshipType.ReportsTo, "one-halton-provider-alliance").Status);
    }

    [Fact]
    public void The_frailty_service_investment_is_490570_pounds()
    {
        Assert.Equal(490570m, graph.Entity("halton-frailty-investment").AmountGbp);
        Assert.NotEmpty(graph.Lines("halton-frailty-investment", RelationshipType.Funds, "halton-integrated-frailty-service-project"));
    }

    [Fact]
    public void The_frailty_service_commenced_on_19_december_2019() =>
        Assert.Equal(new DateOnly(2019, 12, 19), graph.Entity("halton-integrated-frailty-service").ValidFrom);

    [Fact]
    public void The_leadership_budget_was_4000_pounds_and_its_use_only_proposed()
    {
        Assert.Equal(4000m, graph.Entity("halton-leadership-development-budget").AmountGbp);
        Assert.Equal(RelationshipStatus.Proposed, graph.Line("halton-leadership-development-budget", RelationshipType.Funds, "halton-leadership-development").Status);
    }

    [Fact]
    public void The_workforce_workstream_is_only_proposed_and_the_leadership_group_agreed()
    {
        Assert.Equal(RelationshipStatus.Proposed, graph.Line("one-halton-provider-alliance", RelationshipType.Oversees, "halton-workforce-workstream").Status);
        Assert.Equal(RelationshipStatus.Agreed, graph.Line("one-halton-provider-alliance", RelationshipType.Oversees, "halton-leadership-development-project-group").Status);
    }

    [Fact]
    public void Halton_ccg_commissions_the_urgent_treatment_centres_and_their_support_funding_was_approved_on_9_december_2019()
    {
        Assert.NotEmpty(graph.Lines("nhs-halton-ccg", RelationshipType.Commissions, "halton-urgent-treatment-centres"));
        var funding = graph.Line("halton-utc-external-resource-funding", RelationshipType.Funds, "halton-urgent-treatment-centres");
        Assert.Equal(RelationshipStatus.Agreed, funding.Status);
        Assert.Equal(new DateOnly(2019, 12, 9), funding.ValidFrom);
    }

    [Fact]
    public void The_pbi_project_manager_started_on_1_december_2019() =>
        Assert.Equal(new DateOnly(2019, 12, 1), graph.Line("halton-pbi-project-manager-funding", RelationshipType.Funds, "halton-place-based-integration").ValidFrom);

    [Fact]
    public void Future_funding_from_cheshire_and_merseyside_is_only_proposed() =>
        Assert.Equal(RelationshipStatus.Proposed, graph.Line("cheshire-and-merseyside-place-based-funding-halton", RelationshipType.Funds, "one-halton-provider-alliance").Status);

    [Fact]
    public void St_helens_and_knowsley_delivers_the_frailty_service() =>
        Assert.NotEmpty(graph.Lines("st-helens-and-knowsley-nhs-foundation-trust", RelationshipType.Delivers, "halton-integrated-frailty-service"));

    [Fact]
    public void The_one_halton_forum_appears_only_in_the_draft_vision() =>
        Assert.Equal(RelationshipStatus.Draft, graph.Line("one-halton-forum", RelationshipType.PartOf, "one-halton").Status);

    [Fact]
    public void Paper_aliases_resolve_to_the_shared_bodies()
    {
        Assert.Contains("Cheshire and Merseyside Health and Care Partnership", graph.Entity("cheshire-and-merseyside-ics").Aliases);
        Assert.Equal("NHS Halton Clinical Commissioning Group", graph.Entity("nhs-halton-ccg").Name);
        Assert.Contains("Halton CCG", graph.Entity("nhs-halton-ccg").Aliases);
        Assert.Contains(graph.Entity("nhs-halton-ccg").Sources, s => s.DocumentId == "doc-one-halton-2020");
    }
}
