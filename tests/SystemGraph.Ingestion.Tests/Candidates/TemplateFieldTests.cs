using SystemGraph.Graph.Model;
using SystemGraph.Ingestion.Candidates;
using SystemGraph.Ingestion.Reading;

namespace SystemGraph.Ingestion.Tests.Candidates;

/// <summary>
/// Lines read from programme templates and headings of an invented system's paper: "Programme: X" with "SRO: Name" and
/// "Lead Officer(s): Name" on the lines after it, subjects known by a short form, and names no one knows yet.
/// </summary>
public sealed class TemplateFieldTests
{
    private static readonly KnownEntity Falls = new("ashby-falls-programme", EntityKind.Programme, "Ashby Falls Prevention Programme", ["Falls Prevention"], null);
    private static readonly KnownEntity Lead = new("priya-nandra", EntityKind.Person, "Priya Nandra", [], null);
    private static readonly KnownEntity Sro = new("tomas-hale", EntityKind.Person, "Tomas Hale", [], null);

    private static async Task<PaperExtraction> ExtractAsync(string text, params KnownEntity[] known) =>
        await PaperExtractor.ExtractAsync(PaperReader.ReadText(text), new EntityCatalog(known), new HashSet<string>(StringComparer.Ordinal), CancellationToken.None);

    [Fact]
    public async Task Fields_on_the_lines_after_a_subject_give_stated_lines_quoted_from_the_subject_to_the_name()
    {
        var extraction = await ExtractAsync("""
            Appendix 2: Work programme templates

            PROGRAMME: Falls Prevention (to include bone health)

            SRO: Tomas Hale

            Lead Officer(s): Priya Nandra

            What will be delivered in the first year is set out below.
            """, Falls, Lead, Sro);

        var leads = Assert.Single(extraction.Lines, l => l.Type == RelationshipType.Leads);
        Assert.Equal(("priya-nandra", "ashby-falls-programme"), (leads.From.Id, leads.To.Id));
        Assert.Equal(RelationshipBasis.Stated, leads.Basis);
        Assert.Equal("Lead Officer", leads.Role);
        Assert.Equal("PROGRAMME: Falls Prevention (to include bone health) SRO: Tomas Hale Lead Officer(s): Priya Nandra", Assert.Single(leads.Sources).Quote);
        var sro = Assert.Single(extraction.Lines, l => l.Type == RelationshipType.SroFor);
        Assert.Equal(("tomas-hale", "ashby-falls-programme"), (sro.From.Id, sro.To.Id));
    }

    [Fact]
    public async Task A_subject_and_people_no_one_knows_are_offered_as_new_entities_named_as_the_template_writes_them()
    {
        var extraction = await ExtractAsync("""
            Workstream: Hospital Discharge (Home First) **SRO:** Oliver Brandt **Lead Officer(s)** Grace O'Neil

            Workstream: Carers Support (see annex b) **Senior Responsible Owner:** Public Health Team
            """);

        var leads = Assert.Single(extraction.Lines, l => l.Type == RelationshipType.Leads);
        Assert.Equal(("Grace O'Neil", EntityKind.Person), (leads.From.Name, leads.From.Kind));
        Assert.Equal(("Hospital Discharge (Home First)", EntityKind.Programme), (leads.To.Name, leads.To.Kind));
        Assert.False(leads.To.IsExisting);
        var sro = Assert.Single(extraction.Lines, l => l.Type == RelationshipType.SroFor);
        Assert.Equal("Oliver Brandt", sro.From.Name);
        Assert.DoesNotContain(extraction.Entities, e => e.Name is "Public Health Team" or "Carers Support (see annex b)");
    }

    [Fact]
    public async Task A_heading_line_that_states_a_line_is_read_like_a_sentence()
    {
        var extraction = await ExtractAsync("""
            Presenting officer: Dr Hana Lisowska, Chair of the Ashby Community Partnership Board

            Purpose of the report

            This report updates members on the work of the partnership over the last quarter.
            """);

        var chairs = Assert.Single(extraction.Lines, l => l.Type == RelationshipType.Chairs);
        Assert.Equal(("Dr Hana Lisowska", "Ashby Community Partnership Board"), (chairs.From.Name, chairs.To.Name));
        Assert.Equal(RelationshipBasis.Stated, chairs.Basis);
    }

    [Fact]
    public async Task A_known_name_that_is_only_the_start_of_a_longer_name_is_no_line_end()
    {
        var partnership = new KnownEntity("ashby-partnership", EntityKind.Organisation, "Ashby Partnership", [], null);
        var group = new KnownEntity("ashby-finance-group", EntityKind.Board, "Ashby Finance Group", [], null);

        var extraction = await ExtractAsync("The Ashby Finance Group reports to the Ashby Partnership Assembly every quarter.", partnership, group);

        // The sentence's end is the Assembly (a body of its own), not the partnership its name starts with.
        Assert.DoesNotContain(extraction.Lines, l => l.To.Id == "ashby-partnership" || l.From.Id == "ashby-partnership");
        Extracting.Line(extraction, RelationshipType.ReportsTo, "ashby-finance-group", "Ashby Partnership Assembly");
    }
}
