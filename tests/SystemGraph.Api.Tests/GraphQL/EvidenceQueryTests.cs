using Microsoft.AspNetCore.Hosting;
using SystemGraph.TestSupport;

namespace SystemGraph.Api.Tests.GraphQL;

/// <summary>
/// Basis, rationale and lastEvidencedOn on lines; includeInferred and evidencedSince on the traversals and on
/// relationships; Document title and url; entity(id:) by a former id (issue #14). Served over HTTP from the small
/// evidence seed the validator's good fixture is (tests/SystemGraph.Graph.Tests/Seed/Fixtures/evidence/good),
/// so each answer is known line by line.
/// </summary>
public sealed class EvidenceQueryTests(EvidenceQueryTests.EvidenceSeedFactory factory) : IClassFixture<EvidenceQueryTests.EvidenceSeedFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task A_stated_only_chain_stops_where_the_papers_stop()
    {
        var data = await client.DataAsync("""
            {
              all: accountabilityChain(from: "bury-idc") { apexes { id } graph { edges { id basis } } }
              stated: accountabilityChain(from: "bury-idc", includeInferred: false) { apexes { id } graph { edges { id basis rationale } } }
              down: accountableTo(to: "gm-icb", includeInferred: false) { paths { length } apexes { id } }
            }
            """);

        Assert.Equal(["gm-icb"], Ids(data["all"]!["apexes"]!));
        Assert.Contains(data["all"]!["graph"]!["edges"]!.AsArray(), e => e!["basis"]!.GetValue<string>() == "INFERRED");
        Assert.Equal(["bury-system-board"], Ids(data["stated"]!["apexes"]!));
        Assert.All(data["stated"]!["graph"]!["edges"]!.AsArray(), e =>
        {
            Assert.Equal("STATED", e!["basis"]!.GetValue<string>());
            Assert.Null(e["rationale"]);
        });
        Assert.Empty(data["down"]!["paths"]!.AsArray());
        Assert.Equal(["gm-icb"], Ids(data["down"]!["apexes"]!));
    }

    [Fact]
    public async Task Lines_carry_basis_rationale_and_the_date_of_their_latest_evidence()
    {
        var data = await client.DataAsync("""
            {
              inferred: relationships(where: { basis: { eq: INFERRED } }, order: [{ id: ASC }]) { totalCount nodes { id basis rationale lastEvidencedOn } }
              byBasis: relationships(order: [{ basis: DESC }, { id: ASC }], first: 1) { nodes { id basis } }
              since2022: relationships(evidencedSince: "2022-01-01") { nodes { id lastEvidencedOn } }
              sinceAndStated: relationships(evidencedSince: "2021-01-01", where: { basis: { eq: STATED } }) { totalCount }
              ccg: relationships(where: { from: { id: { eq: "nhs-bury-ccg" } }, type: { eq: MEMBER_OF } }) { nodes { validTo sources { table } } }
            }
            """);

        var inferred = data["inferred"]!["nodes"]!.AsArray();
        Assert.Equal(3, data["inferred"]!["totalCount"]!.GetValue<int>());
        Assert.All(inferred, l => Assert.False(string.IsNullOrWhiteSpace(l!["rationale"]!.GetValue<string>())));
        var succession = inferred.Single(l => l!["id"]!.GetValue<string>() == "nhs-bury-ccg.succeeded-by.gm-icb")!;
        Assert.Equal("2022-04-28", succession["lastEvidencedOn"]!.GetValue<string>());
        Assert.Equal("STATED", data["byBasis"]!["nodes"]![0]!["basis"]!.GetValue<string>());
        Assert.Equal(["nhs-bury-ccg.succeeded-by.gm-icb"], data["since2022"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
        Assert.Equal(5, data["sinceAndStated"]!["totalCount"]!.GetValue<int>());
        // The CCG ceased on 30 June 2022: its membership ends with it, though the paper gives the line no end.
        var membership = Assert.Single(data["ccg"]!["nodes"]!.AsArray())!;
        Assert.Equal("2022-06-30", membership["validTo"]!.GetValue<string>());
        Assert.False(membership["sources"]![0]!["table"]!.GetValue<bool>());
    }

    [Fact]
    public async Task The_other_traversals_take_include_inferred_and_evidenced_since()
    {
        var data = await client.DataAsync("""
            {
              allChart: orgChart(root: "gm-icb", depth: 1) { nodes { id } }
              chart: orgChart(root: "gm-icb", includeInferred: false) { nodes { id } }
              recentChart: orgChart(root: "bury-system-board", evidencedSince: "2022-01-01") { nodes { id } }
              all: connection(from: "bury-idc", to: "gm-icb") { length }
              stated: connection(from: "bury-idc", to: "gm-icb", includeInferred: false) { length }
              transition: ccgTransition(ccg: "nhs-bury-ccg") { successors { id } }
              statedTransition: ccgTransition(ccg: "nhs-bury-ccg", includeInferred: false) { successors { id } }
            }
            """);

        Assert.Equal(["gm-icb", "bury-system-board"], Ids(data["allChart"]!["nodes"]!));
        Assert.Equal(["gm-icb"], Ids(data["chart"]!["nodes"]!));
        Assert.Equal(["bury-system-board"], Ids(data["recentChart"]!["nodes"]!));
        // Two shortest paths (the IDC is both accountable to and held to account by the board), both through the inferred line.
        Assert.Equal([2, 2], data["all"]!.AsArray().Select(p => p!["length"]!.GetValue<int>()));
        Assert.Empty(data["stated"]!.AsArray());
        Assert.Equal(["gm-icb"], Ids(data["transition"]!["successors"]!));
        Assert.Empty(data["statedTransition"]!["successors"]!.AsArray());
    }

    [Fact]
    public async Task An_entitys_own_lines_take_include_inferred_and_evidenced_since()
    {
        var data = await client.DataAsync("""
            {
              entity(id: "nhs-bury-ccg") {
                all: relationships { id basis }
                stated: relationships(includeInferred: false) { id basis }
                recent: relationships(evidencedSince: "2022-01-01") { id }
                recentStated: relationships(evidencedSince: "2022-01-01", includeInferred: false) { id }
              }
            }
            """);

        const string succession = "nhs-bury-ccg.succeeded-by.gm-icb";
        var entity = data["entity"]!;
        Assert.Contains(succession, Ids(entity["all"]!));
        Assert.Contains(entity["all"]!.AsArray(), l => l!["basis"]!.GetValue<string>() == "STATED");
        Assert.NotEmpty(entity["stated"]!.AsArray());
        Assert.All(entity["stated"]!.AsArray(), l => Assert.Equal("STATED", l!["basis"]!.GetValue<string>()));
        Assert.Equal(entity["all"]!.AsArray().Count - 1, entity["stated"]!.AsArray().Count);
        Assert.Equal([succession], Ids(entity["recent"]!));
        Assert.Empty(entity["recentStated"]!.AsArray());
    }

    [Fact]
    public async Task Documents_have_title_and_url_and_a_former_id_finds_the_survivor()
    {
        var data = await client.DataAsync("""
            {
              act: entity(id: "doc-act") { ... on Document { title url file publishedOn } }
              merged: entity(id: "bury-locality-board") { id name }
              missing: entity(id: "no-such-entity") { id }
              cited: relationships(where: { sources: { some: { document: { url: { startsWith: "https://example.org" } } } } }) { nodes { id } }
              cells: relationships(where: { sources: { some: { table: { eq: true } } } }) { nodes { id } }
            }
            """);

        Assert.Equal("The Fixture Act (an external citation made up for the test)", data["act"]!["title"]!.GetValue<string>());
        Assert.Equal("https://example.org/fixture-act", data["act"]!["url"]!.GetValue<string>());
        Assert.Equal("https://example.org/fixture-act", data["act"]!["file"]!.GetValue<string>());
        Assert.Equal("bury-system-board", data["merged"]!["id"]!.GetValue<string>());
        Assert.Null(data["missing"]);
        Assert.Equal(["nhs-bury-ccg.succeeded-by.gm-icb"], Ids(data["cited"]!["nodes"]!));
        Assert.Equal(["mental-health.planned-at.gm-area"], Ids(data["cells"]!["nodes"]!));
    }

    private static List<string> Ids(System.Text.Json.Nodes.JsonNode list) => [.. list.AsArray().Select(n => n!["id"]!.GetValue<string>())];

    /// <summary>The API over the evidence fixture seed, without the ODS reference data.</summary>
    public sealed class EvidenceSeedFactory : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Graph:SeedPath", Path.Combine(RepositoryPaths.Root, "tests", "SystemGraph.Graph.Tests", "Seed", "Fixtures", "evidence", "good"));
            builder.UseSetting("Graph:OdsPath", "none");
        }
    }
}
