using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using SystemGraph.Api.Caching;
using SystemGraph.TestSupport;

namespace SystemGraph.Api.Tests.Explorer;

/// <summary>
/// The explorer's persisted operations (Explorer/dist/operations, written by its build) run on a server that allows
/// only them, by hash: what an allow-list deployment of the explorer does.
/// </summary>
public sealed class ExplorerOperationsTests(ExplorerOperationsTests.ExplorerAllowListFactory factory) : IClassFixture<ExplorerOperationsTests.ExplorerAllowListFactory>
{
    private static readonly string OperationsDirectory = Path.Combine(RepositoryPaths.Root, "src", "SystemGraph.Api", "Explorer", "dist", "operations");

    public static TheoryData<string, string> Reads => new()
    {
        { "ExplorerSearch", """{ "text": "bury" }""" },
        { "ExplorerEntity", """{ "id": "bury-integrated-delivery-collaborative" }""" },
        { "ExplorerOrgChart", """{ "root": "bury-locality-system-board", "asOf": "2022-07-01" }""" },
        { "ExplorerChain", """{ "from": "bury-integrated-delivery-collaborative", "includeProposed": false }""" },
        { "ExplorerTransitions", "{}" },
        { "ExplorerCcgTransition", """{ "ccg": "nhs-bury-ccg" }""" },
        { "ExplorerDocument", """{ "id": "doc-bury-partnership-2021" }""" },
    };

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task Each_read_runs_by_hash_alone(string operation, string variables)
    {
        using var client = factory.CreateClient();
        var text = await File.ReadAllTextAsync(Path.Combine(OperationsDirectory, operation + ".graphql"));

        using var response = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new
        {
            operationName = operation,
            variables = JsonNode.Parse(variables),
            extensions = new { persistedQuery = new { version = 1, sha256Hash = PersistedOperationStep.HashOf(text) } },
        });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.True(body["errors"] is null, body.ToJsonString());
        Assert.NotNull(body["data"]);
    }

    [Fact]
    public void Every_operation_the_page_sends_is_in_the_directory()
    {
        var names = Directory.GetFiles(OperationsDirectory, "*.graphql").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);

        Assert.Equal(
            ["ExplorerCcgTransition", "ExplorerChain", "ExplorerCompare", "ExplorerCreateEntity", "ExplorerDocument", "ExplorerEntity", "ExplorerLink", "ExplorerOrgChart",
             "ExplorerReview", "ExplorerScenarios", "ExplorerSearch", "ExplorerSuggest", "ExplorerTransitions"],
            names);
    }

    public sealed class ExplorerAllowListFactory : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Cache:PersistedOperations:AllowListOnly", "true");
            builder.UseSetting("Cache:PersistedOperations:Directory", OperationsDirectory);
        }
    }
}
