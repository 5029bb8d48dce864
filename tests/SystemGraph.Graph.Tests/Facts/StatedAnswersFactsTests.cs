using SystemGraph.Graph.Model;
using SystemGraph.Graph.Traversals;

namespace SystemGraph.Graph.Tests.Facts;

/// <summary>
/// What each paper itself says (issue #14: at least five stated-only answers per document). Every line below is one
/// whose quotes name both ends and say the line: it is STATED, cites the paper, and is evidence as at the paper's
/// date (lastEvidencedOn). Each paper also answers one stated-only chain question.
/// </summary>
public sealed class StatedAnswersFactsTests(SeededGraph graph) : IClassFixture<SeededGraph>
{
    private static readonly EvidenceFilter StatedOnly = new(IncludeInferred: false);

    public static TheoryData<string, string, RelationshipType, string, string?> StatedLines => new()
    {
        // 000 Gateshead Alliance Agreement (March 2021): the draft templates' SROs and leads, the parties, the SEND groups.
        { "doc-gateshead-alliance-2021", "steve-kirk", RelationshipType.SroFor, "gateshead-pcn-development-programme", "SRO" },
        { "doc-gateshead-alliance-2021", "sam-hood", RelationshipType.Leads, "gateshead-pcn-development-programme", "lead officer" },
        { "doc-gateshead-alliance-2021", "kirsty-sprudd", RelationshipType.Leads, "gateshead-mental-health-transformation-programme", "lead officer" },
        { "doc-gateshead-alliance-2021", "gateshead-council", RelationshipType.PartyTo, "gateshead-alliance-agreement-2021", null },
        { "doc-gateshead-alliance-2021", "gateshead-send-combined-operational-group", RelationshipType.ReportsTo, "gateshead-send-board", null },
        { "doc-gateshead-alliance-2021", "jon-gaines", RelationshipType.Leads, "gateshead-send-data-group", "lead" },

        // 001 One Halton Provider Alliance (15 January 2020).
        { "doc-one-halton-2020", "simon-barber", RelationshipType.Chairs, "one-halton-provider-alliance", "chair" },
        { "doc-one-halton-2020", "simon-barber", RelationshipType.HoldsPost, "north-west-boroughs-nhs-foundation-trust", "Chief Executive" },
        { "doc-one-halton-2020", "paul-hurst", RelationshipType.Leads, "widnes-pcn", "Clinical Director" },
        { "doc-one-halton-2020", "gary-ohare", RelationshipType.Leads, "runcorn-pcn", "Clinical Director" },
        { "doc-one-halton-2020", "one-halton-provider-alliance", RelationshipType.ReportsTo, "halton-health-and-wellbeing-board", null },

        // 002 GM ICS transition (7 June 2021).
        { "doc-gm-ics-transition-2021", "geoff-little", RelationshipType.HoldsPost, "bury-council", "Chief Executive" },
        { "doc-gm-ics-transition-2021", "geoff-little", RelationshipType.HoldsPost, "nhs-bury-ccg", "Accountable Officer" },
        { "doc-gm-ics-transition-2021", "will-blandamer", RelationshipType.HoldsPost, "nhs-bury-ccg", "Executive Director Strategic Commissioning" },
        { "doc-gm-ics-transition-2021", "su-long", RelationshipType.Leads, "gm-ccg-functions-workstream", "lead" },
        { "doc-gm-ics-transition-2021", "mike-farrar", RelationshipType.HoldsPost, "nhs-north-west", "Chief Executive" },

        // 003 Southend Pioneer update and MoU (3 September 2014).
        { "doc-southend-pioneer-2014", "southend-joint-executive-group", RelationshipType.ReportsTo, "southend-health-and-wellbeing-board", null },
        { "doc-southend-pioneer-2014", "southend-borough-council", RelationshipType.MemberOf, "southend-joint-executive-group", null },
        { "doc-southend-pioneer-2014", "melanie-craig", RelationshipType.HoldsPost, "nhs-southend-ccg", "Chief Operating Officer" },
        { "doc-southend-pioneer-2014", "simon-leftley", RelationshipType.HoldsPost, "southend-borough-council", "Corporate Director for People" },
        { "doc-southend-pioneer-2014", "southend-health-and-wellbeing-board", RelationshipType.Oversees, "southend-better-care-fund", null },

        // 004 Bury Health, Care and Well Being Partnership (12 April 2021).
        { "doc-bury-partnership-2021", "bury-integrated-delivery-collaborative", RelationshipType.HeldToAccountBy, "bury-locality-system-board", null },
        { "doc-bury-partnership-2021", "bury-integrated-delivery-collaborative", RelationshipType.AccountableTo, "bury-locality-system-board", null },
        { "doc-bury-partnership-2021", "bury-locality-system-board-terms-of-reference", RelationshipType.Governs, "bury-locality-system-board", null },
        { "doc-bury-partnership-2021", "bury-hwb-terms-of-reference", RelationshipType.Governs, "bury-health-and-wellbeing-board", null },
        { "doc-bury-partnership-2021", "healthwatch-bury", RelationshipType.MemberOf, "bury-integrated-delivery-collaborative", "Healthwatch" },
    };

    [Theory]
    [MemberData(nameof(StatedLines))]
    public void The_paper_states_the_line(string document, string from, RelationshipType type, string to, string? role)
    {
        var line = Assert.Single(graph.Lines(from, type, to), l => role is null || l.Role == role);

        Assert.Equal(RelationshipBasis.Stated, line.Basis);
        Assert.Null(line.Rationale);
        Assert.Contains(line.Sources, s => s.DocumentId == document && s.Quote is not null);
        Assert.Equal(graph.Entity(document).PublishedOn, line.LastEvidencedOn);
    }

    [Fact]
    public void Every_paper_has_at_least_five_stated_answers_here()
    {
        var perDocument = StatedLines.Select(row => (string)row[0]).GroupBy(d => d).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(5, perDocument.Count);
        Assert.All(perDocument.Values, count => Assert.True(count >= 5));
    }

    [Fact]
    public async Task Gateshead_the_send_operational_group_reports_to_the_send_board_as_the_paper_says()
    {
        var chain = (await AccountabilityChainTraversal.UpwardAsync(graph.Store, "gateshead-send-combined-operational-group", new ChainOptions(Evidence: StatedOnly), CancellationToken.None))!;

        Assert.Equal("gateshead-send-board", chain.Paths[0].Steps[0].To.Id);
        Assert.All(chain.Graph.Edges, e => Assert.Equal(RelationshipBasis.Stated, e.Basis));
    }

    [Fact]
    public async Task Halton_the_provider_alliance_reports_to_the_health_and_wellbeing_board_as_the_paper_says()
    {
        var chain = (await AccountabilityChainTraversal.UpwardAsync(graph.Store, "one-halton-provider-alliance", new ChainOptions(Evidence: StatedOnly), CancellationToken.None))!;

        Assert.Equal(["halton-health-and-wellbeing-board"], chain.Apexes.Select(e => e.Id));
        Assert.All(chain.Graph.Edges, e => Assert.Equal(RelationshipBasis.Stated, e.Basis));
    }

    [Fact]
    public void Gm_the_accountable_officer_post_ends_with_the_ccg()
    {
        // The paper gives no end; NHS Bury CCG ceased on 30 June 2022, so the post ends with it.
        Assert.Equal(new DateOnly(2022, 6, 30), graph.Line("geoff-little", RelationshipType.HoldsPost, "nhs-bury-ccg").ValidTo);
        Assert.Null(graph.Line("geoff-little", RelationshipType.HoldsPost, "bury-council").ValidTo);
    }

    [Fact]
    public async Task Southend_the_joint_executive_group_answers_to_the_health_and_wellbeing_board_as_at_2014()
    {
        var chain = (await AccountabilityChainTraversal.UpwardAsync(graph.Store, "southend-joint-executive-group", new ChainOptions(Evidence: StatedOnly), CancellationToken.None))!;
        var since2020 = (await AccountabilityChainTraversal.UpwardAsync(graph.Store, "southend-joint-executive-group",
            new ChainOptions(Evidence: new EvidenceFilter(EvidencedSince: new DateOnly(2020, 1, 1))), CancellationToken.None))!;

        Assert.Equal(["southend-health-and-wellbeing-board"], chain.Apexes.Select(e => e.Id));
        Assert.Equal(new DateOnly(2014, 9, 3), Assert.Single(chain.Graph.Edges).LastEvidencedOn);
        Assert.Empty(since2020.Paths);
    }

    [Fact]
    public async Task Bury_the_idc_stated_chain_stops_at_the_system_board()
    {
        var stated = (await AccountabilityChainTraversal.UpwardAsync(graph.Store, "bury-integrated-delivery-collaborative", new ChainOptions(Evidence: StatedOnly), CancellationToken.None))!;

        Assert.Equal(["bury-locality-system-board"], stated.Apexes.Select(e => e.Id));
        Assert.All(stated.Graph.Edges, e => Assert.Equal(RelationshipBasis.Stated, e.Basis));
        Assert.Equal(2, stated.Graph.Edges.Count);
    }
}
