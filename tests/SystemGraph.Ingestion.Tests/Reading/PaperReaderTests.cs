using SystemGraph.Ingestion.Reading;
using SystemGraph.Ingestion.Text;

namespace SystemGraph.Ingestion.Tests.Reading;

/// <summary>Every format reads into the one text model: the text kept whole, sections, sentences, lists with their lead-in, tables, metadata.</summary>
public sealed class PaperReaderTests
{
    [Fact]
    public void Plain_text_gives_sections_sentences_lists_with_lead_ins_and_tables()
    {
        var paper = PaperReader.ReadText("""
            Meeting Date	3 February 2025
            Title	Riverford Partnership: Terms of Reference

            1. Purpose

            1.1 The Riverford Partnership Board leads the place plan. It meets every other month.

            The membership of the Riverford Partnership Board will be:
            - The Leader of Riverford Borough Council
            - The Chief Executive of Riverford Community Health NHS Trust

            Item	Document	Status
            1	Terms of reference	Draft
            """);

        Assert.Equal("Riverford Partnership: Terms of Reference", paper.Metadata.Title);
        Assert.Equal(new DateOnly(2025, 2, 3), paper.Metadata.PublishedOn);
        Assert.Contains(paper.Sections, s => s.Label == "1. Purpose");
        Assert.Contains(paper.Sections, s => s.Label == "1.1");
        var sentences = paper.Passages.Where(p => p.Kind == PassageKind.Sentence).Select(p => p.Text).ToList();
        Assert.Contains("The Riverford Partnership Board leads the place plan.", sentences);
        Assert.Contains("It meets every other month.", sentences);
        var list = Assert.Single(paper.Lists);
        Assert.Equal("The membership of the Riverford Partnership Board will be:", list.LeadIn);
        Assert.Equal(["The Leader of Riverford Borough Council", "The Chief Executive of Riverford Community Health NHS Trust"], list.Items);
        var table = paper.Tables[^1];
        Assert.Equal(["Item", "Document", "Status"], table.Rows[0]);
        Assert.Equal("Draft", table.Rows[1][2]);
        Assert.All(paper.Passages, p => Assert.Contains(p.Text.Split(' ')[0], paper.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void A_list_after_a_colon_needs_no_markers()
    {
        var paper = PaperReader.ReadText("The members of the Joint Group are:\n\nRiverford Borough Council\nRiverford Community Health NHS Trust\n\nThe group meets monthly in public.");

        Assert.Equal(["Riverford Borough Council", "Riverford Community Health NHS Trust"], Assert.Single(paper.Lists).Items);
    }

    [Fact]
    public void A_pdf_reads_into_lines_and_paragraphs_with_its_title()
    {
        var pdf = PaperFiles.Pdf("Riverford Terms of Reference", "1. Governance", "", "The Riverford Quality Committee reports to the", "Riverford Partnership Board every quarter.");

        var paper = PaperReader.Read(pdf, "tor.pdf", new PaperMetadata(Publisher: "Riverford Borough Council"));

        Assert.Equal("Riverford Terms of Reference", paper.Metadata.Title);
        Assert.Equal("Riverford Borough Council", paper.Metadata.Publisher);
        Assert.Contains("The Riverford Quality Committee reports to the Riverford Partnership Board every quarter.", paper.Passages.Select(p => p.Text));
        Assert.Contains(paper.Sections, s => s.Label == "1. Governance");
    }

    [Fact]
    public void A_docx_keeps_headings_lists_and_tables()
    {
        var docx = PaperFiles.Docx("Riverford Partnership Board", ["The board meets every other month in public."], ["Riverford Borough Council", "Riverford Community Health NHS Trust"],
            [["Member", "Role"], ["Riverford Borough Council", "Host"]], title: "Board terms");

        var paper = PaperReader.Read(docx, "terms.docx");

        Assert.Equal("Board terms", paper.Metadata.Title);
        Assert.Contains(paper.Sections, s => s.Label == "Riverford Partnership Board");
        Assert.Equal(["Riverford Borough Council", "Riverford Community Health NHS Trust"], Assert.Single(paper.Lists).Items);
        Assert.Equal("Host", Assert.Single(paper.Tables).Rows[1][1]);
    }

    [Fact]
    public void Html_reads_headings_lists_and_tables_and_drops_scripts_and_links()
    {
        var html = PaperFiles.Utf8("""
            <!DOCTYPE html><html><head><title>Riverford ToR</title><meta name="publisher" content="Riverford Borough Council">
            <script>fetch('https://example.invalid/x')</script></head>
            <body><h1>1. Purpose</h1><p>The Riverford Partnership Board leads the place plan.</p>
            <ul><li>Riverford Borough Council</li><li>Riverford Community Health NHS Trust</li></ul>
            <img src="https://example.invalid/track.png"><script>document.write('injected')</script>
            <table><tr><th>Member</th><th>Role</th></tr><tr><td>Riverford Borough Council</td><td>Host</td></tr></table></body></html>
            """);

        var paper = PaperReader.Read(html, "tor.html");

        Assert.Equal("Riverford ToR", paper.Metadata.Title);
        Assert.Equal("Riverford Borough Council", paper.Metadata.Publisher);
        Assert.Contains(paper.Sections, s => s.Label == "1. Purpose");
        Assert.Equal(2, Assert.Single(paper.Lists).Items.Count);
        Assert.Equal("Host", Assert.Single(paper.Tables).Rows[1][1]);
        Assert.DoesNotContain("injected", paper.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("fetch", paper.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_date_the_paper_states_wins_over_the_one_given()
    {
        var stated = PaperReader.ReadText("Riverford Partnership Board, 12 April 2024\n\nThe board met.", new PaperMetadata(PublishedOn: new DateOnly(2020, 1, 1)));
        var given = PaperReader.ReadText("The board met and agreed its plan.", new PaperMetadata(PublishedOn: new DateOnly(2020, 1, 1)));

        Assert.Equal(new DateOnly(2024, 4, 12), stated.Metadata.PublishedOn);
        Assert.Equal(new DateOnly(2020, 1, 1), given.Metadata.PublishedOn);
    }
}
