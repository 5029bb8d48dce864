using SystemGraph.Graph.Model;
using SystemGraph.Ingestion.Candidates;
using static SystemGraph.Ingestion.Tests.Candidates.Extracting;

namespace SystemGraph.Ingestion.Tests.Candidates;

/// <summary>
/// Wordings of terms of reference and partnership pages, in an invented system's words: committees set up by or of
/// another body, members drawn from or established jointly between bodies, chairs named after another post, and
/// membership lists enumerated "(i)", "(ii)" with blank lines between the items.
/// </summary>
public sealed class TermsOfReferenceTests
{
    private static readonly KnownEntity Icb = new("wex-icb", EntityKind.Organisation, "NHS Wexcombe Integrated Care Board", ["ICB"], null);

    [Theory]
    [InlineData("The Wexcombe People Board is a non-executive chaired committee of the ICB, and its members follow its standing orders.")]
    [InlineData("The Wexcombe People Board is established by the ICB as a formal committee of the ICB in accordance with its constitution.")]
    [InlineData("The Wexcombe People Board is a statutory Committee of the ICB under the Act.")]
    public async Task A_committee_of_a_body_in_any_words_before_committee_is_part_of_it(string sentence)
    {
        var extraction = await ExtractAsync(sentence, Icb);

        Assert.Equal(RelationshipBasis.Stated, Line(extraction, RelationshipType.PartOf, "Wexcombe People Board", "wex-icb").Basis);
    }

    [Fact]
    public async Task A_place_that_forms_part_of_a_system_is_part_of_it_and_a_word_inside_another_is_no_verb()
    {
        var extraction = await ExtractAsync(
            "Wexcombe formed part of the Northshire Integrated Care System. The group will need to set this out as part of the Northshire Plan Programme.",
            new KnownEntity("wexcombe", EntityKind.Area, "Wexcombe", [], null),
            new KnownEntity("ics", EntityKind.Area, "Northshire Integrated Care System", [], null));

        Line(extraction, RelationshipType.PartOf, "wexcombe", "ics");
        Assert.Single(extraction.Lines, l => l.Type == RelationshipType.PartOf);
    }

    [Theory]
    [InlineData("A new Wexcombe Executive Group whose members would be drawn from NHS organisations, Wexcombe Borough Council and Northside City Council will meet monthly.")]
    [InlineData("The Wexcombe Executive Group is established jointly between Wexcombe Borough Council and Northside City Council as equal partners and statutory members.")]
    public async Task Bodies_members_are_drawn_from_or_that_establish_a_body_jointly_as_members_are_its_members(string sentence)
    {
        var extraction = await ExtractAsync(sentence);

        Line(extraction, RelationshipType.MemberOf, "Wexcombe Borough Council", "Wexcombe Executive Group");
        Line(extraction, RelationshipType.MemberOf, "Northside City Council", "Wexcombe Executive Group");
    }

    [Theory]
    [InlineData("Councillor Ann Oakley, Deputy Leader of Wexcombe Borough Council and Chair of the Wexcombe Health and Wellbeing Board, opened the meeting.")]
    [InlineData("The review was led by Professor Ann Oakley, Independent Chair of the Wexcombe Health and Wellbeing Board, in May.")]
    public async Task A_chair_named_after_another_post_or_as_independent_chairs_the_body(string sentence)
    {
        var extraction = await ExtractAsync(sentence, new KnownEntity("ann-oakley", EntityKind.Person, "Ann Oakley", [], null));

        Line(extraction, RelationshipType.Chairs, "ann-oakley", "Wexcombe Health and Wellbeing Board");
        Assert.DoesNotContain(extraction.Lines, l => l.Type == RelationshipType.Chairs && l.To.Name == "Wexcombe Borough Council");
    }

    [Fact]
    public async Task An_enumerated_membership_list_with_blank_lines_between_items_gives_each_member_and_marks_its_chair()
    {
        var extraction = await ExtractAsync(
            """
            a) The Wexcombe Health and Wellbeing Board shall comprise the following:

            (i) Cabinet Member for Health and Wellbeing (Chair)

            (ii) Director of Public Health

            (iii) One member nominated by NHS Wexcombe Integrated Care Board

            (iv) One District Council Chief Executive

            b) The quorum will be four members.
            """,
            Icb,
            new KnownEntity("cabinet-member", EntityKind.Person, "Cabinet Member for Health and Wellbeing", [], null),
            new KnownEntity("dph", EntityKind.Person, "Director of Public Health", [], null));

        Line(extraction, RelationshipType.MemberOf, "cabinet-member", "Wexcombe Health and Wellbeing Board");
        Line(extraction, RelationshipType.Chairs, "cabinet-member", "Wexcombe Health and Wellbeing Board");
        Line(extraction, RelationshipType.MemberOf, "dph", "Wexcombe Health and Wellbeing Board");
        Line(extraction, RelationshipType.MemberOf, "wex-icb", "Wexcombe Health and Wellbeing Board");
        Assert.DoesNotContain(extraction.Entities, e => e.Name.Contains("Chief Executive", StringComparison.Ordinal) || e.Name == "District Council");
        Assert.Single(extraction.Lines, l => l.Type == RelationshipType.Chairs);
    }

    [Fact]
    public async Task Bodies_a_committee_is_established_jointly_between_after_a_comma_are_members_of_the_committee_not_of_the_body_before()
    {
        var extraction = await ExtractAsync(
            "The Wexcombe Care Partnership is a statutory Committee of the Wexcombe Integrated Care System (ICS), established jointly between the NHS Wexcombe Integrated Care Board (ICB) and Wexcombe County Council as equal partners and statutory members.",
            Icb,
            new KnownEntity("wex-ics", EntityKind.Area, "Wexcombe Integrated Care System", ["ICS"], null),
            new KnownEntity("wex-council", EntityKind.Organisation, "Wexcombe County Council", [], null));

        Line(extraction, RelationshipType.MemberOf, "wex-icb", "Wexcombe Care Partnership");
        Line(extraction, RelationshipType.MemberOf, "wex-council", "Wexcombe Care Partnership");
        Assert.DoesNotContain(extraction.Lines, l => l.Type == RelationshipType.MemberOf && l.To.ExistingId == "wex-ics");
    }

    [Fact]
    public async Task A_lead_in_saying_what_a_body_is_made_up_of_lists_its_members()
    {
        var extraction = await ExtractAsync(
            """
            The Wexcombe Estates Board is made up of:
            - Wexcombe Borough Council
            - Northside Community NHS Trust
            """);

        Line(extraction, RelationshipType.MemberOf, "Wexcombe Borough Council", "Wexcombe Estates Board");
        Line(extraction, RelationshipType.MemberOf, "Northside Community NHS Trust", "Wexcombe Estates Board");
    }

    [Fact]
    public async Task A_sub_body_of_a_board_is_part_of_it_and_a_board_an_acronym_owns_is_read_apart_from_it()
    {
        var extraction = await ExtractAsync(
            "The Wexcombe Locality Board is a Sub-Body of the Wexcombe Health and Wellbeing Board and reports to the ICB’s Wexcombe Place Partnership Board.",
            Icb);

        Line(extraction, RelationshipType.PartOf, "Wexcombe Locality Board", "Wexcombe Health and Wellbeing Board");
        Assert.Contains(extraction.Entities, e => e.Name == "Wexcombe Place Partnership Board");
        Assert.DoesNotContain(extraction.Entities, e => e.Name.Contains("ICB’s", StringComparison.Ordinal));
    }
}
