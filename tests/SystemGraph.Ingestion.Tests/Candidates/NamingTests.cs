using SystemGraph.Graph.Model;
using SystemGraph.Ingestion.Candidates;
using static SystemGraph.Ingestion.Tests.Candidates.Extracting;

namespace SystemGraph.Ingestion.Tests.Candidates;

/// <summary>
/// New bodies named by what the paper says they are, and names that only say a kind of body, in an invented system's
/// words.
/// </summary>
public sealed class NamingTests
{
    [Fact]
    public async Task A_network_the_paper_says_is_called_a_name_is_a_body_and_our_network_names_it()
    {
        var extraction = await ExtractAsync(
            "Our Primary Care Network is called Wexcombe Harmony and the practices within our network are Oak Tree Surgery, The Elm Practice and Ash Medical Centre.");

        Line(extraction, RelationshipType.MemberOf, "Oak Tree Surgery", "Wexcombe Harmony");
        Line(extraction, RelationshipType.MemberOf, "Ash Medical Centre", "Wexcombe Harmony");
    }

    [Fact]
    public async Task A_name_of_class_words_with_a_short_form_of_its_own_is_the_papers_body()
    {
        var extraction = await ExtractAsync(
            "The Integrated Care Partnership (“ICP”) is a joint committee of NHS Wexcombe Integrated Care Board and the councils. The ICP reports to the Wexcombe Health and Wellbeing Board each year.");

        Line(extraction, RelationshipType.ReportsTo, "Integrated Care Partnership", "Wexcombe Health and Wellbeing Board");
    }

    [Fact]
    public async Task A_known_body_whose_own_name_says_only_a_kind_is_not_named_by_it()
    {
        var extraction = await ExtractAsync(
            "The Integrated Care Partnership will report to the Wexcombe Health and Wellbeing Board every quarter.",
            new KnownEntity("practice-x", EntityKind.Organisation, "THE INTEGRATED CARE PARTNERSHIP", [], "X81133"));

        Assert.DoesNotContain(extraction.Entities, e => e.ExistingId == "practice-x");
    }

    [Fact]
    public async Task A_known_body_s_generic_alias_needs_a_word_of_its_name_written_as_a_name()
    {
        // "greater" in lower case is not the place in "Greater Wexcombe": the paper's partnership is its own.
        var known = new KnownEntity("gw-partnership", EntityKind.Board, "Greater Wexcombe Health and Care Partnership", ["The Partnership"]);
        var extraction = await ExtractAsync(
            "The Partnership gives residents of Oakshire an even greater voice. Oakshire County Council is a member of the Partnership.", known);

        Assert.DoesNotContain(extraction.Entities, e => e.ExistingId == "gw-partnership");
    }

    [Fact]
    public async Task An_alias_without_the_word_that_leads_a_body_s_name_names_it_only_where_the_paper_writes_that_name()
    {
        // Every place may have a "Combined Authority": another place's paper means its own.
        var known = new KnownEntity("gw-ca", EntityKind.Organisation, "Greater Wexcombe Combined Authority", ["Combined Authority"]);
        const string Membership = "Oakshire County Council is a constituent member of the Combined Authority.";

        var elsewhere = await ExtractAsync(Membership, known);
        var here = await ExtractAsync("The Greater Wexcombe area has ten councils. " + Membership, known);

        Assert.DoesNotContain(elsewhere.Entities, e => e.ExistingId == "gw-ca");
        Assert.Contains(here.Lines, l => l.Type == RelationshipType.MemberOf && l.To.ExistingId == "gw-ca");
    }

    [Fact]
    public async Task A_fund_every_place_has_is_not_another_place_s_fund_by_its_common_name()
    {
        KnownEntity[] known =
        [
            new("wex-bcf", EntityKind.Fund, "Better Care Fund (Wexcombe)", ["BCF", "Better Care Fund"]),
            new("oakshire-cc", EntityKind.Organisation, "Oakshire County Council", []),
        ];
        var extraction = await ExtractAsync("The Cabinet agreed that the pooled fund for the Better Care Fund be hosted by Oakshire County Council.", known);

        Assert.DoesNotContain(extraction.Entities, e => e.ExistingId == "wex-bcf");
    }

    [Fact]
    public async Task A_short_form_the_paper_defines_for_its_own_body_is_not_another_place_s_alias()
    {
        var known = new KnownEntity("gw-hscp", EntityKind.Board, "Greater Wexcombe Health and Social Care Partnership", ["HSCP", "The HSCP"]);
        var extraction = await ExtractAsync(
            "What is the Holmshire Safeguarding Children Partnership (HSCP)?\n\nThe Holmshire Safeguarding Children Partnership (HSCP) keeps children safe. The HSCP reports to the Holmshire Health and Wellbeing Board.\n",
            known);

        Line(extraction, RelationshipType.ReportsTo, "Holmshire Safeguarding Children Partnership", "Holmshire Health and Wellbeing Board");
        Assert.DoesNotContain(extraction.Entities, e => e.ExistingId == "gw-hscp");
    }

    [Fact]
    public async Task A_title_names_only_a_body_whose_name_holds_its_words()
    {
        var extraction = await ExtractAsync(
            "NHS Wexcombe Integrated Care Board (ICB) works with partners. We selected a permanent Chair of the Programme Board, Sir Ann Dix.");

        Assert.DoesNotContain(extraction.Lines, l => l.Type == RelationshipType.Chairs && l.To.Name.Contains("Integrated Care Board", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_service_is_not_named_by_a_clinical_alias_in_a_paper_without_its_own_name()
    {
        // Another system's service line, known by aliases that are clinical areas any paper may name.
        var service = new KnownEntity("oak-service", EntityKind.Service, "All planned and urgent specialised services", ["Critical Care", "Renal"]);
        var extraction = await ExtractAsync(
            "The Wexcombe Paediatric Critical Care Network is part of the Surgery and Critical Care Division at Wexcombe Children's NHS Foundation Trust.\n",
            service);

        Assert.DoesNotContain(extraction.Entities, e => e.ExistingId == "oak-service");
    }

    [Fact]
    public async Task Support_for_a_committee_names_the_committee()
    {
        var council = new KnownEntity("wex-council", EntityKind.Organisation, "Wexcombe Borough Council", []);
        var extraction = await RulesOnlyAsync(
            "Support for the Oakshire Health Scrutiny Joint Committee\n"
            + "The Oakshire Health Scrutiny Joint Committee is made up of the following local authorities: Wexcombe Borough Council.\n",
            council);

        Assert.DoesNotContain(extraction.Entities, e => e.Name.StartsWith("Support", StringComparison.Ordinal));
        Line(extraction, RelationshipType.MemberOf, "wex-council", "Oakshire Health Scrutiny Joint Committee");
    }

    [Fact]
    public async Task A_title_alias_of_another_places_council_names_it_only_in_a_paper_with_its_place()
    {
        // The graph holds a council from one paper, with the title that paper called it by.
        var council = new KnownEntity("wex-on-sea", EntityKind.Organisation, "Wexcombe-on-Sea Borough Council", ["the Council"]);
        var elsewhere = await ExtractAsync(
            "The Oakshire Health and Wellbeing Board received an update. The Council’s public health team will report on the survey in the summer.\n",
            council);
        var there = await ExtractAsync(
            "The Wexcombe Health and Wellbeing Board received an update. The Council’s public health team will report on the survey in the summer.\n",
            council);

        // "on" is in every paper: it says nothing of which council.
        Assert.DoesNotContain(elsewhere.Entities, e => e.ExistingId == "wex-on-sea");
        Assert.Contains(there.Entities, e => e.ExistingId == "wex-on-sea");
    }

    [Fact]
    public async Task A_programme_is_not_named_by_an_alias_that_is_its_subject_in_a_paper_without_its_own_name()
    {
        var workstream = new KnownEntity("oak-jc", EntityKind.Programme, "Joint Commissioning workstream (Oakshire Pioneer)", ["Joint Commissioning", "Commissioning"]);
        var extraction = await ExtractAsync(
            "Membership of the Wexcombe Health and Wellbeing Board comprises the Accountable Officer of Clinical Commissioning Wexcombe and two councillors.\n",
            workstream);

        Assert.DoesNotContain(extraction.Entities, e => e.ExistingId == "oak-jc");
    }
}
