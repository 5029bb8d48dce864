using SystemGraph.Graph.Model;
using SystemGraph.Graph.Traversals;

namespace SystemGraph.Graph.Tests.Facts;

/// <summary>Facts of 004_092af6ef060a5ec0.txt (Bury SCB, 12 April 2021: the Bury Health, Care and Well Being Partnership).</summary>
public sealed class BuryPartnershipFactsTests(SeededGraph graph) : IClassFixture<SeededGraph>
{
    [Fact]
    public void The_idc_is_held_to_account_by_the_system_board_from_april_2022_as_proposed()
    {
        var line = graph.Line("bury-integrated-delivery-collaborative", RelationshipType.HeldToAccountBy, "bury-locality-system-board");
        Assert.Equal(RelationshipStatus.Proposed, line.Status);
        Assert.Equal(new DateOnly(2022, 4, 1), line.ValidFrom);
    }

    [Fact]
    public void The_idc_accountability_rests_on_draft_terms_of_reference()
    {
        var line = graph.Line("bury-integrated-delivery-collaborative", RelationshipType.AccountableTo, "bury-locality-system-board");
        Assert.Equal(RelationshipStatus.Draft, line.Status);
        Assert.Equal("Draft Terms of Reference", line.StatusNote);
    }

    [Fact]
    public void The_system_board_accountability_to_the_ics_is_to_be_confirmed()
    {
        var line = graph.Lines("bury-locality-system-board", RelationshipType.AccountableTo, "nhs-greater-manchester-icb")[0];
        Assert.Equal(RelationshipStatus.Proposed, line.Status);
        Assert.Equal("To be confirmed", line.StatusNote);
    }

    [Fact]
    public void The_five_neighbourhood_teams_are_counted_but_no_unnamed_neighbourhood_is_invented()
    {
        // The paper gives the number of teams ("5 Neighbourhood teams") but names no neighbourhood.
        Assert.Equal("5", graph.Entity("bury-integrated-neighbourhood-teams").Attributes["count"]);
        Assert.DoesNotContain(graph.Into("bury", RelationshipType.PartOf), r => graph.Entity(r.FromId).Level == SpatialLevel.Neighbourhood);
    }

    [Fact]
    public void The_idc_is_a_provider_alliance_that_is_not_a_legal_entity()
    {
        var idc = graph.Entity("bury-integrated-delivery-collaborative");
        Assert.Equal(EntityKind.Board, idc.Kind);
        Assert.Equal("PROVIDER_ALLIANCE", idc.Type);
        Assert.Equal(new DateOnly(2022, 4, 1), idc.ValidFrom);
    }

    [Fact]
    public void The_idc_draft_membership_lines_are_all_draft()
    {
        var members = graph.Into("bury-integrated-delivery-collaborative", RelationshipType.MemberOf);
        Assert.True(members.Count >= 10);
        Assert.All(members, m => Assert.Equal(RelationshipStatus.Draft, m.Status));
    }

    [Fact]
    public void The_system_board_membership_is_only_potential()
    {
        var members = graph.Into("bury-locality-system-board", RelationshipType.MemberOf);
        Assert.True(members.Count >= 10);
        Assert.All(members, m => Assert.Equal(RelationshipStatus.Proposed, m.Status));
    }

    [Fact]
    public void The_place_based_lead_is_a_proposed_council_seat_on_the_system_board_not_a_named_person()
    {
        // The paper names the post ("The Chief Executive of the Local Authority/Place Based Lead for the GM ICS"), not its holder.
        var seat = graph.Lines("bury-council", RelationshipType.MemberOf, "bury-locality-system-board").Single(r => r.Role!.Contains("Place Based Lead", StringComparison.Ordinal));
        Assert.Equal(RelationshipStatus.Proposed, seat.Status);
        Assert.Equal(RelationshipBasis.Stated, seat.Basis);
        Assert.Empty(graph.Lines("geoff-little", RelationshipType.MemberOf, "bury-locality-system-board"));
        Assert.Empty(graph.Lines("geoff-little", RelationshipType.HoldsPost, "nhs-greater-manchester-icb"));
    }

    [Fact]
    public void The_idc_accountability_to_the_system_board_is_stated_and_the_system_boards_to_the_icb_is_inferred()
    {
        Assert.Equal(RelationshipBasis.Stated, graph.Line("bury-integrated-delivery-collaborative", RelationshipType.AccountableTo, "bury-locality-system-board").Basis);
        Assert.Equal(RelationshipBasis.Stated, graph.Line("bury-integrated-delivery-collaborative", RelationshipType.HeldToAccountBy, "bury-locality-system-board").Basis);
        var toIcb = graph.Lines("bury-locality-system-board", RelationshipType.AccountableTo, "nhs-greater-manchester-icb").Single();
        Assert.Equal(RelationshipBasis.Inferred, toIcb.Basis);
        Assert.False(string.IsNullOrWhiteSpace(toIcb.Rationale));
        Assert.Equal(new DateOnly(2021, 4, 12), toIcb.LastEvidencedOn);
    }

    [Fact]
    public async Task The_stated_only_idc_chain_stops_at_the_system_board()
    {
        var chain = await AccountabilityChainTraversal.UpwardAsync(graph.Store, "bury-integrated-delivery-collaborative", new ChainOptions(Evidence: new EvidenceFilter(IncludeInferred: false)), CancellationToken.None);
        var reached = chain!.Graph.Nodes.Select(n => n.Id).ToHashSet();
        Assert.Contains("bury-locality-system-board", reached);
        Assert.DoesNotContain("nhs-greater-manchester-icb", reached);
    }

    [Fact]
    public void Stated_governance_documents_name_their_boards_and_status()
    {
        var terms = graph.Line("bury-locality-system-board-terms-of-reference", RelationshipType.Governs, "bury-locality-system-board");
        Assert.Equal(RelationshipBasis.Stated, terms.Basis);
        Assert.Equal("First Draft available", terms.StatusNote);
        var framework = graph.Line("bury-locality-system-board-governance-framework", RelationshipType.Governs, "bury-locality-system-board");
        Assert.Equal(RelationshipBasis.Stated, framework.Basis);
        Assert.Equal(RelationshipStatus.Proposed, framework.Status);
        Assert.Equal(RelationshipBasis.Stated, graph.Line("pennine-care-nhs-foundation-trust", RelationshipType.PartyTo, "bury-locality-system-board-governance-framework").Basis);
    }

    [Fact]
    public void Council_posts_the_paper_lists_without_naming_the_council_are_inferred()
    {
        var director = graph.Lines("bury-council", RelationshipType.MemberOf, "bury-locality-system-board").Single(r => r.Role == "Director of Public Health");
        Assert.Equal(RelationshipBasis.Inferred, director.Basis);
        var named = graph.Lines("bury-council", RelationshipType.MemberOf, "bury-integrated-delivery-collaborative").Single(r => r.Role == "Director of Health and Care");
        Assert.Equal(RelationshipBasis.Stated, named.Basis);
    }

    [Fact]
    public void Only_the_hwb_terms_of_reference_are_agreed_among_the_governance_documents()
    {
        Assert.Equal(RelationshipStatus.Agreed, graph.Line("bury-hwb-terms-of-reference", RelationshipType.Governs, "bury-health-and-wellbeing-board").Status);
        Assert.Equal(RelationshipStatus.Draft, graph.Line("bury-locality-system-board-terms-of-reference", RelationshipType.Governs, "bury-locality-system-board").Status);
        Assert.Equal(RelationshipStatus.Draft, graph.Line("bury-idc-terms-of-reference", RelationshipType.Governs, "bury-integrated-delivery-collaborative").Status);
    }

    [Fact]
    public void The_lco_mou_is_in_force_and_to_be_succeeded_by_the_idc_alliance_agreement()
    {
        Assert.Equal(RelationshipStatus.InForce, graph.Line("bury-lco-mou", RelationshipType.Governs, "bury-local-care-organisation").Status);
        Assert.Equal(RelationshipStatus.Proposed, graph.Line("bury-lco-mou", RelationshipType.SucceededBy, "bury-idc-alliance-agreement").Status);
    }

    [Fact]
    public void The_locality_integrated_fund_states_no_amount() => Assert.Null(graph.Entity("bury-locality-integrated-fund").AmountGbp);

    [Fact]
    public async Task The_idc_chain_reaches_nhs_england_through_the_system_board_and_the_icb()
    {
        var chain = await AccountabilityChainTraversal.UpwardAsync(graph.Store, "bury-integrated-delivery-collaborative", new ChainOptions(), CancellationToken.None);
        var reached = chain!.Graph.Nodes.Select(n => n.Id).ToHashSet();
        Assert.Contains("bury-locality-system-board", reached);
        Assert.Contains("nhs-greater-manchester-icb", reached);
        Assert.Contains("nhs-england", reached);
    }
}
