using Microsoft.AspNetCore.Hosting;

namespace SystemGraph.Api.Tests.Search;

/// <summary><c>searchEvidence</c> over HTTP: passages of the source papers with the lines that quote them.</summary>
public sealed class SearchEvidenceTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Passages_come_with_their_section_offsets_highlight_and_the_lines_that_quote_them()
    {
        var response = await client.PostAsync("""
            {
              searchEvidence(text: "pooled budgets", first: 5) {
                document { id file } section snippet start end score
                relationships { id sources { document { id } quote } }
                entities { id }
              }
            }
            """);

        Assert.True(response["errors"] is null, response.ToJsonString());
        var passages = response["data"]!["searchEvidence"]!.AsArray();
        Assert.Equal(5, passages.Count);
        Assert.Equal(100, passages[0]!["score"]!.GetValue<double>());
        Assert.All(passages, p =>
        {
            Assert.Contains("<mark>", p!["snippet"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.True(p["start"]!.GetValue<int>() < p["end"]!.GetValue<int>());
            Assert.NotNull(p["document"]!["file"]);
        });
        Assert.Contains(passages, p => p!["relationships"]!.AsArray().Count > 0);
        var skipped = response["extensions"]!["searchEvidence"]!["skippedDocuments"]!.AsArray();
        Assert.Contains(skipped, s => s!["document"]!.GetValue<string>() == "health-and-care-act-2022");
    }

    [Fact]
    public async Task Documents_narrow_the_search_and_bad_text_is_refused()
    {
        var data = await client.DataAsync("""{ searchEvidence(text: "Integrated Delivery Collaborative", documents: ["doc-bury-partnership-2021"]) { document { id } } }""");
        var empty = await client.PostAsync("""{ searchEvidence(text: "  ") { snippet } }""");
        var tooMany = await client.PostAsync("""{ searchEvidence(text: "bury", first: 1000) { snippet } }""");

        Assert.NotEmpty(data["searchEvidence"]!.AsArray());
        Assert.All(data["searchEvidence"]!.AsArray(), p => Assert.Equal("doc-bury-partnership-2021", p!["document"]!["id"]!.GetValue<string>()));
        Assert.Equal("INVALID_ARGUMENT", empty.Code());
        Assert.Equal("INVALID_ARGUMENT", tooMany.Code());
    }
}

/// <summary>Without the papers (<c>Graph:SourcesPath=none</c>) every document is skipped with a note, and nothing fails.</summary>
public sealed class SearchEvidenceWithoutPapersTests(SearchEvidenceWithoutPapersTests.NoPapersFactory factory) : IClassFixture<SearchEvidenceWithoutPapersTests.NoPapersFactory>
{
    [Fact]
    public async Task Every_document_is_skipped_and_noted_in_the_extensions()
    {
        var response = await factory.CreateClient().PostAsync("""{ searchEvidence(text: "pooled budgets") { snippet } }""");

        Assert.True(response["errors"] is null, response.ToJsonString());
        Assert.Empty(response["data"]!["searchEvidence"]!.AsArray());
        Assert.Contains(response["extensions"]!["searchEvidence"]!["skippedDocuments"]!.AsArray(), s => s!["document"]!.GetValue<string>() == "doc-bury-partnership-2021");
    }

    public sealed class NoPapersFactory : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Graph:SourcesPath", "none");
        }
    }
}
