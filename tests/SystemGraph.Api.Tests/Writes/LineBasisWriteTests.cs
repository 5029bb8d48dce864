using System.Text.Json.Nodes;
using SystemGraph.Api.Auth;

namespace SystemGraph.Api.Tests.Writes;

/// <summary>
/// A line written through the API carries a basis like the seed's (issue #14), held to the seed validator's rules: STATED
/// only when its write cites a quote that stands in the paper's text (QUOTE_NOT_FOUND) and names both its ends, by name,
/// alias or a mentions phrase (QUOTE_DOES_NOT_NAME_END); otherwise INFERRED, with the writer's rationale (or reason).
/// </summary>
public sealed class LineBasisWriteTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    private static readonly string Editor = WriteApi.Token("erin", Roles.Editor);
    private static readonly string Planner = WriteApi.Token("priya", Roles.Planner);

    // An invented paper: its reading creates the group and the board in a scenario; the second paragraph's line (in
    // words the reading does not take, so that it is not already in the scenario) names them only as "The Group" and
    // "the Board".
    private const string Paper = """
        Ashdown Place: Terms of Reference

        1. Governance

        1.1 The Ashdown Quality Group is a sub-committee of the Ashdown Place Board.

        1.2 The Group sends the Board a report each quarter on the quality of care.
        """;

    private const string Link = """
        mutation($from: ID!, $to: ID!, $s: ID!, $d: ID!, $q: String!, $basis: RelationshipBasis, $rationale: String, $mentions: [String!]) {
          linkEntities(input: { from: $from, to: $to, type: REPORTS_TO, scenario: $s, reason: "review", basis: $basis, rationale: $rationale,
                                mentions: $mentions, source: { document: $d, section: "1.2", quote: $q } }) {
            relationship { basis rationale sources { quote } } errors { __typename ... on Error { message } ... on ValidationError { field } } } }
        """;

    [Fact]
    public async Task A_quote_naming_both_ends_makes_a_stated_line_and_a_rationale_an_inferred_one()
    {
        using var client = factory.CreateClient();
        var (document, scenario, group, board) = await IngestAsync(client);

        var stated = (await client.OkAsync(Planner, Link, new { from = group, to = board, s = scenario, d = document,
            q = "The Ashdown Quality Group is a sub-committee of the Ashdown Place Board." }))["linkEntities"]!;
        var inferred = (await client.OkAsync(Editor, """
            mutation { linkEntities(input: { from: "bury-integrated-delivery-collaborative", to: "nhs-greater-manchester-icb", type: REPORTS_TO, reason: "r",
              rationale: "The IDC's reports reach the ICB through the System Board." }) {
              relationship { basis rationale } errors { __typename } } }
            """))["linkEntities"]!;

        Assert.True(stated["errors"] is null, stated.ToJsonString());
        Assert.Equal("STATED", stated["relationship"]!["basis"]!.GetValue<string>());
        Assert.Null(stated["relationship"]!["rationale"]);
        Assert.Equal("INFERRED", inferred["relationship"]!["basis"]!.GetValue<string>());
        Assert.Equal("The IDC's reports reach the ICB through the System Board.", inferred["relationship"]!["rationale"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_stated_line_whose_quote_does_not_name_an_end_is_refused_unless_mentions_name_it()
    {
        using var client = factory.CreateClient();
        var (document, scenario, group, board) = await IngestAsync(client);
        const string quote = "The Group sends the Board a report each quarter on the quality of care.";

        var refused = (await client.OkAsync(Planner, Link, new { from = group, to = board, s = scenario, d = document, q = quote }))["linkEntities"]!;
        var strayMention = (await client.OkAsync(Planner, Link, new { from = group, to = board, s = scenario, d = document, q = quote,
            mentions = new[] { "The Group", "the Committee" } }))["linkEntities"]!;
        var inferred = (await client.OkAsync(Planner, Link, new { from = group, to = board, s = scenario, d = document, q = quote, basis = "INFERRED",
            rationale = "\"The Group\" and \"the Board\" are the paper's short names for the two bodies of para 1.1." }))["linkEntities"]!;

        Assert.Null(refused["relationship"]);
        Assert.Equal("RuleViolationError", refused["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.StartsWith("QUOTE_DOES_NOT_NAME_END: the quote does not name the from end 'Ashdown Quality Group'", refused["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(strayMention["relationship"]);
        Assert.Equal("mentions", strayMention["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Equal("INFERRED", inferred["relationship"]!["basis"]!.GetValue<string>());
    }

    [Fact]
    public async Task Mentions_phrases_in_the_quote_name_the_ends_by_title()
    {
        using var client = factory.CreateClient();
        var (document, scenario, group, board) = await IngestAsync(client);

        var named = (await client.OkAsync(Planner, Link, new { from = group, to = board, s = scenario, d = document,
            q = "The Group sends the Board a report each quarter on the quality of care.", mentions = new[] { "The Group", "the Board" } }))["linkEntities"]!;

        Assert.True(named["errors"] is null, named.ToJsonString());
        Assert.Equal("STATED", named["relationship"]!["basis"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_quote_that_is_not_in_the_papers_text_is_refused()
    {
        using var client = factory.CreateClient();
        var (document, scenario, group, board) = await IngestAsync(client);

        var invented = (await client.OkAsync(Planner, Link, new { from = group, to = board, s = scenario, d = document,
            q = "The Ashdown Quality Group reports to the Ashdown Place Board." }))["linkEntities"]!;
        var seedPaper = (await client.OkAsync(Editor, """
            mutation { linkEntities(input: { from: "healthwatch-bury", to: "bury-locality-system-board", type: REPORTS_TO, reason: "r",
              source: { document: "doc-bury-partnership-2021", section: "8", quote: "Healthwatch Bury reports to the Bury Locality System Board" } }) {
              relationship { id } errors { __typename ... on ValidationError { field } } } }
            """))["linkEntities"]!;

        Assert.Null(invented["relationship"]);
        Assert.Equal("source.quote", invented["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Null(seedPaper["relationship"]);
        Assert.Equal("source.quote", seedPaper["errors"]![0]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_stated_line_without_a_quote_is_refused()
    {
        using var client = factory.CreateClient();
        var refused = await client.OkAsync(Editor, """
            mutation { linkEntities(input: { from: "healthwatch-bury", to: "bury-locality-system-board", type: REPORTS_TO, basis: STATED, reason: "r",
              source: { document: "doc-bury-partnership-2021", section: "8" } }) {
              relationship { id } errors { __typename ... on ValidationError { field } } } }
            """);

        Assert.Null(refused["linkEntities"]!["relationship"]);
        Assert.Equal("ValidationError", refused["linkEntities"]!["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Equal("basis", refused["linkEntities"]!["errors"]![0]!["field"]!.GetValue<string>());
    }

    /// <summary>Brings the invented paper in; its reading creates the group and the board in a new scenario.</summary>
    private static async Task<(string Document, string Scenario, string Group, string Board)> IngestAsync(HttpClient client)
    {
        var ingested = (await client.OkAsync(Planner, """
            mutation($text: String!) { ingestDocument(input: { text: $text, fileName: "ashdown-tor.txt", reason: "New terms of reference" }) {
              document { id } scenario { id } errors { __typename } } }
            """, new { text = Paper }))["ingestDocument"]!;
        Assert.Null(ingested["errors"]);
        var scenario = ingested["scenario"]!["id"]!.GetValue<string>();
        return (ingested["document"]!["id"]!.GetValue<string>(), scenario, await IdAsync(client, "Ashdown Quality Group", scenario), await IdAsync(client, "Ashdown Place Board", scenario));
    }

    private static async Task<string> IdAsync(HttpClient client, string name, string scenario)
    {
        var found = (await client.OkAsync(Planner, "query($t: String!, $s: ID!) { search(text: $t, first: 1, scenario: $s) { entity { id name } } }", new { t = name, s = scenario }))["search"]!;
        Assert.Equal(name, found[0]!["entity"]!["name"]!.GetValue<string>());
        return found[0]!["entity"]!["id"]!.GetValue<string>();
    }
}
