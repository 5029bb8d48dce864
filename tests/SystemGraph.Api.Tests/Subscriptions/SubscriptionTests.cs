using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SystemGraph.Api.Subscriptions;
using SystemGraph.Api.Tests.Writes;
using SystemGraph.GraphQL.Execution;

namespace SystemGraph.Api.Tests.Subscriptions;

/// <summary>
/// The three subscription fields through the API over HTTP (graphql-sse) and WebSocket (graphql-transport-ws):
/// what each delivers, who may subscribe, and that cancelling frees every subscription. No timings are asserted;
/// the order of events is what a test relies on (a write that must not arrive is made before one that must).
/// </summary>
public sealed class SubscriptionTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    private static readonly string Editor = WriteApi.Token("erin", "editor");
    private static readonly string Planner = WriteApi.Token("priya", "planner");
    private static readonly string Reader = WriteApi.Token("rhea", "reader");

    [Fact]
    public async Task GraphChanged_delivers_a_baseline_write_naming_the_author_only_to_signed_in_subscribers()
    {
        using var client = factory.CreateClient();
        await using var anonymous = await SseSubscription.OpenAsync(client, null, "subscription { graphChanged { version at author operation entityIds relationshipIds missed } }");
        await using var signedIn = await SseSubscription.OpenAsync(client, Reader, "subscription { graphChanged { author entityIds } }");

        var id = await CreateBoardAsync(client, "Graph changed board");

        var seen = (await anonymous.NextAsync())!["data"]!["graphChanged"]!;
        Assert.Equal([id], seen["entityIds"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal("createEntity", seen["operation"]!.GetValue<string>());
        Assert.Null(seen["author"]);
        Assert.False(seen["missed"]!.GetValue<bool>());
        Assert.Equal(factory.Services.GetRequiredService<SystemGraph.Graph.Store.IGraphStore>().Version, seen["version"]!.GetValue<long>());
        Assert.Equal("erin", (await signedIn.NextAsync())!["data"]!["graphChanged"]!["author"]!.GetValue<string>());
    }

    [Fact]
    public async Task EntityChanged_skips_writes_elsewhere_and_delivers_a_line_to_the_entity()
    {
        using var client = factory.CreateClient();
        const string Target = "bury-locality-system-board";
        await using var subscription = await SseSubscription.OpenAsync(client, null, "subscription($id: ID!) { entityChanged(id: $id) { id entityChanged change { relationshipIds entityIds } } }", new { id = Target });

        var board = await CreateBoardAsync(client, "Entity changed board");
        var link = await client.OkAsync(Editor, """
            mutation($id: ID!) { linkEntities(input: { from: $id, to: "bury-locality-system-board", type: ACCOUNTABLE_TO, reason: "r", rationale: "n" }) { relationship { id } } }
            """, new { id = board });

        var seen = (await subscription.NextAsync())!["data"]!["entityChanged"]!;
        Assert.Equal(Target, seen["id"]!.GetValue<string>());
        Assert.False(seen["entityChanged"]!.GetValue<bool>());
        Assert.Equal(link["linkEntities"]!["relationship"]!["id"]!.GetValue<string>(), seen["change"]!["relationshipIds"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task ScenarioChanged_needs_a_planner_editor_or_admin_and_a_known_scenario()
    {
        using var client = factory.CreateClient();
        var scenario = await client.OpenScenarioAsync(Planner, "Roles for scenarioChanged");
        const string Query = "subscription($s: ID!) { scenarioChanged(id: $s) { kind } }";

        Assert.Equal("AUTH_NOT_AUTHENTICATED", await RefusalAsync(client, null, Query, new { s = scenario }));
        Assert.Equal("AUTH_NOT_AUTHORIZED", await RefusalAsync(client, Reader, Query, new { s = scenario }));
        Assert.Equal("NOT_FOUND", await RefusalAsync(client, Planner, Query, new { s = "scn-that-does-not-exist" }));

        // The published graph is open to anyone who may read, as its queries are.
        await using var open = await SseSubscription.OpenAsync(client, null, "subscription { graphChanged { version } }");
        await using var planner = await SseSubscription.OpenAsync(client, Planner, Query, new { s = scenario });
        await WriteInScenarioAsync(client, scenario, "Planner may subscribe board");
        Assert.Equal("WRITE", (await planner.NextAsync())!["data"]!["scenarioChanged"]!["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_scenario_subscriber_sees_only_its_scenario_and_graphChanged_only_the_published_graph()
    {
        using var client = factory.CreateClient();
        var mine = await client.OpenScenarioAsync(Planner, "Mine");
        var other = await client.OpenScenarioAsync(Planner, "Other");
        await using var scenario = await SseSubscription.OpenAsync(client, Planner, "subscription($s: ID!) { scenarioChanged(id: $s) { scenarioId kind change { entityIds } } }", new { s = mine });
        await using var graph = await SseSubscription.OpenAsync(client, Planner, "subscription { graphChanged { entityIds } }");

        await WriteInScenarioAsync(client, other, "In the other scenario");
        var inMine = await WriteInScenarioAsync(client, mine, "In my scenario");
        var baseline = await CreateBoardAsync(client, "In the baseline");

        var first = (await scenario.NextAsync())!["data"]!["scenarioChanged"]!;
        Assert.Equal(mine, first["scenarioId"]!.GetValue<string>());
        Assert.Equal("WRITE", first["kind"]!.GetValue<string>());
        Assert.Equal(inMine, first["change"]!["entityIds"]![0]!.GetValue<string>());
        Assert.Equal(baseline, (await graph.NextAsync())!["data"]!["graphChanged"]!["entityIds"]![0]!.GetValue<string>());

        await client.OkAsync(Planner, """mutation($s: ID!) { discardScenario(input: { scenario: $s, reason: "r", rationale: "n" }) { scenario { status } } }""", new { s = mine });
        Assert.Equal("DISCARDED", (await scenario.NextAsync())!["data"]!["scenarioChanged"]!["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task Ten_thousand_subscribe_and_cancel_cycles_leave_no_subscription_behind()
    {
        var executor = factory.Services.GetRequiredService<GraphQLRequestExecutor>();
        var hub = factory.Services.GetRequiredService<ChangeHub>();
        var before = hub.ActiveSubscriptions;
        for (var i = 0; i < 10_000; i++)
        {
            using var cancel = new CancellationTokenSource();
            var result = await executor.SubscribeAsync(new GraphQLRequest { Query = "subscription { graphChanged { version } }", Services = factory.Services }, cancel.Token);
            Assert.NotNull(result.Stream);
            if (i % 2 == 0)
            {
                // Half are read (waiting for an event) when cancelled, half are cancelled before anyone reads.
                await using var events = result.Stream.GetAsyncEnumerator(cancel.Token);
                var waiting = events.MoveNextAsync();
                await cancel.CancelAsync();
                try
                {
                    Assert.False(await waiting); // the stream ended, or ...
                }
                catch (OperationCanceledException)
                {
                    // ... the wait was cancelled: either way the subscription is gone.
                }
            }
            else
            {
                await cancel.CancelAsync();
            }
        }

        Assert.Equal(before, hub.ActiveSubscriptions);
    }

    [Fact]
    public async Task Subscribe_and_complete_over_one_websocket_and_closing_it_free_every_subscription()
    {
        var hub = factory.Services.GetRequiredService<ChangeHub>();
        var before = hub.ActiveSubscriptions;
        var ws = factory.Server.CreateWebSocketClient();
        ws.SubProtocols.Add("graphql-transport-ws");
        using var socket = await ws.ConnectAsync(new Uri(factory.Server.BaseAddress, "graphql"), CancellationToken.None);
        await SendAsync(socket, """{"type":"connection_init","payload":{"Authorization":"Bearer """ + Planner + "\"}}");
        Assert.Equal("connection_ack", (await ReceiveAsync(socket))["type"]!.GetValue<string>());

        for (var i = 0; i < 1_000; i++)
        {
            await SendAsync(socket, $$$"""{"id":"s{{{i}}}","type":"subscribe","payload":{"query":"subscription { graphChanged { version } }"}}""");
            await SendAsync(socket, $$"""{"id":"s{{i}}","type":"complete"}""");
        }

        // Ten left open, then the socket closes: every one of them ends with it.
        for (var i = 0; i < 10; i++)
        {
            await SendAsync(socket, $$$"""{"id":"open{{{i}}}","type":"subscribe","payload":{"query":"subscription { graphChanged { version } }"}}""");
        }

        await SendAsync(socket, """{"type":"ping"}""");
        Assert.Equal("pong", (await ReceiveAsync(socket))["type"]!.GetValue<string>());
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);

        Assert.True(await EventuallyAsync(() => hub.ActiveSubscriptions == before), $"{hub.ActiveSubscriptions - before} subscriptions left after the socket closed");
    }

    [Fact]
    public async Task A_websocket_subscriber_gets_the_write_then_an_error_message_for_a_refused_subscription()
    {
        var ws = factory.Server.CreateWebSocketClient();
        ws.SubProtocols.Add("graphql-transport-ws");
        using var socket = await ws.ConnectAsync(new Uri(factory.Server.BaseAddress, "graphql"), CancellationToken.None);
        await SendAsync(socket, """{"type":"connection_init","payload":{"token":""" + "\"" + Reader + "\"}}");
        Assert.Equal("connection_ack", (await ReceiveAsync(socket))["type"]!.GetValue<string>());

        await SendAsync(socket, """{"id":"scn","type":"subscribe","payload":{"query":"subscription { scenarioChanged(id: \"x\") { kind } }"}}""");
        var refused = await ReceiveAsync(socket);
        Assert.Equal("error", refused["type"]!.GetValue<string>());
        Assert.Equal("AUTH_NOT_AUTHORIZED", refused["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());

        await SendAsync(socket, """{"id":"g","type":"subscribe","payload":{"query":"subscription { graphChanged { entityIds } }"}}""");
        await SendAsync(socket, """{"type":"ping"}""");
        Assert.Equal("pong", (await ReceiveAsync(socket))["type"]!.GetValue<string>());
        using var client = factory.CreateClient();
        var id = await CreateBoardAsync(client, "Websocket board");
        var next = await ReceiveAsync(socket);
        Assert.Equal("next", next["type"]!.GetValue<string>());
        Assert.Equal(id, next["payload"]!["data"]!["graphChanged"]!["entityIds"]![0]!.GetValue<string>());
    }

    private static async Task<string> RefusalAsync(HttpClient client, string? token, string query, object variables)
    {
        await using var refused = await SseSubscription.OpenAsync(client, token, query, variables);
        var result = (await refused.NextAsync())!;
        Assert.Null(result["data"]);
        Assert.Null(await refused.NextAsync());
        return result["errors"]![0]!["extensions"]!["code"]!.GetValue<string>();
    }

    private static async Task<string> CreateBoardAsync(HttpClient client, string name)
    {
        var data = await client.OkAsync(Editor, """mutation($n: String!) { createEntity(input: { kind: BOARD, name: $n, reason: "r", rationale: "n" }) { entity { id } } }""", new { n = name + " " + Guid.NewGuid().ToString("N")[..6] });
        return data["createEntity"]!["entity"]!["id"]!.GetValue<string>();
    }

    private static async Task<string> WriteInScenarioAsync(HttpClient client, string scenario, string name)
    {
        var data = await client.OkAsync(Planner, """mutation($n: String!, $s: ID!) { createEntity(input: { kind: BOARD, name: $n, reason: "r", rationale: "n", scenario: $s }) { entity { id } } }""", new { n = name + " " + Guid.NewGuid().ToString("N")[..6], s = scenario });
        return data["createEntity"]!["entity"]!["id"]!.GetValue<string>();
    }

    internal static Task SendAsync(WebSocket socket, string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    internal static async Task<JsonNode> ReceiveAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult received;
        do
        {
            received = await socket.ReceiveAsync(buffer, timeout.Token);
            message.Write(buffer, 0, received.Count);
        }
        while (!received.EndOfMessage);
        return JsonNode.Parse(message.ToArray())!;
    }

    /// <summary>Polls until the condition holds or a generous bound passes (propagation, not a timing assertion).</summary>
    internal static async Task<bool> EventuallyAsync(Func<bool> condition)
    {
        for (var i = 0; i < 300; i++)
        {
            if (condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return condition();
    }
}
