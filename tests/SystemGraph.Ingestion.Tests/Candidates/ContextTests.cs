using SystemGraph.Graph.Model;
using SystemGraph.Ingestion.Candidates;

using static SystemGraph.Ingestion.Tests.Candidates.Extracting;

namespace SystemGraph.Ingestion.Tests.Candidates;

/// <summary>
/// Lines whose other end an invented paper names by its layout rather than in the sentence: a heading whose work
/// someone leads, an agreement a table cell names before "partners to this are", a name wrapped over two lines,
/// and a list's parts of a programme.
/// </summary>
public sealed class ContextTests
{
    [Fact]
    public async Task Leading_this_work_under_a_heading_leads_the_headings_workstream_quoting_the_heading()
    {
        var extraction = await ExtractAsync(
            """
            Estates Transfer

            The estates held by the old commissioners will pass to new owners next year. Ann Oakley is leading this work and will report in May.
            """,
            new KnownEntity("ann-oakley", EntityKind.Person, "Ann Oakley", [], null),
            new KnownEntity("estates-transfer", EntityKind.Programme, "Wexcombe transition: Estates Transfer", ["Estates Transfer"], null));

        var line = Line(extraction, RelationshipType.Leads, "ann-oakley", "estates-transfer");
        Assert.Equal(RelationshipBasis.Stated, line.Basis);
        Assert.StartsWith("Estates Transfer The estates held", line.Sources[0].Quote, StringComparison.Ordinal);
        Assert.Contains("Ann Oakley is leading this work", line.Sources[^1].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Work_under_a_heading_no_one_knows_is_a_new_workstream_of_that_name()
    {
        var extraction = await ExtractAsync(
            """
            Digital Records

            A shared record is needed before April. The work will be co-ordinated by Dr Ben Ash, Director of Digital from Northside.
            """);

        Assert.Equal(EntityKind.Programme, Line(extraction, RelationshipType.Leads, "Dr Ben Ash", "Digital Records").To.Kind);
    }

    [Fact]
    public async Task Partners_to_this_in_a_table_cell_are_parties_to_the_agreement_the_cell_names_and_a_post_is_no_party()
    {
        var extraction = await ExtractAsync(
            "Governance documents\n\n" +
            "1\tThe Wexcombe Pooled Budget Agreement – the way the pooled budget will be managed. It will set priorities for the year. Partners to this are Council, Northside Trust, and ICS lead.\tTo be developed\n" +
            "2\tThe terms of reference of the Wexcombe System Board\tFirst draft\n\n" +
            "Wexcombe Council and the Northside Trust agreed the approach.",
            new KnownEntity("pooled", EntityKind.Agreement, "Wexcombe Pooled Budget Agreement", [], null),
            new KnownEntity("council", EntityKind.Organisation, "Wexcombe Council", [], null),
            new KnownEntity("northside", EntityKind.Organisation, "Northside Trust", [], null),
            new KnownEntity("ics", EntityKind.Organisation, "ICS", [], null));

        var council = Line(extraction, RelationshipType.PartyTo, "council", "pooled");
        Assert.Equal(["Council"], council.FromMentions);
        Assert.Equal(2, council.Sources.Count);
        Line(extraction, RelationshipType.PartyTo, "northside", "pooled");
        Assert.DoesNotContain(extraction.Lines, l => l.From.ExistingId == "ics");
    }

    [Fact]
    public async Task A_name_wrapped_over_two_lines_of_a_field_is_read_whole()
    {
        var extraction = await ExtractAsync(
            """
            REPORTING OFFICER: Ann Oakley, Chair of the Wexcombe Provider

            Alliance and Chief Executive at Northside Trust

            1.1 This report updates the Board.
            """,
            new KnownEntity("ann-oakley", EntityKind.Person, "Ann Oakley", [], null),
            new KnownEntity("alliance", EntityKind.Board, "Wexcombe Provider Alliance", [], null));

        Line(extraction, RelationshipType.Chairs, "ann-oakley", "alliance");
    }

    [Fact]
    public async Task Programmes_a_programme_encompasses_are_its_parts_and_other_bodies_are_not()
    {
        var extraction = await ExtractAsync(
            "There should be agreement on funding for Wexcombe enabling programmes that would encompass functions such as Wexcombe Innovation Trust, the Digital Skills programme and the Estates programme.",
            new KnownEntity("enabling", EntityKind.Programme, "Wexcombe enabling programmes", [], null),
            new KnownEntity("digital", EntityKind.Programme, "Digital Skills programme", [], null),
            new KnownEntity("estates", EntityKind.Programme, "Estates programme", [], null),
            new KnownEntity("innovation", EntityKind.Organisation, "Wexcombe Innovation Trust", [], null));

        Line(extraction, RelationshipType.PartOf, "digital", "enabling");
        Line(extraction, RelationshipType.PartOf, "estates", "enabling");
        Assert.DoesNotContain(extraction.Lines, l => l.From.ExistingId == "innovation");
    }

    [Fact]
    public async Task A_new_agreement_named_by_a_title_is_declared_with_the_passage_that_names_it_and_its_longest_name_is_meant()
    {
        var extraction = await ExtractAsync(
            """
            1. The Wexcombe Care Alliance Agreement sets out how partners will work together.

            2. The Wexcombe Health and Care System Care Alliance Agreement will be reviewed each year by the partners.

            3. The proposed Agreement is between Wexcombe Borough Council and Northside Community NHS Trust.
            """);

        var party = Line(extraction, RelationshipType.PartyTo, "Wexcombe Borough Council", "Wexcombe Health and Care System Care Alliance Agreement");
        Assert.Equal(["The proposed Agreement"], party.ToMentions);
        Assert.Contains("Wexcombe Health and Care System Care Alliance Agreement", extraction.NewEntitySources[party.To.Id].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_word_that_opens_a_clause_is_no_part_of_a_new_name()
    {
        var extraction = await ExtractAsync("Whilst the Wexcombe Estates Board meets monthly, it reports to the Wexcombe Partnership Board each quarter.");

        Assert.DoesNotContain(extraction.Entities, e => e.Name.StartsWith("Whilst", StringComparison.Ordinal));
        Assert.Contains(extraction.Entities, e => e.Name == "Wexcombe Estates Board");
    }
}
