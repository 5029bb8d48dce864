using SystemGraph.Graph.Model;
using SystemGraph.Ingestion.Candidates;

using static SystemGraph.Ingestion.Tests.Candidates.Extracting;

namespace SystemGraph.Ingestion.Tests.Candidates;

/// <summary>
/// How an invented system's papers name bodies in running text (in lower case, by a short name, with a number or a
/// possessive) and the wordings that go with them: updates from one body to another, partners of a group, the
/// population a body serves, post holders with their bodies in brackets, the lead of a section's work.
/// </summary>
public sealed class RunningTextTests
{
    private static readonly KnownEntity Area = new("wexcombe", EntityKind.Area, "Wexcombe", [], null);

    [Fact]
    public async Task Known_names_written_in_lower_case_are_found_and_updates_from_one_body_to_another_are_reporting()
    {
        var extraction = await ExtractAsync(
            "Provide regular updates to the estates board from the Wexcombe Estates Working Group.",
            new KnownEntity("estates-board", EntityKind.Board, "Estates Board", [], null),
            new KnownEntity("estates-wg", EntityKind.Board, "Wexcombe Estates Working Group", [], null));

        Assert.Equal(RelationshipBasis.Stated, Line(extraction, RelationshipType.ReportsTo, "estates-wg", "estates-board").Basis);
    }

    [Fact]
    public async Task Partners_from_a_list_are_members_and_unnamed_items_are_skipped()
    {
        var extraction = await ExtractAsync(
            """
            NHS Wexcombe CCG commissions the falls service.

            There is a falls prevention working group with partners from CCG, Public Health, Wexcombe Leisure Trust, community services and social care.
            """,
            new KnownEntity("falls-group", EntityKind.Board, "Falls Prevention Working Group", [], null),
            new KnownEntity("wexcombe-ccg", EntityKind.Organisation, "NHS Wexcombe CCG", [], null));

        Line(extraction, RelationshipType.MemberOf, "Wexcombe Leisure Trust", "falls-group");
        Assert.Equal(["CCG"], Line(extraction, RelationshipType.MemberOf, "wexcombe-ccg", "falls-group").FromMentions);
    }

    [Theory]
    [InlineData("The Wexcombe Care Partnership works together to improve the health and wellbeing of the Wexcombe population.")]
    [InlineData("The Wexcombe Care Partnership will strive to improve outcomes for Children and Young People in Wexcombe.")]
    public async Task Working_for_the_people_of_an_area_is_covering_it(string sentence)
    {
        var extraction = await ExtractAsync(sentence, Area);

        Assert.Equal(RelationshipBasis.Stated, Line(extraction, RelationshipType.Covers, "Wexcombe Care Partnership", "wexcombe").Basis);
    }

    [Fact]
    public async Task Only_an_area_is_covered()
    {
        var extraction = await ExtractAsync("The Wexcombe Care Partnership will improve outcomes for people in Wexcombe General Hospital NHS Trust.", Area);

        Assert.DoesNotContain(extraction.Lines, l => l.Type == RelationshipType.Covers);
    }

    [Fact]
    public async Task Post_holders_with_their_bodies_in_brackets_lead_them()
    {
        var extraction = await ExtractAsync(
            "The Primary Care Network Clinical Directors are Dr Ann Oakley (Northside Primary Care Network) and Dr Ben Ash (Southside Primary Care Network).",
            new KnownEntity("north-pcn", EntityKind.Organisation, "Northside Primary Care Network", [], null),
            new KnownEntity("south-pcn", EntityKind.Organisation, "Southside Primary Care Network", [], null));

        Line(extraction, RelationshipType.Leads, "Dr Ann Oakley", "north-pcn");
        Line(extraction, RelationshipType.Leads, "Dr Ben Ash", "south-pcn");
    }

    [Fact]
    public async Task A_body_owned_by_another_in_the_possessive_is_part_of_it_by_inference_only()
    {
        var extraction = await ExtractAsync("The request went to the Wexcombe Health Authority's Data Access Advisory Group, which meets in October.");

        // A possessive says whose the group is, not the kind of line: INFERRED, with the reason.
        var line = Line(extraction, RelationshipType.PartOf, "Data Access Advisory Group", "Wexcombe Health Authority");
        Assert.Equal(RelationshipBasis.Inferred, line.Basis);
        Assert.Contains("possessive", line.Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_short_name_is_the_body_of_that_name_in_an_area_the_paper_names()
    {
        var extraction = await ExtractAsync(
            "The purpose of this report is for the Wexcombe Provider Alliance to provide an update to the Health and Wellbeing Board on its work in Wexcombe.",
            Area,
            new KnownEntity("wexcombe-hwb", EntityKind.Board, "Wexcombe Health and Wellbeing Board", [], null));

        Line(extraction, RelationshipType.ReportsTo, "Wexcombe Provider Alliance", "wexcombe-hwb");
    }

    [Fact]
    public async Task A_known_name_starting_with_a_number_is_matched_whole()
    {
        var extraction = await ExtractAsync(
            """
            The membership of the Wexcombe System Board will be:
            - Leader of the Council
            - Representative of the 3 Primary Care Networks
            """,
            new KnownEntity("wexcombe-pcns", EntityKind.Organisation, "Wexcombe Primary Care Networks", ["3 Primary Care Networks"], null),
            new KnownEntity("pcn-programme", EntityKind.Programme, "Primary Care Networks", [], null));

        Line(extraction, RelationshipType.MemberOf, "wexcombe-pcns", "Wexcombe System Board");
    }

    [Fact]
    public async Task A_participle_after_a_comma_is_not_said_of_the_body_before_it()
    {
        var extraction = await ExtractAsync("Manage the performance of the Wexcombe Care Partnership, accounting to the Wexcombe System Board in this respect.");

        Assert.DoesNotContain(extraction.Lines, l => l.Type == RelationshipType.AccountableTo);
    }

    [Fact]
    public async Task A_name_that_only_says_a_kind_of_body_names_a_known_body_only_where_the_paper_says_whose()
    {
        KnownEntity[] known =
        [
            new("healthwatch-northside", EntityKind.Organisation, "Healthwatch Northside", ["Healthwatch"], null),
            new("northside-partnership-board", EntityKind.Board, "Northside Partnership Board", ["Partnership Board"], null),
        ];
        const string Sentence = "Healthwatch is a member of the Partnership Board and attends every meeting.";

        var elsewhere = await ExtractAsync("Wexcombe update\n\n" + Sentence, known);
        var northside = await ExtractAsync("Northside update\n\n" + Sentence, known);

        Assert.DoesNotContain(elsewhere.Lines, l => l.From.IsExisting || l.To.IsExisting);
        Line(northside, RelationshipType.MemberOf, "healthwatch-northside", "northside-partnership-board");
    }
}
