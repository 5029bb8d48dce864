using Snapshooter.Xunit;

namespace SystemGraph.Api.Tests.GraphQL;

/// <summary>Every Query field of the contract, answered from the seeded graph over HTTP: happy path, asOf, bad arguments.</summary>
public sealed class QueryFieldTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Node_nodes_and_entity_find_entities_and_relationships_by_id()
    {
        var data = await client.DataAsync("""
            {
              node(id: "nhs-bury-ccg") { id ... on Organisation { odsCode organisationType } }
              nodes(ids: ["bury", "missing"]) { id __typename }
              entity(id: "greater-manchester-ics") { name kind ... on Area { level children { id } } }
            }
            """);

        Assert.Equal("00V", data["node"]!["odsCode"]!.GetValue<string>());
        Assert.Equal("CCG", data["node"]!["organisationType"]!.GetValue<string>());
        Assert.Equal("Area", data["nodes"]![0]!["__typename"]!.GetValue<string>());
        Assert.Null(data["nodes"]![1]);
        Assert.Equal("SYSTEM", data["entity"]!["level"]!.GetValue<string>());
        Assert.Contains(data["entity"]!["children"]!.AsArray(), c => c!["id"]!.GetValue<string>() == "bury");
    }

    [Fact]
    public async Task Node_by_relationship_id_returns_the_relationship()
    {
        var data = await client.DataAsync("""{ node(id: "nhs-bury-ccg.covers.bury") { __typename ... on Relationship { type status from { id } to { id } } } }""");

        Assert.Equal("Relationship", data["node"]!["__typename"]!.GetValue<string>());
        Assert.Equal("ENDED", data["node"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Nodes_refuses_too_many_ids()
    {
        var ids = string.Join(",", Enumerable.Range(0, 101).Select(i => $"\"id{i}\""));

        var response = await client.PostAsync($"{{ nodes(ids: [{ids}]) {{ id }} }}");

        Assert.Equal("INVALID_ARGUMENT", response.Code());
    }

    [Fact]
    public async Task Connections_filter_sort_and_page_with_hot_chocolate_conventions()
    {
        var data = await client.DataAsync("""
            {
              organisations(where: { organisationType: { eq: "CCG" } }, order: [{ name: ASC }], first: 2) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                edges { cursor node { id name } }
                nodes { id }
              }
            }
            """);

        var connection = data["organisations"]!;
        Assert.True(connection["totalCount"]!.GetValue<int>() >= 4);
        Assert.True(connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.False(connection["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.Equal(2, connection["edges"]!.AsArray().Count);
        var names = connection["edges"]!.AsArray().Select(e => e!["node"]!["name"]!.GetValue<string>()).ToList();
        Assert.Equal(names.Order(StringComparer.OrdinalIgnoreCase), names);

        var next = await client.DataAsync("""
            query($after: String) { organisations(where: { organisationType: { eq: "CCG" } }, order: [{ name: ASC }], first: 2, after: $after) { nodes { id } pageInfo { hasPreviousPage } } }
            """, new { after = connection["pageInfo"]!["endCursor"]!.GetValue<string>() });
        Assert.True(next["organisations"]!["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.DoesNotContain(next["organisations"]!["nodes"]!.AsArray(), n => names.Contains(n!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Connections_filter_on_aliases_and_related_lines_and_refuse_oversized_pages()
    {
        var data = await client.DataAsync("""
            {
              byAlias: entities(where: { aliases: { some: { eq: "Bury CCG" } } }) { nodes { id } }
              accountableToIcb: entities(where: { relationships: { some: { and: [{ type: { eq: ACCOUNTABLE_TO } }, { to: { id: { eq: "nhs-greater-manchester-icb" } } }] } } }) { totalCount }
              proposed: relationships(where: { status: { eq: PROPOSED }, type: { in: [ACCOUNTABLE_TO, REPORTS_TO] } }) { totalCount }
            }
            """);

        Assert.Equal("nhs-bury-ccg", data["byAlias"]!["nodes"]![0]!["id"]!.GetValue<string>());
        Assert.True(data["accountableToIcb"]!["totalCount"]!.GetValue<int>() > 0);
        Assert.True(data["proposed"]!["totalCount"]!.GetValue<int>() > 0);

        var tooMany = await client.PostAsync("{ boards(first: 51) { totalCount } }");
        Assert.Equal("PAGING_MAX_EXCEEDED", tooMany.Code());
    }

    [Fact]
    public async Task Search_ranks_names_and_aliases()
    {
        var data = await client.DataAsync("""{ search(text: "bury ccg", kinds: [ORGANISATION], first: 3) { score entity { id } } }""");

        Assert.Equal("nhs-bury-ccg", data["search"]![0]!["entity"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Accountability_chain_reaches_the_apex_with_evidence()
    {
        var data = await client.DataAsync("""
            {
              accountabilityChain(from: "bury-integrated-delivery-collaborative") {
                truncated
                apexes { id }
                paths { length steps { relationship { type status sources { quote document { file } } } to { id } } }
                graph { nodes { id } edges { id } }
              }
            }
            """);

        var chain = data["accountabilityChain"]!;
        Assert.Contains(chain["paths"]!.AsArray().SelectMany(p => p!["steps"]!.AsArray()), s => s!["to"]!["id"]!.GetValue<string>() == "nhs-greater-manchester-icb");
        Assert.All(chain["paths"]!.AsArray().SelectMany(p => p!["steps"]!.AsArray()), s => Assert.NotEmpty(s!["relationship"]!["sources"]!.AsArray()));
        Assert.NotEmpty(chain["apexes"]!.AsArray());
    }

    [Fact]
    public async Task Accountability_chain_without_proposed_lines_stops_earlier()
    {
        var data = await client.DataAsync("""
            {
              all: accountabilityChain(from: "bury-integrated-delivery-collaborative") { graph { nodes { id } } }
              firm: accountabilityChain(from: "bury-integrated-delivery-collaborative", includeProposed: false) { graph { nodes { id } } }
            }
            """);

        Assert.True(data["firm"]!["graph"]!["nodes"]!.AsArray().Count < data["all"]!["graph"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task Unknown_ids_are_not_found_errors()
    {
        var response = await client.PostAsync("""{ accountabilityChain(from: "no-such-body") { truncated } }""");

        Assert.Equal("NOT_FOUND", response.Code());
        Assert.Contains("no-such-body", response["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accountable_to_walks_downward()
    {
        var data = await client.DataAsync("""{ accountableTo(to: "bury-locality-system-board") { paths { steps { from { id } to { id } } } } }""");

        Assert.Contains(data["accountableTo"]!["paths"]!.AsArray(), p => p!["steps"]![0]!["to"]!["id"]!.GetValue<string>() == "bury-integrated-delivery-collaborative");
    }

    [Fact]
    public async Task Org_chart_is_flat_with_parent_ids()
    {
        var data = await client.DataAsync("""{ orgChart(root: "bury-locality-system-board", depth: 2) { root { id } truncated nodes { id parentId depth childCount entity { name } via { type } } edges { id } } }""");

        var nodes = data["orgChart"]!["nodes"]!.AsArray();
        Assert.Null(nodes[0]!["parentId"]);
        Assert.Equal(0, nodes[0]!["depth"]!.GetValue<int>());
        Assert.True(nodes.Count > 5);
        Assert.All(nodes.Skip(1), n => Assert.NotNull(n!["parentId"]));
        Assert.Equal(nodes.Count, nodes.Select(n => n!["id"]!.GetValue<string>()).Distinct().Count());
    }

    [Fact]
    public async Task Connection_finds_shortest_paths()
    {
        var data = await client.DataAsync("""{ connection(from: "bury-council", to: "nhs-england", maxDepth: 4) { length steps { from { id } to { id } } } }""");

        var paths = data["connection"]!.AsArray();
        Assert.NotEmpty(paths);
        Assert.All(paths, p => Assert.Equal(paths[0]!["length"]!.GetValue<int>(), p!["length"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Service_planning_in_greater_manchester_by_level_and_category()
    {
        var data = await client.DataAsync("""
            {
              all: servicePlanning(system: "greater-manchester-ics") { service { name category } mode level system { id } sources { quote } }
              gm: servicePlanning(system: "greater-manchester-ics", level: SYSTEM) { level }
              delivery: servicePlanning(system: "greater-manchester-ics", mode: DELIVERY, category: PRIMARY_CARE) { mode service { category } }
            }
            """);

        Assert.True(data["all"]!.AsArray().Count > 10);
        Assert.All(data["all"]!.AsArray(), a => Assert.Equal("PLANNING", a!["mode"]!.GetValue<string>()));
        Assert.All(data["gm"]!.AsArray(), a => Assert.Equal("SYSTEM", a!["level"]!.GetValue<string>()));
        Assert.All(data["delivery"]!.AsArray(), a => Assert.Equal("PRIMARY_CARE", a!["service"]!["category"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Ccg_transition_shows_successors_and_function_transfers()
    {
        var data = await client.DataAsync("""{ ccgTransition(ccg: "nhs-bury-ccg") { ccg { name } ceasedOn successors { id } transfers { function { name } from { id } to { id } status effectiveFrom sources { quote } } } }""");

        var transition = data["ccgTransition"]!;
        Assert.Equal("2022-06-30", transition["ceasedOn"]!.GetValue<string>());
        Assert.Contains(transition["successors"]!.AsArray(), s => s!["id"]!.GetValue<string>() == "nhs-greater-manchester-icb");
        Assert.NotEmpty(transition["transfers"]!.AsArray());
        Assert.All(transition["transfers"]!.AsArray(), t => Assert.Equal("nhs-bury-ccg", t!["from"]!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Transitions_filter_by_system_and_status()
    {
        var data = await client.DataAsync("""
            {
              all: transitions { function { id } status }
              gm: transitions(system: "greater-manchester-ics", status: [PROPOSED]) { status }
            }
            """);

        Assert.NotEmpty(data["all"]!.AsArray());
        Assert.All(data["gm"]!.AsArray(), t => Assert.Equal("PROPOSED", t!["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Graph_stats_count_by_kind()
    {
        var data = await client.DataAsync("{ graphStats { entities relationships documents byKind { kind count } } }");

        Assert.True(data["graphStats"]!["entities"]!.GetValue<int>() > 100);
        Assert.Contains(data["graphStats"]!["byKind"]!.AsArray(), k => k!["kind"]!.GetValue<string>() == "ORGANISATION");
    }

    [Fact]
    public async Task Relationships_asOf_keeps_lines_valid_on_the_date()
    {
        var data = await client.DataAsync("""
            {
              before: entity(id: "nhs-bury-ccg") { relationships(asOf: "2021-01-01", types: [COVERS]) { id } }
              after: entity(id: "nhs-bury-ccg") { relationships(asOf: "2023-01-01", types: [COVERS]) { id } }
            }
            """);

        Assert.NotEmpty(data["before"]!["relationships"]!.AsArray());
        Assert.Empty(data["after"]!["relationships"]!.AsArray());
    }

    [Fact]
    public async Task Representative_chain_response_matches_snapshot()
    {
        var data = await client.DataAsync("""
            { accountabilityChain(from: "bury-integrated-delivery-collaborative", maxDepth: 3) { truncated apexes { id } paths { length steps { from { id } relationship { id type status } to { id } } } } }
            """);

        Snapshot.Match(Newtonsoft.Json.Linq.JToken.Parse(data.ToJsonString()));
    }

    [Fact]
    public async Task Representative_service_planning_response_matches_snapshot()
    {
        var data = await client.DataAsync("""{ servicePlanning(system: "greater-manchester-ics", category: MENTAL_HEALTH) { service { id name } mode level } }""");

        Snapshot.Match(Newtonsoft.Json.Linq.JToken.Parse(data.ToJsonString()));
    }
}
