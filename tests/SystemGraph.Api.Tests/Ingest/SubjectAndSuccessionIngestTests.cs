using System.Text.Json.Nodes;
using SystemGraph.Api.Auth;
using SystemGraph.Api.Tests.Writes;

namespace SystemGraph.Api.Tests.Ingest;

/// <summary>
/// Two readings of the eighth pass (issue #20, bench/README "Eighth pass") through ingestDocument over real HTTP, with
/// none of the paper's bodies in the graph: the members a terms of reference lists under "Membership" without naming
/// its body again (the body its head names), and a merger read as SUCCEEDED_BY, the graph's line for a body that
/// another replaces, each a STATED candidate whose quote names both ends.
/// </summary>
public sealed class SubjectAndSuccessionIngestTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    private static readonly string Planner = WriteApi.Token("priya", Roles.Planner);

    private const string Paper = """
        Wexcombe Care Alliance Board Terms of Reference

        Membership

        The core membership consists of:

        Cllr Ann Oakley (Chair)

        Cllr Ben Ash

        Quorum

        Three members.

        History

        NHS Wexcombe North CCG and NHS Wexcombe South CCG were merged to form NHS Oakshire CCG in April 2030.
        """;

    [Fact]
    public async Task Members_under_the_paper_s_own_heading_and_a_merger_come_in_as_stated_candidates()
    {
        using var client = factory.CreateClient();
        var ingested = (await client.OkAsync(Planner, """
            mutation($text: String!) { ingestDocument(input: { text: $text, fileName: "wexcombe-alliance-tor.txt", reason: "New terms of reference" }) {
              lines { basis relationship { type from { name } to { name } sources { quote } } } errors { __typename } } }
            """, new { text = Paper }))["ingestDocument"]!;
        Assert.Null(ingested["errors"]);
        var lines = ingested["lines"]!.AsArray();

        static JsonNode One(JsonArray lines, string type, string from, string to) => Assert.Single(lines, l =>
            l!["relationship"]!["type"]!.GetValue<string>() == type && l["relationship"]!["from"]!["name"]!.GetValue<string>() == from
            && l["relationship"]!["to"]!["name"]!.GetValue<string>() == to)!;

        var chair = One(lines, "CHAIRS", "Cllr Ann Oakley", "Wexcombe Care Alliance Board");
        Assert.Equal("STATED", chair["basis"]!.GetValue<string>());
        var quote = chair["relationship"]!["sources"]![0]!["quote"]!.GetValue<string>();
        Assert.StartsWith("Wexcombe Care Alliance Board", quote, StringComparison.Ordinal);
        Assert.EndsWith("Cllr Ann Oakley (Chair)", quote, StringComparison.Ordinal);
        One(lines, "MEMBER_OF", "Cllr Ben Ash", "Wexcombe Care Alliance Board");
        Assert.DoesNotContain(lines, l => l!["relationship"]!["type"]!.GetValue<string>() == "MEMBER_OF" && l["relationship"]!["from"]!["name"]!.GetValue<string>().Contains("CCG", StringComparison.Ordinal));

        foreach (var merged in new[] { "NHS Wexcombe North CCG", "NHS Wexcombe South CCG" })
        {
            Assert.Equal("STATED", One(lines, "SUCCEEDED_BY", merged, "NHS Oakshire CCG")["basis"]!.GetValue<string>());
        }
    }
}
