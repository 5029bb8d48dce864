using System.Net;
using SystemGraph.Api.Auth;

namespace SystemGraph.Api.Tests.Writes;

/// <summary>
/// The authorisation matrix of the write issue, role by operation, over real HTTP: editors and admins write to the
/// baseline and promote; planners open scenarios and write and read inside them; readers and anonymous callers do
/// neither. Refusals are AUTH_NOT_AUTHENTICATED (401) and AUTH_NOT_AUTHORIZED (403), and change nothing.
/// </summary>
public sealed class WriteAuthorizationTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    public const string Anonymous = "anonymous";

    public static TheoryData<string, string, int> Matrix()
    {
        var data = new TheoryData<string, string, int>();
        void Row(string operation, int anonymous, int reader, int planner, int editor, int admin)
        {
            data.Add(operation, Anonymous, anonymous);
            data.Add(operation, Roles.Reader, reader);
            data.Add(operation, Roles.Planner, planner);
            data.Add(operation, Roles.Editor, editor);
            data.Add(operation, Roles.Admin, admin);
        }

        Row("baselineWrite", 401, 403, 403, 200, 200);
        Row("updateEntity", 401, 403, 403, 200, 200);
        Row("linkEntities", 401, 403, 403, 200, 200);
        Row("changeRelationshipStatus", 401, 403, 403, 200, 200);
        Row("endRelationship", 401, 403, 403, 200, 200);
        Row("proposeFunctionTransfer", 401, 403, 403, 200, 200);
        Row("linkInScenario", 401, 403, 200, 200, 200);
        Row("scenarioWrite", 401, 403, 200, 200, 200);
        Row("openScenario", 401, 403, 200, 200, 200);
        Row("readScenario", 401, 403, 200, 200, 200);
        Row("promoteScenario", 401, 403, 403, 200, 200);
        Row("discardOwnScenario", 401, 403, 200, 200, 200);
        Row("baselineRead", 200, 200, 200, 200, 200);
        Row("readAuditLog", 401, 200, 200, 200, 200);
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Role_by_operation(string operation, string role, int expected)
    {
        using var client = factory.CreateClient();
        var editor = WriteApi.Token("editor-setup", Roles.Editor);
        var subject = $"{role}-{Guid.NewGuid():N}";
        var token = role == Anonymous ? null : WriteApi.Token(subject, role);

        // A scenario to act on: the caller's own where they may open one, else an editor's.
        var scenario = await client.OpenScenarioAsync(role is Roles.Planner or Roles.Editor or Roles.Admin ? token! : editor, "matrix " + Guid.NewGuid().ToString("N")[..8]);
        var entityId = "matrix-" + Guid.NewGuid().ToString("N")[..12];
        var (board, line, function) = await FixtureAsync(client, editor, scenario);
        var (query, variables) = operation switch
        {
            "updateEntity" => ("""mutation($id: ID!) { updateEntity(input: { id: $id, expectedVersion: 1, description: "changed", reason: "r", rationale: "n" }) { entity { version } errors { __typename } } }""", (object)new { id = board }),
            "linkEntities" => ("""mutation($id: ID!) { linkEntities(input: { from: $id, to: "nhs-bury-ccg", type: OVERSEES, reason: "r", rationale: "n" }) { relationship { id } errors { __typename } } }""", new { id = board }),
            "linkInScenario" => ("""mutation($id: ID!, $s: ID) { linkEntities(input: { from: $id, to: "nhs-bury-ccg", type: OVERSEES, scenario: $s, reason: "r", rationale: "n" }) { relationship { id } errors { __typename } } }""", new { id = board, s = scenario }),
            "changeRelationshipStatus" => ("""mutation($id: ID!) { changeRelationshipStatus(input: { id: $id, status: AGREED, expectedVersion: 1, reason: "r", rationale: "n" }) { relationship { status } errors { __typename } } }""", new { id = line }),
            "endRelationship" => ("""mutation($id: ID!) { endRelationship(input: { id: $id, endedOn: "2025-03-31", expectedVersion: 1, reason: "r", rationale: "n" }) { relationship { status } errors { __typename } } }""", new { id = line }),
            "proposeFunctionTransfer" => ("""mutation($f: ID!) { proposeFunctionTransfer(input: { function: $f, to: "nhs-greater-manchester-icb", effectiveFrom: "2022-07-01", reason: "r", rationale: "n" }) { transfer { status } errors { __typename } } }""", new { f = function }),
            "baselineWrite" => (CreateEntity, new { id = entityId, scenario = (string?)null }),
            "scenarioWrite" => (CreateEntity, new { id = entityId, scenario }),
            "openScenario" => ("""mutation { openScenario(input: { name: "x", reason: "r", rationale: "n" }) { scenario { id } } }""", new { }),
            "readAuditLog" => ("""query($id: ID!) { auditLog(entity: $id) { author operation } }""", new { id = board }),
            "readScenario" => ("""query($s: ID!) { graphStats(scenario: $s) { entities } }""", new { s = scenario }),
            "promoteScenario" => ("""mutation($s: ID!) { promoteScenario(input: { scenario: $s, reason: "r", rationale: "n" }) { scenario { status } errors { __typename } } }""", new { s = scenario }),
            "discardOwnScenario" => ("""mutation($s: ID!) { discardScenario(input: { scenario: $s, reason: "r" }) { scenario { status } } }""", new { s = scenario }),
            _ => ("{ graphStats { entities } }", new { }),
        };

        var (status, body, response) = await client.SendAsync(token, query, variables);
        response.Dispose();

        Assert.True((int)status == expected, $"{operation} as {role}: expected {expected}, got {(int)status}: {body.ToJsonString()}");
        if (expected == 401)
        {
            Assert.Equal("AUTH_NOT_AUTHENTICATED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        }
        else if (expected == 403)
        {
            Assert.Equal("AUTH_NOT_AUTHORIZED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        }
        else
        {
            Assert.Null(body["errors"]);
            if (body["data"]!.AsObject().Single().Value is System.Text.Json.Nodes.JsonObject payload)
            {
                Assert.True(payload["errors"] is null, $"{operation} as {role}: {body.ToJsonString()}");
            }
        }

        if (expected != 200 && operation is "updateEntity" or "changeRelationshipStatus" or "endRelationship")
        {
            // A refused write left the record as it was.
            var versions = await client.OkAsync(null, "query($b: ID!, $l: ID!) { entity(id: $b) { version } nodes(ids: [$l]) { ... on Relationship { version } } }", new { b = board, l = line });
            Assert.Equal(1, versions["entity"]!["version"]!.GetValue<int>());
            Assert.Equal(1, versions["nodes"]![0]!["version"]!.GetValue<int>());
        }

        if (operation is "baselineWrite" or "scenarioWrite")
        {
            // A refused write changed nothing; an accepted one is where it was sent, and only there.
            var baseline = await client.OkAsync(null, "query($id: ID!) { entity(id: $id) { id } }", new { id = entityId });
            Assert.Equal(operation == "baselineWrite" && expected == 200, baseline["entity"] is not null);
        }
    }

    [Fact]
    public async Task History_is_withheld_from_anonymous_callers_and_given_to_any_role()
    {
        using var client = factory.CreateClient();
        const string Query = """{ entity(id: "nhs-bury-ccg") { name history { author } } }""";

        var (status, body, response) = await client.SendAsync(null, Query);
        response.Dispose();
        var signedIn = await client.OkAsync(WriteApi.Token("rita", Roles.Reader), Query);

        // A nested field's refusal leaves the rest of the answer (GraphQL's partial results): 200, the error, no history.
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(["entity", "history"], body["errors"]![0]!["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Null(body["data"]!["entity"]);
        Assert.NotNull(signedIn["entity"]!["history"]);
    }

    [Fact]
    public async Task A_planner_cannot_discard_another_planners_scenario()
    {
        using var client = factory.CreateClient();
        var scenario = await client.OpenScenarioAsync(WriteApi.Token("owner", Roles.Planner), "owned");

        var (status, body, response) = await client.SendAsync(WriteApi.Token("someone-else", Roles.Planner),
            """mutation($s: ID!) { discardScenario(input: { scenario: $s, reason: "r" }) { scenario { status } } }""", new { s = scenario });
        response.Dispose();

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("AUTH_NOT_AUTHORIZED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    /// <summary>
    /// The records the writes act on, made by an editor: a fresh board reporting (PROPOSED) to the GM ICB, a
    /// function held by Bury CCG, and one change in the scenario (so that it has something to promote).
    /// </summary>
    private static async Task<(string Board, string Line, string Function)> FixtureAsync(HttpClient client, string editor, string scenario)
    {
        var board = "fixture-" + Guid.NewGuid().ToString("N")[..12];
        var function = board + "-function";
        await client.OkAsync(editor, """
            mutation($id: ID!, $f: ID!) {
              b: createEntity(input: { id: $id, kind: BOARD, name: "Fixture board", reason: "r", rationale: "n" }) { entity { id } }
              f: createEntity(input: { id: $f, kind: FUNCTION, name: "Fixture function", reason: "r", rationale: "n" }) { entity { id } }
              h: linkEntities(input: { from: $f, to: "nhs-bury-ccg", type: HELD_BY, status: IN_FORCE, reason: "r", rationale: "n" }) { relationship { id } }
            }
            """, new { id = board, f = function });
        var linked = await client.OkAsync(editor, """
            mutation($id: ID!) { linkEntities(input: { from: $id, to: "nhs-greater-manchester-icb", type: REPORTS_TO, reason: "r", rationale: "n" }) { relationship { id } } }
            """, new { id = board });
        await client.OkAsync(editor, """
            mutation($id: ID!, $s: ID!) { createEntity(input: { id: $id, kind: BOARD, name: "Scenario board", scenario: $s, reason: "r", rationale: "n" }) { entity { id } } }
            """, new { id = board + "-in-scenario", s = scenario });
        return (board, linked["linkEntities"]!["relationship"]!["id"]!.GetValue<string>(), function);
    }

    private const string CreateEntity = """
        mutation($id: ID!, $scenario: ID) {
          createEntity(input: { id: $id, kind: BOARD, name: "Matrix board", type: "WORKING_GROUP", reason: "test", rationale: "matrix", scenario: $scenario }) {
            entity { id version }
            errors { __typename ... on Error { message } }
          }
        }
        """;
}
