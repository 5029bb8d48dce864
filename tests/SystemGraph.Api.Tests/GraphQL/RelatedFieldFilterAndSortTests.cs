using System.Text.Json.Nodes;

namespace SystemGraph.Api.Tests.GraphQL;

/// <summary>
/// Hot Chocolate-style filtering and sorting through object fields that follow lines (parent, chair, areas,
/// members, sro, levels, sources ...): a filter on a field must agree with what the field itself returns.
/// </summary>
public sealed class RelatedFieldFilterAndSortTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Single_entity_field_filter_matches_what_the_field_returns()
    {
        var data = await client.DataAsync("""
            {
              areas(first: 50, where: { parent: { id: { eq: "greater-manchester-ics" } } }) { totalCount nodes { id parent { id } } }
              entity(id: "greater-manchester-ics") { ... on Area { children { id } } }
              noParent: areas(first: 50, where: { level: { eq: SYSTEM }, parent: { name: { eq: "No such area" } } }) { totalCount }
            }
            """);

        var filtered = Ids(data["areas"]!["nodes"]!);
        Assert.NotEmpty(filtered);
        Assert.All(data["areas"]!["nodes"]!.AsArray(), n => Assert.Equal("greater-manchester-ics", n!["parent"]!["id"]!.GetValue<string>()));
        Assert.Equal(Ids(data["entity"]!["children"]!).Order(), filtered.Order());
        Assert.Equal(0, data["noParent"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Board_chair_filter_and_sort_use_todays_chair()
    {
        var data = await client.DataAsync("""
            {
              chaired: boards(first: 50, where: { chair: { kind: { eq: PERSON } } }, order: [{ chair: { name: DESC } }]) { nodes { id chair { name } } }
            }
            """);

        var names = data["chaired"]!["nodes"]!.AsArray().Select(n => n!["chair"]!["name"]!.GetValue<string>()).ToList();
        Assert.NotEmpty(names);
        Assert.Equal(names.OrderDescending(StringComparer.OrdinalIgnoreCase), names);
        Assert.Contains("one-halton-provider-alliance", Ids(data["chaired"]!["nodes"]!));
    }

    [Fact]
    public async Task Entity_list_fields_filter_with_some_all_none_and_any()
    {
        var data = await client.DataAsync("""
            {
              some: organisations(first: 50, where: { areas: { some: { level: { eq: PLACE } } } }) { totalCount nodes { areas { level } } }
              none: organisations(first: 50, where: { areas: { none: { level: { eq: PLACE } } } }) { totalCount }
              all: organisations(first: 50) { totalCount }
              anyArea: organisations(first: 50, where: { areas: { any: true } }) { totalCount }
              noArea: organisations(first: 50, where: { areas: { any: false } }) { totalCount }
              allPlace: organisations(first: 50, where: { areas: { all: { level: { eq: PLACE } } } }) { totalCount }
            }
            """);

        Assert.All(data["some"]!["nodes"]!.AsArray(), n => Assert.Contains(n!["areas"]!.AsArray(), a => a!["level"]!.GetValue<string>() == "PLACE"));
        Assert.Equal(Count(data, "all"), Count(data, "some") + Count(data, "none"));
        Assert.Equal(Count(data, "all"), Count(data, "anyArea") + Count(data, "noArea"));
        // "all" holds vacuously for organisations with no area, as Hot Chocolate's list filter does.
        Assert.True(Count(data, "allPlace") >= Count(data, "noArea"));
    }

    [Fact]
    public async Task Line_list_fields_filter_on_the_lines_and_their_other_end()
    {
        var data = await client.DataAsync("""
            {
              agreements(first: 50, where: { parties: { some: { membershipLevel: { eq: FULL }, from: { id: { eq: "gateshead-council" } } } } }) { nodes { id } }
              people(first: 50, where: { roles: { some: { type: { eq: CHAIRS } } } }) { nodes { id roles { type } } }
            }
            """);

        Assert.Equal(["gateshead-alliance-agreement-2021"], Ids(data["agreements"]!["nodes"]!));
        Assert.NotEmpty(data["people"]!["nodes"]!.AsArray());
        Assert.All(data["people"]!["nodes"]!.AsArray(), p => Assert.Contains(p!["roles"]!.AsArray(), r => r!["type"]!.GetValue<string>() == "CHAIRS"));
    }

    [Fact]
    public async Task Service_levels_filter_by_mode_level_and_system()
    {
        var data = await client.DataAsync("""
            {
              place: services(first: 50, where: { levels: { some: { mode: { eq: DELIVERY }, level: { eq: PLACE }, system: { id: { eq: "greater-manchester-ics" } } } } }) {
                totalCount nodes { levels(mode: DELIVERY) { level } }
              }
              planning: services(first: 50, where: { levels: { some: { mode: { in: [PLANNING] } } } }) { totalCount }
              unplanned: services(first: 50, where: { levels: { any: false } }) { totalCount }
              all: services(first: 50) { totalCount }
            }
            """);

        Assert.True(Count(data, "place") > 0);
        Assert.All(data["place"]!["nodes"]!.AsArray(), n => Assert.Contains(n!["levels"]!.AsArray(), l => l!["level"]!.GetValue<string>() == "PLACE"));
        Assert.Equal(Count(data, "all"), Count(data, "planning") + Count(data, "unplanned"));
    }

    [Fact]
    public async Task Sources_filter_on_document_section_and_quote_for_entities_and_relationships()
    {
        var data = await client.DataAsync("""
            {
              entities(first: 50, where: { sources: { some: { document: { id: { eq: "doc-gm-ics-transition-2021" } }, section: { eq: "1.2" } } } }) { nodes { id } }
              relationships(first: 50, where: { sources: { some: { quote: { contains: "Bury" } } } }) { totalCount nodes { sources { quote } } }
              unsourced: relationships(first: 50, where: { sources: { any: false } }) { totalCount }
            }
            """);

        Assert.Contains("bury", Ids(data["entities"]!["nodes"]!));
        Assert.True(Count(data, "relationships") > 0);
        Assert.All(data["relationships"]!["nodes"]!.AsArray(), r => Assert.Contains(r!["sources"]!.AsArray(), s => s!["quote"]!.GetValue<string>().Contains("Bury", StringComparison.Ordinal)));
        Assert.Equal(0, Count(data, "unsourced"));
    }

    [Fact]
    public async Task Relationships_sort_by_a_field_of_their_ends()
    {
        var data = await client.DataAsync("""
            {
              byFrom: relationships(first: 50, where: { type: { eq: MEMBER_OF } }, order: [{ from: { name: DESC } }, { to: { name: ASC } }]) { nodes { from { name } to { name } } }
              programmes(first: 50, order: [{ sro: { name: ASC } }, { name: ASC }]) { nodes { name sro { name } } }
            }
            """);

        var froms = data["byFrom"]!["nodes"]!.AsArray().Select(n => n!["from"]!["name"]!.GetValue<string>()).ToList();
        Assert.True(froms.Count > 5);
        Assert.Equal(froms.OrderDescending(StringComparer.OrdinalIgnoreCase), froms);

        // Programmes without an SRO sort after those with one, whatever the direction.
        var sros = data["programmes"]!["nodes"]!.AsArray().Select(n => n!["sro"]?["name"]?.GetValue<string>()).ToList();
        var withSro = sros.TakeWhile(s => s is not null).ToList();
        Assert.NotEmpty(withSro);
        Assert.All(sros.Skip(withSro.Count), Assert.Null);
        Assert.Equal(withSro.Order(StringComparer.OrdinalIgnoreCase), withSro);
    }

    [Fact]
    public async Task Nested_filters_combine_lines_their_sources_and_the_cited_documents()
    {
        var data = await client.DataAsync("""
            {
              boards(first: 50, where: { members: { some: { from: { kind: { eq: ORGANISATION } }, sources: { some: { document: { id: { eq: "doc-bury-partnership-2021" } } } } } } }) {
                nodes { id members { from { kind } sources { document { id } } } }
              }
            }
            """);

        var boards = data["boards"]!["nodes"]!.AsArray();
        Assert.NotEmpty(boards);
        Assert.All(boards, b => Assert.Contains(b!["members"]!.AsArray(), m =>
            m!["from"]!["kind"]!.GetValue<string>() == "ORGANISATION"
            && m["sources"]!.AsArray().Any(s => s!["document"]!["id"]!.GetValue<string>() == "doc-bury-partnership-2021")));
    }

    private static List<string> Ids(JsonNode nodes) => nodes.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();

    private static int Count(JsonNode data, string alias) => data[alias]!["totalCount"]!.GetValue<int>();
}
