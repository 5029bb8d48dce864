using System.Text.Json.Nodes;
using SystemGraph.Api.Auth;
using SystemGraph.Api.Tests.Writes;

namespace SystemGraph.Api.Tests.Ingest;

/// <summary>
/// Adding a line the paper's reading missed, over real HTTP: a planner brings in a paper, selects the words that say a
/// membership the rules did not read, gets it suggested with the quote and section to cite, creates the new end and
/// links it in the scenario with the usual mutations; the line then cites the paper and is not suggested again. Words
/// not in the paper, an unknown document and a caller who may not read scenarios are refused with their codes.
/// </summary>
public sealed class SuggestLinesTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    private static readonly string Planner = WriteApi.Token("priya", Roles.Planner);

    private const string Paper = """
        Brackley Place Partnership: Terms of Reference

        1. Governance

        1.1 The Brackley Quality Group is a sub-committee of the Brackley Place Partnership Board.

        2. Partners

        2.1 The Brackley Place Partnership Board brings the partners of the place together. Working with us are Brackley District Council
        and the Brackley Community Health NHS Trust, each sending a senior leader to its meetings.
        """;

    private const string Selected = "The Brackley Place Partnership Board brings the partners of the place together. Working with us are Brackley District Council";

    private const string Suggest = """
        query($d: ID!, $q: String!, $s: ID, $ends: [ID!]) {
          suggestLines(document: $d, quote: $q, scenario: $s, ends: $ends) {
            section start end
            lines {
              type basis rationale quote section confidence byRule reading status
              from { id kind name existing } to { id kind name existing }
            }
          }
        }
        """;

    private async Task<(string Document, string Scenario, JsonNode Ingested)> IngestAsync(HttpClient client)
    {
        var ingested = (await client.OkAsync(Planner, """
            mutation($text: String!) { ingestDocument(input: { text: $text, fileName: "brackley-tor.txt", reason: "New terms of reference" }) {
              document { id } scenario { id } lines { relationship { type from { name } to { name } } } errors { __typename } } }
            """, new { text = Paper }))["ingestDocument"]!;
        Assert.Null(ingested["errors"]);
        return (ingested["document"]!["id"]!.GetValue<string>(), ingested["scenario"]!["id"]!.GetValue<string>(), ingested);
    }

    [Fact]
    public async Task A_planner_adds_a_membership_the_reading_missed_from_the_words_that_say_it()
    {
        using var client = factory.CreateClient();
        var (document, scenario, ingested) = await IngestAsync(client);
        Assert.DoesNotContain(ingested["lines"]!.AsArray(), l => l!["relationship"]!["type"]!.GetValue<string>() == "MEMBER_OF");

        var suggested = (await client.OkAsync(Planner, Suggest, new { d = document, q = Selected, s = scenario }))["suggestLines"]!;
        var suggestions = suggested["lines"]!.AsArray();
        var text = (await client.OkAsync(Planner, "query($d: ID!, $s: ID) { entity(id: $d, scenario: $s) { ... on Document { text } } }", new { d = document, s = scenario }))["entity"]!["text"]!.GetValue<string>();
        Assert.Equal("2.1", suggested["section"]!.GetValue<string>());
        Assert.Equal(Selected, string.Join(' ', text[suggested["start"]!.GetValue<int>()..suggested["end"]!.GetValue<int>()].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));

        var top = suggestions[0]!;
        Assert.Equal("MEMBER_OF", top["type"]!.GetValue<string>());
        Assert.Equal("Brackley District Council", top["from"]!["name"]!.GetValue<string>());
        Assert.False(top["from"]!["existing"]!.GetValue<bool>());
        Assert.Equal("Brackley Place Partnership Board", top["to"]!["name"]!.GetValue<string>());
        Assert.True(top["to"]!["existing"]!.GetValue<bool>()); // the reading created it in the scenario
        Assert.Equal("STATED", top["basis"]!.GetValue<string>());
        Assert.Equal(Selected, top["quote"]!.GetValue<string>());
        Assert.Equal("2.1", top["section"]!.GetValue<string>());
        Assert.False(top["byRule"]!.GetValue<bool>());
        Assert.InRange(top["confidence"]!.GetValue<double>(), 0.1, 0.75);

        // Create the new end, then the line, citing what was suggested.
        var created = await client.OkAsync(Planner, """
            mutation($id: ID!, $name: String!, $s: ID!, $d: ID!, $q: String!, $sec: String!) {
              createEntity(input: { id: $id, kind: ORGANISATION, name: $name, scenario: $s, reason: "Named as a partner",
                                    source: { document: $d, section: $sec, quote: $q } }) { entity { id } errors { __typename ... on Error { message } } } }
            """, new { id = top["from"]!["id"]!.GetValue<string>(), name = top["from"]!["name"]!.GetValue<string>(), s = scenario, d = document, q = top["quote"]!.GetValue<string>(), sec = top["section"]!.GetValue<string>() });
        Assert.Null(created["createEntity"]!["errors"]);
        var council = created["createEntity"]!["entity"]!["id"]!.GetValue<string>();
        var linked = await client.OkAsync(Planner, """
            mutation($from: ID!, $to: ID!, $s: ID!, $d: ID!, $q: String!, $sec: String!) {
              linkEntities(input: { from: $from, to: $to, type: MEMBER_OF, status: IN_FORCE, scenario: $s, reason: "Missed by the reading",
                                    source: { document: $d, section: $sec, quote: $q } }) {
                relationship { id basis sources { section quote document { id } } } audit { author operation } errors { __typename ... on Error { message } } } }
            """, new { from = council, to = top["to"]!["id"]!.GetValue<string>(), s = scenario, d = document, q = top["quote"]!.GetValue<string>(), sec = top["section"]!.GetValue<string>() });

        var line = linked["linkEntities"]!;
        Assert.Null(line["errors"]);
        Assert.Equal("STATED", line["relationship"]!["basis"]!.GetValue<string>());
        Assert.Equal(document, line["relationship"]!["sources"]![0]!["document"]!["id"]!.GetValue<string>());
        Assert.Equal("priya", line["audit"]!["author"]!.GetValue<string>());
        var diff = await client.OkAsync(Planner, "query($s: ID!) { scenarioDiff(scenario: $s) { relationship { id } } }", new { s = scenario });
        Assert.Contains(diff["scenarioDiff"]!.AsArray(), c => c!["relationship"]?["id"]?.GetValue<string>() == line["relationship"]!["id"]!.GetValue<string>());

        // The line is in the scenario now: not suggested again; in the baseline, nothing was written.
        var again = (await client.OkAsync(Planner, Suggest, new { d = (string?)document, q = Selected, s = scenario }))["suggestLines"]!["lines"]!.AsArray();
        Assert.DoesNotContain(again, s => s!["type"]!.GetValue<string>() == "MEMBER_OF" && s["from"]!["id"]!.GetValue<string>() == council
            && s["to"]!["id"]!.GetValue<string>() == top["to"]!["id"]!.GetValue<string>());
        Assert.Null((await client.OkAsync(null, "query($id: ID!) { entity(id: $id) { id } }", new { id = council }))["entity"]);
    }

    [Fact]
    public async Task A_body_the_reviewer_chooses_is_the_other_end_of_what_the_words_say()
    {
        using var client = factory.CreateClient();
        var (document, scenario, ingested) = await IngestAsync(client);
        var board = (await client.OkAsync(Planner, "query($s: ID!) { search(text: \"Brackley Place Partnership Board\", first: 1, scenario: $s) { entity { id name } } }", new { s = scenario }))
            ["search"]![0]!["entity"]!;
        Assert.Equal("Brackley Place Partnership Board", board["name"]!.GetValue<string>());
        // "each sending a senior leader to its meetings": "its" is the board; these words do not name it.
        const string words = "and the Brackley Community Health NHS Trust, each sending a senior leader to its meetings";

        var suggestions = (await client.OkAsync(Planner, Suggest, new { d = document, q = words, s = scenario, ends = new[] { board["id"]!.GetValue<string>() } }))
            ["suggestLines"]!["lines"]!.AsArray();
        var (_, tooMany, response) = await client.SendAsync(Planner, Suggest, new { d = document, q = words, s = scenario, ends = new[] { "a", "b", "c" } });
        response.Dispose();

        var top = suggestions[0]!;
        Assert.Equal("MEMBER_OF", top["type"]!.GetValue<string>());
        Assert.Equal("Brackley Community Health NHS Trust", top["from"]!["name"]!.GetValue<string>());
        Assert.Equal(board["id"]!.GetValue<string>(), top["to"]!["id"]!.GetValue<string>());
        Assert.Equal("INFERRED", top["basis"]!.GetValue<string>());
        Assert.StartsWith("The reviewer chose Brackley Place Partnership Board as an end", top["rationale"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("INVALID_ARGUMENT", tooMany.Code());
    }

    [Fact]
    public async Task Words_not_in_the_paper_an_unknown_document_and_a_reader_are_refused_with_their_codes()
    {
        using var client = factory.CreateClient();
        var (document, scenario, _) = await IngestAsync(client);

        var (_, notInPaper, r1) = await client.SendAsync(Planner, Suggest, new { d = document, q = "Brackley District Council chairs the Moon", s = scenario });
        r1.Dispose();
        var (_, tooLong, r2) = await client.SendAsync(Planner, Suggest, new { d = document, q = new string('a', 4001), s = scenario });
        r2.Dispose();
        var (_, unknown, r3) = await client.SendAsync(Planner, Suggest, new { d = "doc-no-such-paper", q = Selected, s = scenario });
        r3.Dispose();
        var (_, reader, r4) = await client.SendAsync(WriteApi.Token("rhys", Roles.Reader), Suggest, new { d = document, q = Selected, s = (string?)null });
        r4.Dispose();

        Assert.Equal("INVALID_ARGUMENT", notInPaper.Code());
        Assert.Contains("not in the text", notInPaper["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("INVALID_ARGUMENT", tooLong.Code());
        Assert.Equal("NOT_FOUND", unknown.Code());
        Assert.Equal(SystemGraph.GraphQL.Error.ErrorCodes.NotAuthorized, reader.Code());
    }

    [Fact]
    public async Task On_a_seed_paper_the_words_are_read_from_its_file_and_lines_the_graph_holds_are_not_suggested_again()
    {
        using var client = factory.CreateClient();
        // The Bury paper: a seed Document whose text the server reads from ../shared/seeds; its membership list is in the seed.
        var text = (await client.OkAsync(Planner, "{ entity(id: \"doc-bury-partnership-2021\") { ... on Document { text } } }"))["entity"]!["text"]!.GetValue<string>();
        var start = text.IndexOf("5. Bury System Board", StringComparison.Ordinal);
        var selected = text[start..(text.IndexOf("Senior Officer Pennine Care", start, StringComparison.Ordinal) + "Senior Officer Pennine Care".Length)];
        var held = (await client.OkAsync(null, """
            { entity(id: "bury-locality-system-board") { relationships(direction: INBOUND, types: [MEMBER_OF]) { from { id } } } }
            """))["entity"]!["relationships"]!.AsArray().Select(r => r!["from"]!["id"]!.GetValue<string>()).ToList();

        var suggestions = (await client.OkAsync(Planner, Suggest, new { d = "doc-bury-partnership-2021", q = selected, s = (string?)null }))["suggestLines"]!["lines"]!.AsArray();

        Assert.NotEmpty(held);
        Assert.NotEmpty(suggestions);
        Assert.DoesNotContain(suggestions, s => s!["type"]!.GetValue<string>() == "MEMBER_OF" && s["to"]!["id"]!.GetValue<string>() == "bury-locality-system-board"
            && held.Contains(s["from"]!["id"]!.GetValue<string>()));
        var folded = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Assert.All(suggestions, s => Assert.Contains(s!["quote"]!.GetValue<string>(), folded, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_document_longer_than_papers_may_be_is_refused_with_a_clear_code_not_an_internal_error()
    {
        using var small = new SmallTextLimitFactory();
        using var client = small.CreateClient();

        var (_, body, response) = await client.SendAsync(Planner, Suggest, new { d = "doc-bury-partnership-2021", q = "Bury System Board", s = (string?)null });
        response.Dispose();

        Assert.Equal("INVALID_ARGUMENT", body.Code());
        Assert.Contains("cannot be read for suggestions", body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    /// <summary>The write API with papers limited to 2,000 characters of text: the Bury paper is longer.</summary>
    private sealed class SmallTextLimitFactory : WriteApiFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Ingestion:MaxTextChars", "2000");
        }
    }
}
