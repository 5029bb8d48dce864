using System.Net;
using SystemGraph.Api.Auth;

namespace SystemGraph.Api.Tests.Writes;

/// <summary>
/// What writes do over real HTTP: rules and evidence enforced (a refused write changes nothing), optimistic
/// concurrency, scenario isolation, promotion with and without conflicts, the audit trail, and cache invalidation.
/// </summary>
public sealed class WriteBehaviourTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    private static readonly string Editor = WriteApi.Token("erin", Roles.Editor);
    private static readonly string Planner = WriteApi.Token("priya", Roles.Planner);

    [Fact]
    public async Task Relationship_rules_are_enforced_and_a_refused_write_changes_nothing()
    {
        using var client = factory.CreateClient();
        var before = await CountAsync(client);

        // TRANSFERS_TO goes from a Function; MEMBER_OF with a membership level goes to a board or an alliance.
        var transfer = await LinkAsync(client, Editor, "nhs-bury-ccg", "TRANSFERS_TO", "nhs-greater-manchester-icb");
        var membership = await LinkAsync(client, Editor, "nhs-bury-ccg", "MEMBER_OF", "nhs-greater-manchester-icb", "membershipLevel: FULL");

        foreach (var refused in new[] { transfer, membership })
        {
            var error = refused["linkEntities"]!["errors"]![0]!;
            Assert.Equal("RuleViolationError", error["__typename"]!.GetValue<string>());
            Assert.Null(refused["linkEntities"]!["relationship"]);
        }

        Assert.Contains("from FUNCTION", transfer["linkEntities"]!["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("MEMBER_OF", membership["linkEntities"]!["errors"]![0]!["relationshipType"]!.GetValue<string>());
        Assert.Equal(before, await CountAsync(client));
    }

    [Fact]
    public async Task The_same_line_twice_is_refused_as_a_duplicate()
    {
        using var client = factory.CreateClient();
        var line = await NewLineAsync(client, Editor, null);
        var board = line.Split('.')[0];

        var again = await LinkAsync(client, Editor, board, "REPORTS_TO", "nhs-greater-manchester-icb");

        var error = again["linkEntities"]!["errors"]![0]!;
        Assert.Equal("DuplicateError", error["__typename"]!.GetValue<string>());
        Assert.Contains(line, error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_write_needs_a_reason_and_evidence_that_exists()
    {
        using var client = factory.CreateClient();

        var noEvidence = await client.OkAsync(Editor, """mutation { createEntity(input: { kind: BOARD, name: "No evidence board", reason: "because" }) { entity { id } errors { __typename ... on ValidationError { field } } } }""");
        var blankReason = await client.OkAsync(Editor, """mutation { createEntity(input: { kind: BOARD, name: "Blank reason board", reason: " ", rationale: "n" }) { entity { id } errors { __typename ... on ValidationError { field } } } }""");
        var unknownDocument = await client.OkAsync(Editor, """mutation { createEntity(input: { kind: BOARD, name: "Ghost source board", reason: "r", source: { document: "doc-that-does-not-exist", section: "1" } }) { entity { id } errors { __typename } } }""");
        var noSection = await client.OkAsync(Editor, """mutation { createEntity(input: { kind: BOARD, name: "Sectionless board", reason: "r", source: { document: "doc-gm-ics-transition-2021", section: " " } }) { entity { id } errors { __typename ... on ValidationError { field } } } }""");

        Assert.Equal("source", noEvidence["createEntity"]!["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Equal("reason", blankReason["createEntity"]!["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Equal("NotFoundError", unknownDocument["createEntity"]!["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Equal("source.section", noSection["createEntity"]!["errors"]![0]!["field"]!.GetValue<string>());
        var searched = await client.OkAsync(null, """{ search(text: "board", first: 100) { entity { name } } }""");
        Assert.DoesNotContain(searched["search"]!.AsArray(), h => h!["entity"]!["name"]!.GetValue<string>() is "No evidence board" or "Blank reason board" or "Ghost source board" or "Sectionless board");
    }

    [Fact]
    public async Task A_stale_expected_version_is_refused_with_both_versions()
    {
        using var client = factory.CreateClient();
        var line = await NewLineAsync(client, Editor, null);

        var first = await StatusAsync(client, Editor, line, "DRAFT", 1, null);
        var stale = await StatusAsync(client, Editor, line, "AGREED", 1, null);

        Assert.Equal(2, first["changeRelationshipStatus"]!["relationship"]!["version"]!.GetValue<int>());
        var conflict = stale["changeRelationshipStatus"]!["errors"]![0]!;
        Assert.Equal("VersionConflictError", conflict["__typename"]!.GetValue<string>());
        Assert.Equal(1, conflict["expectedVersion"]!.GetValue<int>());
        Assert.Equal(2, conflict["actualVersion"]!.GetValue<int>());
        var now = await client.OkAsync(null, "query($id: ID!) { node(id: $id) { ... on Relationship { status version } } }", new { id = line });
        Assert.Equal("DRAFT", now["node"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_scenario_is_invisible_to_the_baseline_and_to_other_scenarios()
    {
        using var client = factory.CreateClient();
        var mine = await client.OpenScenarioAsync(Planner, "mine");
        var other = await client.OpenScenarioAsync(Planner, "other");
        var id = "scenario-only-" + Guid.NewGuid().ToString("N")[..8];

        await client.OkAsync(Planner, """
            mutation($id: ID!, $s: ID!) { createEntity(input: { id: $id, kind: BOARD, name: "Scenario only board", reason: "r", rationale: "n", scenario: $s }) { entity { id } } }
            """, new { id, s = mine });

        var seen = await client.OkAsync(Planner, """
            query($id: ID!, $mine: ID!, $other: ID!) {
              baseline: entity(id: $id) { id }
              mine: entity(id: $id, scenario: $mine) { id name }
              other: entity(id: $id, scenario: $other) { id }
              found: search(text: "scenario only board", scenario: $mine) { entity { id } }
              notFound: search(text: "scenario only board") { entity { id } }
            }
            """, new { id, mine, other });

        Assert.Null(seen["baseline"]);
        Assert.Equal("Scenario only board", seen["mine"]!["name"]!.GetValue<string>());
        Assert.Null(seen["other"]);
        Assert.Contains(seen["found"]!.AsArray(), h => h!["entity"]!["id"]!.GetValue<string>() == id);
        Assert.DoesNotContain(seen["notFound"]!.AsArray(), h => h!["entity"]!["id"]!.GetValue<string>() == id);
    }

    [Fact]
    public async Task Chains_org_charts_and_transitions_answer_in_the_scenario_and_only_there()
    {
        using var client = factory.CreateClient();
        var scenario = await client.OpenScenarioAsync(Planner, "new accountability");
        var board = "scn-board-" + Guid.NewGuid().ToString("N")[..8];
        await client.OkAsync(Planner, """
            mutation($id: ID!, $s: ID!) {
              b: createEntity(input: { id: $id, kind: BOARD, name: "Scenario delivery board", reason: "r", rationale: "n", scenario: $s }) { entity { id } }
              l: linkEntities(input: { from: $id, to: "bury-locality-system-board", type: ACCOUNTABLE_TO, reason: "r", rationale: "n", scenario: $s }) { relationship { id } }
              t: proposeFunctionTransfer(input: { function: "bury-ccg-clinical-leadership", to: $id, effectiveFrom: "2022-07-01", reason: "r", rationale: "n", scenario: $s }) { transfer { status } }
            }
            """, new { id = board, s = scenario });

        const string Query = """
            query($id: ID!, $s: ID) {
              chain: accountabilityChain(from: $id, scenario: $s) { paths { steps { to { id } } } }
              chart: orgChart(root: "bury-locality-system-board", depth: 1, scenario: $s) { nodes { id } }
              moves: transitions(scenario: $s) { function { id } to { id } }
            }
            """;
        var inScenario = await client.SendAsync(Planner, Query, new { id = board, s = scenario });
        var baseline = await client.SendAsync(Planner, Query.Replace("chain: accountabilityChain(from: $id, scenario: $s) { paths { steps { to { id } } } }", string.Empty, StringComparison.Ordinal)
            .Replace("$id: ID!, ", string.Empty, StringComparison.Ordinal), new { s = (string?)null });
        var baselineChain = await client.SendAsync(Planner, "query($id: ID!) { accountabilityChain(from: $id) { apexes { id } } }", new { id = board });
        inScenario.Response.Dispose();
        baseline.Response.Dispose();
        baselineChain.Response.Dispose();

        var data = inScenario.Body["data"]!;
        Assert.Contains(data["chain"]!["paths"]!.AsArray(), p => p!["steps"]![0]!["to"]!["id"]!.GetValue<string>() == "bury-locality-system-board");
        Assert.Contains(data["chart"]!["nodes"]!.AsArray(), n => n!["id"]!.GetValue<string>() == board);
        Assert.Contains(data["moves"]!.AsArray(), m => m!["to"]!["id"]!.GetValue<string>() == board);

        // In the baseline the board does not exist: the chain is NOT_FOUND, the chart and the moves do not show it.
        Assert.Equal("NOT_FOUND", baselineChain.Body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.DoesNotContain(baseline.Body["data"]!["chart"]!["nodes"]!.AsArray(), n => n!["id"]!.GetValue<string>() == board);
        Assert.DoesNotContain(baseline.Body["data"]!["moves"]!.AsArray(), m => m!["to"]!["id"]!.GetValue<string>() == board);
    }

    [Fact]
    public async Task Promoting_applies_the_scenario_atomically_and_its_history_names_the_authors()
    {
        using var client = factory.CreateClient();
        var line = await NewLineAsync(client, Editor, null);
        var scenario = await client.OpenScenarioAsync(Planner, "agree it");
        await StatusAsync(client, Planner, line, "AGREED", 1, scenario);

        var diff = await client.OkAsync(Planner, "query($s: ID!) { scenarioDiff(scenario: $s) { id kind conflict fields { field before after } } }", new { s = scenario });
        var change = diff["scenarioDiff"]![0]!;
        Assert.Equal("STATUS_CHANGED", change["kind"]!.GetValue<string>());
        Assert.Contains(change["fields"]!.AsArray(), f => f!["field"]!.GetValue<string>() == "status" && f["before"]!.GetValue<string>() == "\"PROPOSED\"" && f["after"]!.GetValue<string>() == "\"AGREED\"");
        Assert.Equal("PROPOSED", await BaselineStatusAsync(client, line));

        var promoted = await client.OkAsync(Editor, """
            mutation($s: ID!) { promoteScenario(input: { scenario: $s, expectedRevision: 1, reason: "signed", rationale: "board minutes" }) { scenario { status closedBy } errors { __typename } } }
            """, new { s = scenario });

        Assert.Equal("PROMOTED", promoted["promoteScenario"]!["scenario"]!["status"]!.GetValue<string>());
        Assert.Equal("AGREED", await BaselineStatusAsync(client, line));
        var history = await client.OkAsync(WriteApi.Token("rita", Roles.Reader), "query($id: ID!) { auditLog(entity: $id) { author operation reason } }", new { id = line });
        Assert.Equal(["promoteScenario", "changeRelationshipStatus", "linkEntities"], history["auditLog"]!.AsArray().Select(e => e!["operation"]!.GetValue<string>()));
        Assert.Equal(["erin", "priya", "erin"], history["auditLog"]!.AsArray().Select(e => e!["author"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Promoting_over_a_conflicting_baseline_change_is_refused_and_changes_nothing()
    {
        using var client = factory.CreateClient();
        var line = await NewLineAsync(client, Editor, null);
        var scenario = await client.OpenScenarioAsync(Planner, "conflicted");
        await StatusAsync(client, Planner, line, "AGREED", 1, scenario);
        await StatusAsync(client, Editor, line, "DRAFT", 1, null);

        var diff = await client.OkAsync(Planner, "query($s: ID!) { scenarioDiff(scenario: $s) { conflict baseVersion baselineVersion } }", new { s = scenario });
        var refused = await client.OkAsync(Editor, """
            mutation($s: ID!) { promoteScenario(input: { scenario: $s, reason: "r", rationale: "n" }) { scenario { status } errors { __typename ... on PromoteConflictError { id baseVersion baselineVersion } } } }
            """, new { s = scenario });

        Assert.NotNull(diff["scenarioDiff"]![0]!["conflict"]);
        var error = refused["promoteScenario"]!["errors"]![0]!;
        Assert.Equal("PromoteConflictError", error["__typename"]!.GetValue<string>());
        Assert.Equal(line, error["id"]!.GetValue<string>());
        Assert.Equal((1, 2), (error["baseVersion"]!.GetValue<int>(), error["baselineVersion"]!.GetValue<int>()));
        Assert.Equal("DRAFT", await BaselineStatusAsync(client, line));
        var still = await client.OkAsync(Planner, "query($s: ID!) { scenario(id: $s) { status } }", new { s = scenario });
        Assert.Equal("OPEN", still["scenario"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_committed_write_retires_cached_responses()
    {
        using var client = factory.CreateClient();
        var line = await NewLineAsync(client, Editor, null);
        const string Query = "query($id: ID!) { node(id: $id) { ... on Relationship { status } } }";
        await client.OkAsync(null, Query, new { id = line });
        var (_, _, cached) = await client.SendAsync(null, Query, new { id = line });
        Assert.Equal("HIT", cached.Headers.GetValues("X-Cache").Single());
        cached.Dispose();

        await StatusAsync(client, Editor, line, "AGREED", 1, null);

        var (status, body, fresh) = await client.SendAsync(null, Query, new { id = line });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotEqual("HIT", fresh.Headers.GetValues("X-Cache").Single());
        Assert.Equal("AGREED", body["data"]!["node"]!["status"]!.GetValue<string>());
        fresh.Dispose();
    }

    private static async Task<int> CountAsync(HttpClient client) =>
        (await client.OkAsync(null, "{ graphStats { relationships } }"))["graphStats"]!["relationships"]!.GetValue<int>();

    private static async Task<string> BaselineStatusAsync(HttpClient client, string line) =>
        (await client.OkAsync(null, "query($id: ID!) { node(id: $id) { ... on Relationship { status } } }", new { id = line }))["node"]!["status"]!.GetValue<string>();

    private static Task<System.Text.Json.Nodes.JsonNode> LinkAsync(HttpClient client, string token, string from, string type, string to, string extra = "") =>
        client.OkAsync(token, $$"""
            mutation { linkEntities(input: { from: "{{from}}", to: "{{to}}", type: {{type}}, {{extra}} {{WriteApi.Evidence}} }) {
              relationship { id version status }
              errors { __typename ... on Error { message } ... on RuleViolationError { relationshipType } }
            } }
            """);

    /// <summary>A new PROPOSED line (a working group reporting to the GM ICB) in the baseline or a scenario; its id.</summary>
    private static async Task<string> NewLineAsync(HttpClient client, string token, string? scenario)
    {
        var board = "wg-" + Guid.NewGuid().ToString("N")[..10];
        await client.OkAsync(token, """
            mutation($id: ID!, $s: ID) { createEntity(input: { id: $id, kind: BOARD, name: "Working group", type: "WORKING_GROUP", reason: "r", rationale: "n", scenario: $s }) { entity { id } } }
            """, new { id = board, s = scenario });
        var linked = await LinkAsync(client, token, board, "REPORTS_TO", "nhs-greater-manchester-icb");
        return linked["linkEntities"]!["relationship"]!["id"]!.GetValue<string>();
    }

    private static Task<System.Text.Json.Nodes.JsonNode> StatusAsync(HttpClient client, string token, string line, string status, int expectedVersion, string? scenario) =>
        client.OkAsync(token, $$"""
            mutation($id: ID!, $v: Int!, $s: ID) { changeRelationshipStatus(input: { id: $id, status: {{status}}, expectedVersion: $v, scenario: $s, reason: "r", rationale: "n" }) {
              relationship { status version }
              errors { __typename ... on VersionConflictError { expectedVersion actualVersion } }
            } }
            """, new { id = line, v = expectedVersion, s = scenario });
}
