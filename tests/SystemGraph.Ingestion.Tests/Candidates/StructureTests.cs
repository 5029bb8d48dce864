using SystemGraph.Graph.Model;
using SystemGraph.Ingestion.Candidates;
using static SystemGraph.Ingestion.Tests.Candidates.Extracting;

namespace SystemGraph.Ingestion.Tests.Candidates;

/// <summary>
/// Lines read from how a paper is put together rather than from one wording, in an invented system's words: short forms
/// the paper defines, "It" after a sentence about a body, verbs joined by "and" sharing a subject, people named next to
/// a post, posts named alone in a membership list, and a list's short lead-in under a membership sentence.
/// </summary>
public sealed class StructureTests
{
    [Fact]
    public async Task A_short_form_the_paper_defines_names_the_body_it_follows_there()
    {
        var extraction = await ExtractAsync(
            "The Wexcombe Locality Integration Board (\"WLIB\") is a sub-committee of the Wexcombe Health and Wellbeing Board (\"HWB\").\n\n"
            + "The WLIB, through its co-chairs, is accountable to the HWB for its work.");

        Assert.Equal(RelationshipBasis.Stated, Line(extraction, RelationshipType.AccountableTo, "Wexcombe Locality Integration Board", "Wexcombe Health and Wellbeing Board").Basis);
    }

    [Fact]
    public async Task An_acronym_that_does_not_abbreviate_the_name_before_it_defines_nothing()
    {
        var extraction = await ExtractAsync(
            "The Wexcombe Governance Handbook for the Wexcombe Integrated Care Board (WIC) sets out the rules.\n\n"
            + "The Wexcombe People Board reports to the WIC every quarter.");

        Assert.DoesNotContain(extraction.Lines, l => l.Type == RelationshipType.ReportsTo && l.To.Name.Contains("Handbook", StringComparison.Ordinal));
    }

    [Fact]
    public async Task It_after_a_sentence_about_a_body_means_that_body_and_both_sentences_are_quoted()
    {
        var extraction = await ExtractAsync(
            "1.3 The Wexcombe Commissioning Committee will function as a corporate decision-making body. It is a committee comprising representatives of the following organisations:\n"
            + "Wexcombe Borough Council\nNorthside City Council\nWexcombe Healthwatch\n\n2.1 Other matters follow here in this paper.");

        var member = Line(extraction, RelationshipType.MemberOf, "Wexcombe Borough Council", "Wexcombe Commissioning Committee");
        Assert.StartsWith("The Wexcombe Commissioning Committee will function", member.Sources.Single().Quote, StringComparison.Ordinal);
        Line(extraction, RelationshipType.MemberOf, "Northside City Council", "Wexcombe Commissioning Committee");
        Assert.DoesNotContain(extraction.Lines, l => l.From.Name.Contains("Other", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_verb_after_and_speaks_for_the_sentence_subject()
    {
        var extraction = await ExtractAsync(
            "The Wexcombe Borough Council receives money from the Better Care Fund to undertake certain functions in relation to integration and has accountability to the Northshire Integrated Care Board for that money.");

        Line(extraction, RelationshipType.AccountableTo, "Wexcombe Borough Council", "Northshire Integrated Care Board");
    }

    [Theory]
    [InlineData("We established a new Wexcombe Clinical Leads Group, chaired by the Collaborative SRO Diane Moss, last year.")]
    [InlineData("We have selected a permanent Chair of the Wexcombe Clinical Leads Group, Diane Moss.")]
    public async Task A_person_named_next_to_a_post_without_a_title_is_a_person(string sentence)
    {
        var extraction = await ExtractAsync(sentence);

        var chair = Line(extraction, RelationshipType.Chairs, "Diane Moss", "Wexcombe Clinical Leads Group");
        Assert.Equal(EntityKind.Person, chair.From.Kind);
    }

    [Fact]
    public async Task Parties_that_entered_into_an_agreement_with_each_other_are_its_parties()
    {
        var extraction = await ExtractAsync(
            "In April 2017 the Wexcombe Borough Council entered into a 2 year Wexcombe Alliance Agreement with local NHS partners; Wexcombe Health NHS Trust and Northside Partnership NHS Foundation Trust.");

        Line(extraction, RelationshipType.PartyTo, "Wexcombe Borough Council", "Wexcombe Alliance Agreement");
        Line(extraction, RelationshipType.PartyTo, "Wexcombe Health NHS Trust", "Wexcombe Alliance Agreement");
        Line(extraction, RelationshipType.PartyTo, "Northside Partnership NHS Foundation Trust", "Wexcombe Alliance Agreement");
    }

    [Fact]
    public async Task The_practices_within_a_network_are_its_members()
    {
        var extraction = await ExtractAsync(
            "The practices within the Wexcombe Primary Care Network are Oak Tree Surgery Partnership, Wexcombe Health Centre Partnership and Elm Practice Partnership.");

        Line(extraction, RelationshipType.MemberOf, "Oak Tree Surgery Partnership", "Wexcombe Primary Care Network");
        Line(extraction, RelationshipType.MemberOf, "Elm Practice Partnership", "Wexcombe Primary Care Network");
    }

    [Fact]
    public async Task Posts_a_membership_list_names_alone_are_members_and_counted_classes_are_not()
    {
        var extraction = await ExtractAsync(
            "The Wexcombe Integrated Care Board is made up of:\n- The chair\n- 4 non-executive members\n- Chief executive\n- Director of nursing\n"
            + "- A representative of the voluntary sector\n- Associate Director of Contracts (Wexcombe Borough Council)\n- Chief Officer – Oakfield Carers");

        Line(extraction, RelationshipType.MemberOf, "The chair", "Wexcombe Integrated Care Board");
        Line(extraction, RelationshipType.Chairs, "The chair", "Wexcombe Integrated Care Board");
        Assert.Equal(EntityKind.Person, Line(extraction, RelationshipType.MemberOf, "Director of nursing", "Wexcombe Integrated Care Board").From.Kind);
        Line(extraction, RelationshipType.MemberOf, "Chief executive", "Wexcombe Integrated Care Board");
        Line(extraction, RelationshipType.MemberOf, "Wexcombe Borough Council", "Wexcombe Integrated Care Board");
        Assert.DoesNotContain(extraction.Lines, l => l.From.Name.Contains("non-executive", StringComparison.Ordinal)
            || l.From.Name.Contains("voluntary", StringComparison.Ordinal) || l.From.Name.Contains("Oakfield", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_short_lead_in_under_a_membership_sentence_takes_its_body()
    {
        var extraction = await ExtractAsync(
            "The membership of the Wexcombe Performance Board will consist of:\nVoting members:\n- Dr Ann Rivers (Chair)\n- Dr Ben Ashe\n"
            + "- Chief Finance Officer");

        Line(extraction, RelationshipType.MemberOf, "Dr Ann Rivers", "Wexcombe Performance Board");
        Line(extraction, RelationshipType.Chairs, "Dr Ann Rivers", "Wexcombe Performance Board");
        Line(extraction, RelationshipType.MemberOf, "Dr Ben Ashe", "Wexcombe Performance Board");
    }
}
