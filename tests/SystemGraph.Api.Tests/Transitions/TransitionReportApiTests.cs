using System.Net;
using System.Text.Json.Nodes;
using CsvHelper;
using SystemGraph.Api.Auth;
using SystemGraph.Api.Tests.Writes;

namespace SystemGraph.Api.Tests.Transitions;

/// <summary>
/// transitionReport, CcgTransition.findings and the exports over real HTTP on the seed: the Bury findings, bad
/// input (unknown ids, dates out of range), the paged catalogue over England, and the CSV and markdown exports
/// with the query's access rules (the CSV parsed back with CsvHelper).
/// </summary>
public sealed class TransitionReportApiTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    private static readonly string Reader = WriteApi.Token("rhea", Roles.Reader);
    private static readonly string Planner = WriteApi.Token("priya", Roles.Planner);

    [Fact]
    public async Task The_Bury_report_has_findings_counts_and_timelines_with_sources()
    {
        using var client = factory.CreateClient();

        var data = await client.OkAsync(null, """
            { transitionReport(ccg: "nhs-bury-ccg") {
                ccg { id } total
                counts { code severity count }
                findings { code severity message from to entities { id } relationships { id } sources { document { id } section } }
                functions { function { id } ccg { id } periods { holder { id } from to status findingCodes sources { section } } }
                ccgs { totalCount nodes { ccg { id } ceasedOn functionsRecorded note functions { id } successors { id } } }
            } }
            """);

        var report = data["transitionReport"]!;
        Assert.Equal(14, report["total"]!.GetValue<int>());
        Assert.Contains(report["counts"]!.AsArray(), c => c!["code"]!.GetValue<string>() == "HOLDER_GAP" && c["severity"]!.GetValue<string>() == "ERROR" && c["count"]!.GetValue<int>() == 1);
        var gap = report["findings"]!.AsArray().Single(f => f!["code"]!.GetValue<string>() == "HOLDER_GAP")!;
        Assert.Equal(("2022-07-01", null), (gap["from"]!.GetValue<string>(), gap["to"]?.GetValue<string>()));
        Assert.NotEmpty(gap["sources"]!.AsArray());
        Assert.All(report["findings"]!.AsArray(), f => Assert.NotEmpty(f!["sources"]!.AsArray()));
        var leadership = Periods(report, "bury-ccg-clinical-leadership");
        Assert.Equal(["nhs-bury-ccg", null], leadership.Select(p => p!["holder"]?["id"]?.GetValue<string>()));
        Assert.Equal(["HOLDER_GAP"], leadership[1]!["findingCodes"]!.AsArray().Select(c => c!.GetValue<string>()));
        var statutory = Periods(report, "bury-ccg-statutory-functions");
        Assert.Equal(
            [("nhs-bury-ccg", "2022-06-30"), ("nhs-greater-manchester-icb", null)],
            statutory.Select(p => (p!["holder"]!["id"]!.GetValue<string>(), p["to"]?.GetValue<string>())));
        Assert.Equal("2022-07-01", statutory[1]!["from"]!.GetValue<string>());
        var bury = Assert.Single(report["ccgs"]!["nodes"]!.AsArray())!;
        Assert.Equal(4, bury["functions"]!.AsArray().Count);
        Assert.True(bury["functionsRecorded"]!.GetValue<bool>());
        Assert.Equal("2022-06-30", bury["ceasedOn"]!.GetValue<string>());
    }

    private static JsonArray Periods(JsonNode report, string function) =>
        report["functions"]!.AsArray().Single(f => f!["function"]!["id"]!.GetValue<string>() == function)!["periods"]!.AsArray();

    [Fact]
    public async Task CcgTransition_findings_match_the_report()
    {
        using var client = factory.CreateClient();

        var data = await client.OkAsync(null, """{ ccgTransition(ccg: "nhs-bury-ccg") { findings { code } later: findings(asOf: "2022-07-01") { code from to } } }""");

        Assert.Equal(14, data["ccgTransition"]!["findings"]!.AsArray().Count);
        var later = data["ccgTransition"]!["later"]!.AsArray();
        Assert.NotEmpty(later);
        Assert.All(later, f => Assert.True(f!["to"] is null || string.CompareOrdinal(f["to"]!.GetValue<string>(), "2022-07-01") >= 0));
    }

    [Theory]
    [InlineData("""{ transitionReport(ccg: "no-such-ccg") { total } }""", "NOT_FOUND", "no-such-ccg")]
    [InlineData("""{ transitionReport(system: "no-such-system") { total } }""", "NOT_FOUND", "no-such-system")]
    [InlineData("""{ transitionReport(ccg: "nhs-bury-ccg", asOf: "1989-12-31") { total } }""", "INVALID_ARGUMENT", "1989-12-31")]
    [InlineData("""{ transitionReport(asOf: "2101-01-01") { total } }""", "INVALID_ARGUMENT", "2101-01-01")]
    [InlineData("""{ ccgTransition(ccg: "nhs-bury-ccg") { findings(asOf: "1800-01-01") { code } } }""", "INVALID_ARGUMENT", "1800-01-01")]
    [InlineData("""{ transitionReport(system: "nhs-bury-ccg") { total } }""", "INVALID_ARGUMENT", "nhs-bury-ccg")]
    [InlineData("""{ transitionReport(ccg: "greater-manchester-ics") { total } }""", "INVALID_ARGUMENT", "greater-manchester-ics")]
    public async Task Bad_input_is_refused_with_a_code_naming_the_value(string query, string code, string named)
    {
        using var client = factory.CreateClient();

        var (_, body, response) = await client.SendAsync(null, query);
        response.Dispose();

        var error = body["errors"]![0]!;
        Assert.Equal(code, error["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains(named, error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_over_England_stays_under_the_cost_limit_and_pages_its_catalogue()
    {
        using var client = factory.CreateClient();

        var data = await client.OkAsync(null, """
            { transitionReport {
                total counts { code count }
                findings { code function { id } sources { section } }
                functions { function { id } periods { holder { id } from to findingCodes } }
                first: ccgs(first: 2) { totalCount pageInfo { hasNextPage endCursor } nodes { ccg { id } note } }
            } }
            """);

        var page = data["transitionReport"]!["first"]!;
        Assert.True(page["totalCount"]!.GetValue<int>() > 2);
        Assert.True(page["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(2, page["nodes"]!.AsArray().Count);
        var next = await client.OkAsync(null, "query($after: String) { transitionReport { ccgs(first: 50, after: $after) { nodes { ccg { id } } } } }",
            new { after = page["pageInfo"]!["endCursor"]!.GetValue<string>() });
        var firstIds = page["nodes"]!.AsArray().Select(n => n!["ccg"]!["id"]!.GetValue<string>()).ToList();
        var nextIds = next["transitionReport"]!["ccgs"]!["nodes"]!.AsArray().Select(n => n!["ccg"]!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(page["totalCount"]!.GetValue<int>() - 2, nextIds.Count);
        Assert.Empty(firstIds.Intersect(nextIds));
    }

    [Fact]
    public async Task The_csv_export_parses_back_to_one_row_per_function_and_period()
    {
        using var client = factory.CreateClient();

        var (status, type, body) = await client.GetAsync(null, "/reports/transition.csv?ccg=nhs-bury-ccg");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/csv", type);
        using var csv = CsvReader.FromText(body, new CsvReaderOptions { HasHeader = false, Separator = ',' });
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(csv.Current.ToArray());
        }

        Assert.Equal(["ccg_id", "ccg", "function_id", "function", "holder_id", "holder", "from", "to", "status", "finding_codes", "document", "section", "note"], rows[0]);
        var gap = rows.Single(r => r[5] == "(nobody)");
        Assert.Equal(("bury-ccg-clinical-leadership", "2022-07-01", "", "HOLDER_GAP"), (gap[2], gap[6], gap[7], gap[9]));
        var held = rows.Single(r => r[2] == "bury-ccg-statutory-functions" && r[4] == "nhs-bury-ccg");
        Assert.Equal(("IN_FORCE", "doc-gm-ics-transition-2021", "CCG Functions"), (held[8], held[10], held[11]));
        Assert.Contains("FUNCTION_UNMAPPED", held[9], StringComparison.Ordinal);
        var periods = (await client.OkAsync(null, """{ transitionReport(ccg: "nhs-bury-ccg") { functions { periods { from } } } }"""))["transitionReport"]!["functions"]!
            .AsArray().Sum(f => f!["periods"]!.AsArray().Count);
        Assert.Equal(periods, rows.Count - 1);
    }

    [Fact]
    public async Task The_markdown_export_answers_by_path_and_by_accept_header()
    {
        using var client = factory.CreateClient();

        var byPath = await client.GetAsync(null, "/reports/transition.md?ccg=nhs-bury-ccg&asOf=2022-03-01");
        var byAccept = await client.GetAsync(null, "/reports/transition.csv?ccg=nhs-bury-ccg&asOf=2022-03-01", "text/markdown");

        Assert.Equal((HttpStatusCode.OK, "text/markdown"), (byPath.Status, byPath.ContentType));
        Assert.Equal(byPath.Body, byAccept.Body);
        Assert.StartsWith("# Transition report: NHS Bury Clinical Commissioning Group (as of 2022-03-01)", byPath.Body, StringComparison.Ordinal);
        Assert.Contains("| HOLDER_GAP | ERROR | 1 |", byPath.Body, StringComparison.Ordinal);
        Assert.Contains("doc-gm-ics-transition-2021, CCG Functions", byPath.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/reports/transition.csv?ccg=no-such-ccg", HttpStatusCode.NotFound, "NOT_FOUND")]
    [InlineData("/reports/transition.csv?system=no-such-system", HttpStatusCode.NotFound, "NOT_FOUND")]
    [InlineData("/reports/transition.csv?asOf=1989-12-31", HttpStatusCode.BadRequest, "INVALID_ARGUMENT")]
    [InlineData("/reports/transition.csv?asOf=yesterday", HttpStatusCode.BadRequest, "INVALID_ARGUMENT")]
    [InlineData("/reports/transition.csv?ccg=bury-locality-system-board", HttpStatusCode.BadRequest, "INVALID_ARGUMENT")]
    public async Task The_export_refuses_bad_input_with_the_query_codes(string path, HttpStatusCode expected, string code)
    {
        using var client = factory.CreateClient();

        var (status, _, body) = await client.GetAsync(null, path);

        Assert.Equal(expected, status);
        Assert.Equal(code, JsonNode.Parse(body)!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_export_in_a_scenario_needs_the_planner_role()
    {
        using var client = factory.CreateClient();
        var scenario = await client.OpenScenarioAsync(Planner, "export access");
        var path = $"/reports/transition.csv?ccg=nhs-bury-ccg&scenario={scenario}";

        var anonymous = await client.GetAsync(null, path);
        var reader = await client.GetAsync(Reader, path);
        var planner = await client.GetAsync(Planner, path);
        var badToken = await client.GetAsync("not-a-token", "/reports/transition.csv?ccg=nhs-bury-ccg");
        var unknown = await client.GetAsync(Planner, "/reports/transition.csv?scenario=scn-none");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
        Assert.Equal(HttpStatusCode.Forbidden, reader.Status);
        Assert.Equal(HttpStatusCode.OK, planner.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, badToken.Status);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
    }
}
