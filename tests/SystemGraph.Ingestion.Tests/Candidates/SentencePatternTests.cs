using SystemGraph.Graph.Model;
using SystemGraph.Ingestion.Candidates;
using SystemGraph.Ingestion.Reading;

namespace SystemGraph.Ingestion.Tests.Candidates;

/// <summary>Sentence wordings of an invented system's papers: reporting by updates, answerability, population served, functions moving.</summary>
public sealed class SentencePatternTests
{
    private static readonly KnownEntity Area = new("wexcombe", EntityKind.Area, "Wexcombe", [], null);
    private static readonly KnownEntity Function = new("wexcombe-continuing-healthcare", EntityKind.Function, "Continuing Healthcare Assessment", [], null);

    private static async Task<PaperExtraction> ExtractAsync(string text, params KnownEntity[] known) =>
        await PaperExtractor.ExtractAsync(PaperReader.ReadText(text), new EntityCatalog(known), new HashSet<string>(StringComparer.Ordinal), CancellationToken.None);

    private static LineCandidate Line(PaperExtraction extraction, RelationshipType type, string from, string to) =>
        Assert.Single(extraction.Lines, l => l.Type == type && l.From.Name == from && l.To.Name == to);

    [Theory]
    [InlineData("The Wexcombe Estates Group will provide quarterly progress reports to the Wexcombe Partnership Board.")]
    [InlineData("The Wexcombe Estates Group gives regular updates to the Wexcombe Partnership Board on its work.")]
    [InlineData("In future the Wexcombe Estates Group is to submit an assurance report to the Wexcombe Partnership Board.")]
    public async Task Updates_and_reports_provided_to_a_body_are_a_reporting_line(string sentence)
    {
        var extraction = await ExtractAsync(sentence);

        Assert.Equal(RelationshipBasis.Stated, Line(extraction, RelationshipType.ReportsTo, "Wexcombe Estates Group", "Wexcombe Partnership Board").Basis);
    }

    [Theory]
    [InlineData("The Wexcombe Estates Group is answerable to the Wexcombe Partnership Board for its decisions.")]
    [InlineData("The Wexcombe Estates Group will be directly responsible to the Wexcombe Partnership Board.")]
    public async Task Answerable_and_responsible_to_a_body_are_accountability(string sentence)
    {
        var extraction = await ExtractAsync(sentence);

        Assert.Equal(RelationshipBasis.Stated, Line(extraction, RelationshipType.AccountableTo, "Wexcombe Estates Group", "Wexcombe Partnership Board").Basis);
    }

    [Fact]
    public async Task Responsible_for_is_no_accountability()
    {
        var extraction = await ExtractAsync("The Wexcombe Estates Group is responsible for the Wexcombe Partnership Board's buildings.");

        Assert.DoesNotContain(extraction.Lines, l => l.Type == RelationshipType.AccountableTo);
    }

    [Fact]
    public async Task Acting_for_the_population_of_an_area_is_covering_it()
    {
        var extraction = await ExtractAsync("The Wexcombe Partnership Board plans services on behalf of the population of Wexcombe and its villages.", Area);

        Assert.Equal(RelationshipBasis.Stated, Line(extraction, RelationshipType.Covers, "Wexcombe Partnership Board", "Wexcombe").Basis);
    }

    [Fact]
    public async Task A_function_said_to_transfer_to_a_body_is_a_transfer_with_its_date()
    {
        var extraction = await ExtractAsync(
            "Continuing Healthcare Assessment will transfer to the Wexcombe Integrated Care Board from 1 July 2026, subject to approval.", Function);

        var transfer = Line(extraction, RelationshipType.TransfersTo, "Continuing Healthcare Assessment", "Wexcombe Integrated Care Board");
        Assert.Equal(RelationshipBasis.Stated, transfer.Basis);
        Assert.Equal(new DateOnly(2026, 7, 1), transfer.ValidFrom);
    }

    [Fact]
    public async Task A_body_said_to_move_to_another_is_no_transfer()
    {
        var extraction = await ExtractAsync("The Wexcombe Estates Group will move to the Wexcombe Partnership Board offices next year.");

        Assert.DoesNotContain(extraction.Lines, l => l.Type == RelationshipType.TransfersTo);
    }

    [Fact]
    public async Task Each_party_of_a_long_list_is_quoted_up_to_its_own_name_and_a_staged_title_names_the_agreement()
    {
        var extraction = await ExtractAsync("""
            Wexcombe partnership update

            1.1 The Wexcombe Care Compact Agreement was signed by the partners in May.

            1.2 The proposed Agreement is between Alder Borough Council, Birch Borough Council, Cedar Borough Council, Damson Borough Council and Elm Borough Council.
            """, new KnownEntity("wexcombe-compact", EntityKind.Agreement, "Wexcombe Care Compact Agreement", [], null));

        var parties = extraction.Lines.Where(l => l.Type == RelationshipType.PartyTo).ToList();
        Assert.Equal(5, parties.Count);
        Assert.All(parties, p => Assert.Equal("wexcombe-compact", p.To.ExistingId));
        Assert.All(parties, p => Assert.Equal(["The proposed Agreement"], p.ToMentions));
        var cedar = Assert.Single(parties, p => p.From.Name == "Cedar Borough Council");
        Assert.Equal("The proposed Agreement is between Alder Borough Council, Birch Borough Council, Cedar Borough Council", Assert.Single(cedar.Sources).Quote);
    }

    [Fact]
    public async Task Something_reported_to_a_body_is_no_reporting_line_of_the_body_named_before_it()
    {
        var extraction = await ExtractAsync("The plan went to the Wexcombe Estates Group in May and, as reported to the Wexcombe Partnership Board in June, was agreed.");

        Assert.DoesNotContain(extraction.Lines, l => l.Type == RelationshipType.ReportsTo);
    }
}
