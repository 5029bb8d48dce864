using SystemGraph.Graph.Model;
using SystemGraph.Ingestion.Candidates;
using SystemGraph.Ingestion.Reading;

namespace SystemGraph.Ingestion.Tests.Candidates;

/// <summary>Candidate entities and lines from an invented system's paper: quotes, sections, status, dates, basis, mentions.</summary>
public sealed class ExtractionTests
{
    private static readonly KnownEntity Council = new("riverford-borough-council", EntityKind.Organisation, "Riverford Borough Council", ["RBC"], "E0000");

    private const string Paper = """
        Riverford Partnership: Terms of Reference

        1. Governance

        1.1 The Riverford Quality Committee is a sub-committee of the Riverford Partnership Board.

        1.2 The Riverford Partnership Board is accountable to the Riverford Integrated Care Board from 1 April 2025.

        1.3 The Riverford Finance Group will report to the Riverford Partnership Board under its draft terms of reference.

        1.4 The Riverford Partnership Board is chaired by Cllr Jane Ashdown.

        The membership of the Riverford Partnership Board will be:
        - The Leader of Riverford Borough Council
        - RBC
        - The Director of Public Health of the Council

        2. Agreements

        2.1 The Riverford Alliance Agreement is between Riverford Borough Council and Riverford Community Health NHS Trust.

        2.2 Each Integrated Care Board is accountable to NHS England for its functions.
        """;

    private static async Task<PaperExtraction> ExtractAsync(string text, params KnownEntity[] known) =>
        await PaperExtractor.ExtractAsync(PaperReader.ReadText(text), new EntityCatalog(known), new HashSet<string>(StringComparer.Ordinal), CancellationToken.None);

    private static LineCandidate Line(PaperExtraction extraction, RelationshipType type, string from, string to) =>
        Assert.Single(extraction.Lines, l => l.Type == type && l.From.Name == from && l.To.Name == to);

    [Fact]
    public async Task A_sentence_that_says_a_line_gives_a_stated_line_quoting_it_with_its_section()
    {
        var extraction = await ExtractAsync(Paper, Council);

        var accountable = Line(extraction, RelationshipType.AccountableTo, "Riverford Partnership Board", "Riverford Integrated Care Board");
        Assert.Equal(RelationshipBasis.Stated, accountable.Basis);
        Assert.Equal(RelationshipStatus.InForce, accountable.Status);
        Assert.Equal(new DateOnly(2025, 4, 1), accountable.ValidFrom);
        var source = Assert.Single(accountable.Sources);
        Assert.Equal("1.2", source.Section);
        Assert.Equal("The Riverford Partnership Board is accountable to the Riverford Integrated Care Board from 1 April 2025.", source.Quote);
        Assert.Equal(RelationshipBasis.Stated, Line(extraction, RelationshipType.PartOf, "Riverford Quality Committee", "Riverford Partnership Board").Basis);
    }

    [Fact]
    public async Task The_status_is_read_in_the_papers_words()
    {
        var extraction = await ExtractAsync(Paper, Council);

        var reports = Line(extraction, RelationshipType.ReportsTo, "Riverford Finance Group", "Riverford Partnership Board");
        Assert.Equal(RelationshipStatus.Draft, reports.Status);
        Assert.Equal("draft", reports.StatusNote);
    }

    [Fact]
    public async Task Passive_wording_and_people_by_title_are_read()
    {
        var extraction = await ExtractAsync(Paper, Council);

        var chairs = Line(extraction, RelationshipType.Chairs, "Cllr Jane Ashdown", "Riverford Partnership Board");
        Assert.Equal(EntityKind.Person, chairs.From.Kind);
        Assert.False(chairs.From.IsExisting);
    }

    [Fact]
    public async Task A_list_item_is_quoted_with_its_lead_in_and_matches_known_entities_by_name_alias_and_title()
    {
        var extraction = await ExtractAsync(Paper, Council);

        var members = extraction.Lines.Where(l => l.Type == RelationshipType.MemberOf).ToList();
        var member = Assert.Single(members);
        Assert.Equal("riverford-borough-council", member.From.ExistingId);
        Assert.Equal("The membership of the Riverford Partnership Board will be: - The Leader of Riverford Borough Council", Assert.Single(member.Sources).Quote);
        Assert.Equal(RelationshipStatus.Proposed, member.Status);
        Assert.Contains(extraction.Entities, e => e.ExistingId == "riverford-borough-council" && e.Confidence > 0.8);
    }

    [Fact]
    public async Task Parties_to_an_agreement_are_read_and_class_wording_offers_nothing()
    {
        var extraction = await ExtractAsync(Paper, Council);

        var parties = extraction.Lines.Where(l => l.Type == RelationshipType.PartyTo).Select(l => l.From.Name).Order().ToList();
        Assert.Equal(["Riverford Borough Council", "Riverford Community Health NHS Trust"], parties);
        Assert.All(extraction.Lines.Where(l => l.Type == RelationshipType.PartyTo), l => Assert.Equal(EntityKind.Agreement, l.To.Kind));
        Assert.DoesNotContain(extraction.Lines, l => l.To.Name == "NHS England" || l.From.Name.Contains("Each", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_title_names_the_one_entity_of_the_paper_it_fits_and_is_kept_as_a_mention()
    {
        var extraction = await ExtractAsync("""
            The Riverford Partnership Board is hosted by Riverford Borough Council for its first year.

            1.1 The Council hosts the Riverford Carers Programme on behalf of all partners.
            """, Council);

        var hosts = Line(extraction, RelationshipType.Hosts, "Riverford Borough Council", "Riverford Carers Programme");
        Assert.Equal(["The Council"], hosts.FromMentions);
        Assert.Equal(RelationshipBasis.Stated, hosts.Basis);
    }

    [Fact]
    public async Task A_long_list_of_parties_gives_each_its_own_quote_and_no_quote_supports_more_than_three_pairs()
    {
        var extraction = await ExtractAsync("""
            The Riverford Compact Agreement is between Alder Borough Council, Birch Borough Council, Cedar Borough Council, Damson Borough Council and Elm Borough Council.
            """);

        Assert.Equal(5, extraction.Lines.Count(l => l.Type == RelationshipType.PartyTo));
        var pairsByQuote = extraction.Lines.SelectMany(l => l.Sources.Select(s => (s.Quote, Pair: (l.From.Id, l.To.Id)))).GroupBy(u => u.Quote);
        Assert.All(pairsByQuote, g => Assert.True(g.Select(u => u.Pair).Distinct().Count() <= 3, g.Key));
    }

    [Fact]
    public async Task Delegation_is_read_as_accountability_with_the_reason()
    {
        var extraction = await ExtractAsync("The Riverford Partnership Board has delegated its quality functions to the Riverford Quality Committee.");

        var line = Line(extraction, RelationshipType.AccountableTo, "Riverford Quality Committee", "Riverford Partnership Board");
        Assert.Equal(RelationshipBasis.Inferred, line.Basis);
        Assert.Contains("delegat", line.Rationale, StringComparison.Ordinal);
    }
}
