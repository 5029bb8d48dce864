using SystemGraph.Graph.Seed.Validation;
using SystemGraph.TestSupport;

namespace SystemGraph.Graph.Tests.Seed;

/// <summary>Which section labels a paper has (seed sections) and which cited sections name one (SECTION_NOT_FOUND).</summary>
public sealed class DocumentSectionsTests
{
    private static readonly string Paper = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "SystemGraph.Graph.Tests", "Seed", "Fixtures", "evidence", "papers", "paper.txt"));

    [Fact]
    public void Labels_are_headings_and_numbered_paragraphs_in_document_order()
    {
        var labels = DocumentSections.Labels(Paper).Select(l => l.Text).ToList();

        Assert.Equal(["Fixture Board Paper", "Executive Summary", "1", "1. Governance", "Governance", "1.1", "1.2", "1.3", "1.4", "1.5", "2", "2. Services", "Services", "Service", "Mental health"], labels);
        Assert.Equal(3, DocumentSections.Labels(Paper).Single(l => l.Text == "Executive Summary").Line);
    }

    [Theory]
    [InlineData("Executive Summary", true)]
    [InlineData("executive  summary:", true)]
    [InlineData("para 1.3", true)]
    [InlineData("1. Governance, item 1.1", true)]
    [InlineData("1.2 (the chair)", true)]
    [InlineData("Governance 1.4", true)]
    [InlineData("cover sheet", false)]
    [InlineData("Appendix 2", false)]
    [InlineData("1.6", false)]
    public void A_cited_section_is_found_when_it_names_a_label(string section, bool found)
    {
        Assert.Equal(found, DocumentSections.IsFound(section, DocumentSections.Keys(Paper)));
    }
}
