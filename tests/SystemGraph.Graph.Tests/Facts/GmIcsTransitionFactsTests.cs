using SystemGraph.Graph.Model;
using SystemGraph.Graph.Traversals;

namespace SystemGraph.Graph.Tests.Facts;

/// <summary>Facts of 002_e10ba511dbb6f219.txt (Bury SCB, 7 June 2021: update on the GM ICS transition), as the seed encodes them.</summary>
public sealed class GmIcsTransitionFactsTests(SeededGraph graph) : IClassFixture<SeededGraph>
{
    [Fact]
    public void Geoff_Little_is_Bury_Council_chief_executive_and_Bury_CCG_accountable_officer()
    {
        Assert.Equal("Chief Executive", graph.Line("geoff-little", RelationshipType.HoldsPost, "bury-council").Role);
        Assert.Equal("Accountable Officer", graph.Line("geoff-little", RelationshipType.HoldsPost, "nhs-bury-ccg").Role);
    }

    [Fact]
    public void Will_Blandamer_holds_posts_at_both_the_ccg_and_the_council()
    {
        Assert.NotEmpty(graph.Lines("will-blandamer", RelationshipType.HoldsPost, "nhs-bury-ccg"));
        Assert.NotEmpty(graph.Lines("will-blandamer", RelationshipType.HoldsPost, "bury-council"));
    }

    [Fact]
    public void Mike_Farrar_chaired_the_gm_operating_model_workshops() =>
        Assert.NotEmpty(graph.Lines("mike-farrar", RelationshipType.Chairs, "gm-operating-model-workshops"));

    [Fact]
    public void The_gm_operating_model_proposes_six_programmes()
    {
        string[] six =
        [
            "gm-wellbeing-programme", "gm-preventive-primary-care-programme", "gm-community-integration-programme",
            "gm-urgent-emergency-care-programme", "gm-planned-care-programme", "gm-specialised-care-innovation-programme",
        ];
        Assert.All(six, id => Assert.Equal(RelationshipStatus.Proposed, graph.Line(id, RelationshipType.PartOf, "gm-ics-operating-model").Status));
        Assert.All(six, id => Assert.Equal(EntityKind.Programme, graph.Entity(id).Kind));
    }

    [Fact]
    public void The_provider_collaborative_is_only_proposed_to_be_accountable_to_the_ics()
    {
        var line = graph.Line("gm-provider-federation-board", RelationshipType.AccountableTo, "nhs-greater-manchester-icb");
        Assert.Equal(RelationshipStatus.Proposed, line.Status);
    }

    [Fact]
    public void Bury_ccg_was_expected_to_be_succeeded_in_april_2022_subject_to_legislation()
    {
        // The paper (and national.yaml, from the white paper) give the planned date; the Act later moved it to 1 July.
        var expected = graph.Lines("nhs-bury-ccg", RelationshipType.SucceededBy, "nhs-greater-manchester-icb").Where(r => r.Status == RelationshipStatus.Proposed).ToList();
        Assert.NotEmpty(expected);
        Assert.All(expected, line => Assert.Equal(new DateOnly(2022, 4, 1), line.ValidFrom));
        Assert.Contains(expected, line => line.Sources.Any(s => s.DocumentId == "doc-gm-ics-transition-2021"));
    }

    [Fact]
    public void Bury_ccg_statutory_functions_are_held_by_the_ccg_and_proposed_to_transfer_to_the_icb()
    {
        Assert.NotEmpty(graph.Lines("bury-ccg-statutory-functions", RelationshipType.HeldBy, "nhs-bury-ccg"));
        var transfer = graph.Line("bury-ccg-statutory-functions", RelationshipType.TransfersTo, "nhs-greater-manchester-icb");
        Assert.Equal(RelationshipStatus.Proposed, transfer.Status);
        Assert.Equal(new DateOnly(2022, 4, 1), transfer.ValidFrom);
    }

    [Fact]
    public void Clinical_leadership_has_no_successor_yet() =>
        Assert.DoesNotContain(graph.Seed.Relationships, r => r.FromId == "bury-ccg-clinical-leadership" && r.Type == RelationshipType.TransfersTo);

    [Fact]
    public async Task The_spatial_table_plans_43_of_its_45_services_in_greater_manchester_29_at_place_14_at_gm()
    {
        // The flattened table places no cell; the seed reads 43 of the 45 service lines (NHS 111 and GOS local
        // schemes have conflicting readings and are left unplaced), every one INFERRED.
        var planning = await ServicePlanningTraversal.ForSystemAsync(graph.Store, "greater-manchester-ics", PlanningMode.Planning, null, null, CancellationToken.None);
        Assert.Equal(43, planning.Count);
        Assert.Equal(29, planning.Count(a => a.Level == SpatialLevel.Place));
        Assert.Equal(14, planning.Count(a => a.Level == SpatialLevel.System));
        Assert.Equal(45, graph.Seed.Entities.Count(e => e.Kind == EntityKind.Service && e.Id.StartsWith("gm-service-", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Emergency_ambulances_are_read_at_gm_level_iapt_at_place_and_nhs_111_is_not_placed()
    {
        var planning = await ServicePlanningTraversal.ForSystemAsync(graph.Store, "greater-manchester-ics", PlanningMode.Planning, null, null, CancellationToken.None);
        SpatialLevel Level(string id) => planning.Single(a => a.Service.Id == id).Level;
        Assert.Equal(SpatialLevel.System, Level("gm-service-ambulance-services-emergency"));
        Assert.Equal(SpatialLevel.Place, Level("gm-service-iapt"));
        Assert.DoesNotContain(planning, a => a.Service.Id == "gm-service-nhs-111");
    }

    [Fact]
    public void Every_spatial_level_line_is_inferred_with_a_rationale()
    {
        var levels = graph.Seed.Relationships.Where(r => r.Type is RelationshipType.PlannedAt or RelationshipType.DeliveredAt && r.FromId.StartsWith("gm-service-", StringComparison.Ordinal)).ToList();
        Assert.Equal(86, levels.Count);
        Assert.All(levels, r =>
        {
            Assert.Equal(RelationshipBasis.Inferred, r.Basis);
            Assert.False(string.IsNullOrWhiteSpace(r.Rationale));
        });
    }

    [Fact]
    public void Stated_lines_of_the_paper()
    {
        RelationshipBasis Basis(string from, RelationshipType type, string to) =>
            graph.Lines(from, type, to).Single(r => r.Sources.Any(s => s.DocumentId == "doc-gm-ics-transition-2021")).Basis;
        Assert.Equal(RelationshipBasis.Stated, Basis("geoff-little", RelationshipType.HoldsPost, "nhs-bury-ccg"));
        Assert.Equal(RelationshipBasis.Stated, Basis("mike-farrar", RelationshipType.Chairs, "gm-operating-model-workshops"));
        Assert.Equal(RelationshipBasis.Stated, Basis("su-long", RelationshipType.Leads, "gm-ccg-functions-workstream"));
        Assert.Equal(RelationshipBasis.Stated, Basis("gm-provider-federation-board", RelationshipType.Leads, "gm-planned-care-recovery-programme"));
        Assert.Equal(RelationshipBasis.Stated, Basis("nhs-greater-manchester-icb", RelationshipType.AccountableTo, "nhs-england"));
        Assert.Equal(RelationshipBasis.Stated, Basis("gm-nhs-allocation-calibration", RelationshipType.HeldBy, "nhs-greater-manchester-icb"));
    }

    [Fact]
    public void Transfers_of_bury_ccg_functions_are_inferred_plans_and_ccg_lines_state_no_end()
    {
        // The paper says "successor organisations" for "the 10 GM CCGs"; naming the GM ICB and Bury CCG is our reading.
        var transfer = graph.Line("bury-ccg-statutory-functions", RelationshipType.TransfersTo, "nhs-greater-manchester-icb");
        Assert.Equal(RelationshipBasis.Inferred, transfer.Basis);
        var held = graph.Seed.Relationships.Where(r => r.Type == RelationshipType.HeldBy && r.ToId == "nhs-bury-ccg" && r.Sources.Any(s => s.DocumentId == "doc-gm-ics-transition-2021")).ToList();
        Assert.NotEmpty(held);
        Assert.All(held, r => Assert.True(r.ValidTo is null || r.ValidTo <= new DateOnly(2022, 6, 30)));
    }

    [Fact]
    public void Bury_representatives_sit_on_the_gm_joint_commissioning_board() =>
        Assert.Equal(RelationshipStatus.InForce, graph.Line("nhs-bury-ccg", RelationshipType.MemberOf, "gm-joint-commissioning-board").Status);

    [Fact]
    public void Every_line_cites_the_paper_with_a_verbatim_quote()
    {
        var fromThisPaper = graph.Seed.Relationships.Where(r => r.Sources.Any(s => s.DocumentId == "doc-gm-ics-transition-2021")).ToList();
        Assert.True(fromThisPaper.Count > 100);
        Assert.All(fromThisPaper, r => Assert.All(r.Sources, s => Assert.False(string.IsNullOrWhiteSpace(s.Quote))));
    }
}
