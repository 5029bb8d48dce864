using System.Text.Json.Nodes;
using SystemGraph.Api.Auth;
using SystemGraph.Api.Tests.Writes;

namespace SystemGraph.Api.Tests.Ingest;

/// <summary>
/// Bringing in a paper over real HTTP: a planner uploads a PDF board paper from an invented system, sees the candidate
/// lines with their quotes in the scenario (scenarioDiff), fixes two with the usual mutations, an editor promotes, and
/// the new lines answer in accountability chains and org charts with the paper as their source. A paper that cannot be
/// read is refused with its code and nothing is created.
/// </summary>
public sealed class IngestDocumentTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    private static readonly string Planner = WriteApi.Token("priya", Roles.Planner);
    private static readonly string Editor = WriteApi.Token("erin", Roles.Editor);

    private const string Ingest = """
        mutation($file: String!, $name: String!) {
          ingestDocument(input: { file: $file, fileName: $name, reason: "New terms of reference published",
                                  metadata: { title: "Riverford Place Partnership: Terms of Reference", publisher: "Riverford Borough Council", publishedOn: "2025-03-14" } }) {
            document { id name publishedOn text }
            scenario { id createdBy changeCount }
            entities { id name existing confidence matchedText }
            lines { basis confidence relationship { id type version status from { id name } to { id name } sources { section quote } } }
            audit { author operation }
            errors { __typename ... on Error { message } ... on DocumentReadError { code } }
          }
        }
        """;

    [Fact]
    public async Task A_planner_brings_in_a_pdf_paper_fixes_two_lines_and_an_editor_promotes_them_into_chains_and_org_charts()
    {
        using var client = factory.CreateClient();
        var pdf = BoardPaperPdf.Write(
            "1. Governance of the Riverford Partnership",
            "",
            "1.1 The Riverford Quality Committee is a sub-committee of the Riverford Partnership Board.",
            "",
            "1.2 The Riverford Partnership Board is accountable to the Riverford Integrated Care Board for the place plan.",
            "",
            "1.3 The Riverford Quality Committee will report to the Riverford Partnership Board every quarter.",
            "",
            "1.4 The Riverford Finance Group reports to the Riverford Partnership Board on the pooled budget.");

        var ingested = (await client.OkAsync(Planner, Ingest, new { file = Convert.ToBase64String(pdf), name = "riverford-tor.pdf" }))["ingestDocument"]!;

        Assert.Null(ingested["errors"]);
        var documentId = ingested["document"]!["id"]!.GetValue<string>();
        Assert.Equal("2025-03-14", ingested["document"]!["publishedOn"]!.GetValue<string>());
        Assert.Contains("is accountable to the Riverford Integrated Care Board", ingested["document"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("priya", ingested["audit"]!["author"]!.GetValue<string>());
        Assert.Equal("ingestDocument", ingested["audit"]!["operation"]!.GetValue<string>());
        var scenario = ingested["scenario"]!["id"]!.GetValue<string>();
        var lines = ingested["lines"]!.AsArray().Select(l => l!).ToList();
        JsonNode Line(string type, string fromName) => lines.Single(l => l["relationship"]!["type"]!.GetValue<string>() == type
            && l["relationship"]!["from"]!["name"]!.GetValue<string>() == fromName)["relationship"]!;

        var accountable = Line("ACCOUNTABLE_TO", "Riverford Partnership Board");
        Assert.Equal("Riverford Integrated Care Board", accountable["to"]!["name"]!.GetValue<string>());
        Assert.Equal("1.2", accountable["sources"]![0]!["section"]!.GetValue<string>());
        Assert.Equal("The Riverford Partnership Board is accountable to the Riverford Integrated Care Board for the place plan.", accountable["sources"]![0]!["quote"]!.GetValue<string>());
        Assert.All(lines, l => Assert.Equal("STATED", l!["basis"]!.GetValue<string>()));
        var willReport = Line("REPORTS_TO", "Riverford Quality Committee");
        Assert.Equal("PROPOSED", willReport["status"]!.GetValue<string>());
        Assert.Equal("PART_OF", Line("PART_OF", "Riverford Quality Committee")["type"]!.GetValue<string>());
        var financeGroup = Line("REPORTS_TO", "Riverford Finance Group");
        Assert.Contains(ingested["entities"]!.AsArray(), e => e!["name"]!.GetValue<string>() == "Riverford Finance Group" && !e["existing"]!.GetValue<bool>());

        // Nothing reaches the baseline before promotion; the diff shows every line with its quote.
        var diff = await client.OkAsync(Planner, "query($s: ID!) { scenarioDiff(scenario: $s) { target relationship { type sources { quote document { id } } } } }", new { s = scenario });
        var diffLines = diff["scenarioDiff"]!.AsArray().Where(c => c!["target"]!.GetValue<string>() == "RELATIONSHIP").ToList();
        Assert.Equal(lines.Count, diffLines.Count);
        Assert.All(diffLines, c => Assert.Equal(documentId, c!["relationship"]!["sources"]![0]!["document"]!["id"]!.GetValue<string>()));
        var baseline = await client.OkAsync(null, "query($id: ID!) { entity(id: $id) { id } }", new { id = documentId });
        Assert.Null(baseline["entity"]);

        // Fix two: the quarterly reporting line is agreed (minutes), and the finance group's name is completed.
        var agreed = await client.OkAsync(Planner, """
            mutation($id: ID!, $s: ID!, $d: ID!) { changeRelationshipStatus(input: { id: $id, status: AGREED, expectedVersion: 1, scenario: $s,
              reason: "Agreed at the March meeting", source: { document: $d, section: "1.3" } }) { relationship { status } errors { __typename } } }
            """, new { id = willReport["id"]!.GetValue<string>(), s = scenario, d = documentId });
        Assert.Equal("AGREED", agreed["changeRelationshipStatus"]!["relationship"]!["status"]!.GetValue<string>());
        var renamed = await client.OkAsync(Planner, """
            mutation($id: ID!, $s: ID!, $d: ID!) { updateEntity(input: { id: $id, expectedVersion: 1, name: "Riverford Finance and Contracting Group", scenario: $s,
              reason: "Full name", source: { document: $d, section: "1.4" } }) { entity { name } errors { __typename } } }
            """, new { id = financeGroup["from"]!["id"]!.GetValue<string>(), s = scenario, d = documentId });
        Assert.Equal("Riverford Finance and Contracting Group", renamed["updateEntity"]!["entity"]!["name"]!.GetValue<string>());

        var promoted = await client.OkAsync(Editor, """
            mutation($s: ID!) { promoteScenario(input: { scenario: $s, reason: "Reviewed against the paper", rationale: "Quotes checked" }) { scenario { status } errors { __typename ... on Error { message } } } }
            """, new { s = scenario });
        Assert.Equal("PROMOTED", promoted["promoteScenario"]!["scenario"]!["status"]!.GetValue<string>());

        var committee = Line("PART_OF", "Riverford Quality Committee")["from"]!["id"]!.GetValue<string>();
        var board = accountable["from"]!["id"]!.GetValue<string>();
        var answers = await client.OkAsync(null, """
            query($c: ID!, $b: ID!) {
              chain: accountabilityChain(from: $b) { apexes { name } paths { steps { relationship { type sources { section document { id text } } } to { name } } } }
              chart: orgChart(root: $b, via: [REPORTS_TO, PART_OF], direction: INBOUND) { nodes { entity { id name } via { status sources { document { id } } } } }
              committee: entity(id: $c) { name }
            }
            """, new { c = committee, b = board });
        var step = answers["chain"]!["paths"]![0]!["steps"]![0]!;
        Assert.Equal("Riverford Integrated Care Board", step["to"]!["name"]!.GetValue<string>());
        Assert.Equal(documentId, step["relationship"]!["sources"]![0]!["document"]!["id"]!.GetValue<string>());
        Assert.Equal("1.2", step["relationship"]!["sources"]![0]!["section"]!.GetValue<string>());
        var nodes = answers["chart"]!["nodes"]!.AsArray();
        Assert.Contains(nodes, n => n!["entity"]!["name"]!.GetValue<string>() == "Riverford Finance and Contracting Group");
        Assert.Contains(nodes, n => n!["entity"]!["id"]!.GetValue<string>() == committee && n["via"]?["sources"]?[0]?["document"]?["id"]?.GetValue<string>() == documentId);
        Assert.Contains(nodes, n => n!["via"]?["status"]?.GetValue<string>() == "AGREED");
    }

    [Fact]
    public async Task An_unreadable_paper_is_refused_with_its_code_and_nothing_is_created()
    {
        using var client = factory.CreateClient();
        var before = (await client.OkAsync(Planner, "{ scenarios { id } }"))["scenarios"]!.AsArray().Count;
        var encrypted = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\ntrailer << /Root 1 0 R /Encrypt 2 0 R >>\n%%EOF");
        var scanned = BoardPaperPdf.Write();

        var codes = new List<string>();
        foreach (var (bytes, name) in new[] { (encrypted, "locked.pdf"), (scanned, "scan.pdf"), (Array.Empty<byte>(), "empty.pdf"), ("not a zip"u8.ToArray(), "broken.docx") })
        {
            var refused = (await client.OkAsync(Planner, Ingest, new { file = Convert.ToBase64String(bytes), name }))["ingestDocument"]!;
            Assert.Null(refused["scenario"]);
            codes.Add(refused["errors"]![0]!["code"]!.GetValue<string>());
        }

        Assert.Equal(["DOCUMENT_ENCRYPTED", "DOCUMENT_NO_TEXT", "DOCUMENT_EMPTY", "DOCUMENT_MALFORMED"], codes);
        Assert.Equal(before, (await client.OkAsync(Planner, "{ scenarios { id } }"))["scenarios"]!.AsArray().Count);
    }

    [Fact]
    public async Task Bringing_in_a_paper_needs_the_planner_role()
    {
        using var client = factory.CreateClient();
        var (_, body, response) = await client.SendAsync(null, Ingest, new { file = Convert.ToBase64String("text"u8.ToArray()), name = "a.txt" });
        response.Dispose();

        Assert.Equal(SystemGraph.GraphQL.Error.ErrorCodes.NotAuthenticated, body.Code());
    }

    [Fact]
    public async Task A_paper_larger_than_the_ordinary_body_limit_is_taken_from_a_planner_and_refused_to_others()
    {
        using var client = factory.CreateClient();
        // About 200 KB of text: over 256 KB as base64, the transport's ordinary body limit.
        var paper = new System.Text.StringBuilder("1. Governance\n\n1.1 The Larkmoor Assurance Group reports to the Larkmoor Place Board.\n\n2. Appendix\n\n");
        for (var row = 1; paper.Length < 200_000; row++)
        {
            paper.Append("Activity figures for week ").Append(row).Append(" are shown in the table of the appendix.\n");
        }

        var file = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(paper.ToString()));
        Assert.True(file.Length > 256 * 1024);
        var variables = new { file, name = "larkmoor-appendix.txt" };

        var taken = (await client.OkAsync(Planner, Ingest, variables))["ingestDocument"]!;
        var (anonymousStatus, anonymous, anonymousResponse) = await client.SendAsync(null, Ingest, variables);
        anonymousResponse.Dispose();
        var (readerStatus, reader, readerResponse) = await client.SendAsync(WriteApi.Token("rhys", Roles.Reader), Ingest, variables);
        readerResponse.Dispose();

        Assert.Null(taken["errors"]);
        Assert.NotNull(taken["scenario"]);
        Assert.Contains(taken["lines"]!.AsArray(), l => l!["relationship"]!["from"]!["name"]!.GetValue<string>() == "Larkmoor Assurance Group");
        Assert.Equal(System.Net.HttpStatusCode.RequestEntityTooLarge, anonymousStatus);
        Assert.Equal(SystemGraph.GraphQL.AspNetCore.Http.HttpErrorCodes.RequestTooLarge, anonymous.Code());
        Assert.Equal(System.Net.HttpStatusCode.RequestEntityTooLarge, readerStatus);
        Assert.Equal(SystemGraph.GraphQL.AspNetCore.Http.HttpErrorCodes.RequestTooLarge, reader.Code());
    }
}
