using System.Text.Json.Nodes;
using SystemGraph.Api.Auth;
using SystemGraph.Api.Tests.Writes;

namespace SystemGraph.Api.Tests.Ingest;

/// <summary>
/// Lines the learnt ranker offers beside the rules' (issue #20, bench/README "Seventh pass"), over real HTTP: with the
/// bodies in the graph, a membership wording no rule reads comes in as a candidate marked byRule: false, with the
/// attribute candidateReadBy: ranker on the line; with Ingestion:RankedLines=false the candidates are the rules' alone.
/// </summary>
public sealed class RankedLinesTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    private static readonly string Planner = WriteApi.Token("priya", Roles.Planner);
    private static readonly string Editor = WriteApi.Token("erin", Roles.Editor);

    private const string Paper = """
        Brackley Place Partnership: Terms of Reference

        1. Partners

        1.1 Brackley District Council and the Brackley Community Health NHS Trust are represented on the Brackley Place Partnership Board as partners.
        """;

    [Fact]
    public async Task A_wording_no_rule_reads_comes_in_as_a_ranked_candidate_marked_for_the_reviewer()
    {
        using var client = factory.CreateClient();
        await BodiesAsync(client);

        var lines = await IngestAsync(client);

        var ranked = lines.Where(l => !l!["byRule"]!.GetValue<bool>()).ToList();
        Assert.Equal(2, ranked.Count);
        Assert.All(ranked, l =>
        {
            Assert.Equal("MEMBER_OF", l!["relationship"]!["type"]!.GetValue<string>());
            Assert.Equal("Brackley Place Partnership Board", l["relationship"]!["to"]!["name"]!.GetValue<string>());
            Assert.Equal("STATED", l["basis"]!.GetValue<string>());
            Assert.InRange(l["confidence"]!.GetValue<double>(), 0.35, 0.5);
            Assert.Contains(l["relationship"]!["attributes"]!.AsArray(), a => a!["name"]!.GetValue<string>() == "candidateReadBy" && a["value"]!.GetValue<string>() == "ranker");
        });
    }

    [Fact]
    public async Task Turned_off_the_candidates_are_the_rules_alone()
    {
        using var off = new RankedLinesOffFactory();
        using var client = off.CreateClient();
        await BodiesAsync(client);

        var lines = await IngestAsync(client);

        Assert.DoesNotContain(lines, l => !l!["byRule"]!.GetValue<bool>());
    }

    /// <summary>The three bodies the paper names, created in the baseline so the reading finds them by name.</summary>
    private static async Task BodiesAsync(HttpClient client)
    {
        foreach (var (kind, name) in new[] { ("BOARD", "Brackley Place Partnership Board"), ("ORGANISATION", "Brackley District Council"), ("ORGANISATION", "Brackley Community Health NHS Trust") })
        {
            var created = await client.OkAsync(Editor, """
                mutation($kind: EntityKind!, $name: String!) { createEntity(input: { kind: $kind, name: $name, reason: "test bodies", rationale: "An invented body for the ranker's test." }) {
                  entity { id } errors { __typename ... on Error { message } } } }
                """, new { kind, name });
            Assert.Null(created["createEntity"]!["errors"]);
        }
    }

    private static async Task<JsonArray> IngestAsync(HttpClient client)
    {
        var ingested = (await client.OkAsync(Planner, """
            mutation($text: String!) { ingestDocument(input: { text: $text, fileName: "brackley-tor.txt", reason: "New terms of reference" }) {
              lines { basis confidence byRule relationship { type from { name } to { name } attributes { name value } } } errors { __typename } } }
            """, new { text = Paper }))["ingestDocument"]!;
        Assert.Null(ingested["errors"]);
        return ingested["lines"]!.AsArray();
    }

    /// <summary>The write API with the ranker's lines turned off.</summary>
    private sealed class RankedLinesOffFactory : WriteApiFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Ingestion:RankedLines", "false");
        }
    }
}
