using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using SystemGraph.Api.Caching;
using static SystemGraph.Api.Tests.Caching.CacheHttp;

namespace SystemGraph.Api.Tests.Caching;

/// <summary>Apollo's automatic persisted queries, and the allow-list mode for production.</summary>
public sealed class PersistedOperationTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Unknown_hash_then_registration_then_hash_only_requests()
    {
        const string query = "{ entity(id: \"bury\") { id name } }";
        var hash = PersistedOperationStep.HashOf(query);

        var notFound = await PostHashOnlyAsync(client, hash);
        var registered = await PostAsync(client, query, Persisted(hash));
        var byHash = await PostHashOnlyAsync(client, hash);
        var viaGet = await client.GetAsync(new Uri("/graphql?extensions=" + Uri.EscapeDataString($"{{\"persistedQuery\":{{\"version\":1,\"sha256Hash\":\"{hash}\"}}}}"), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, notFound.Response.StatusCode);
        Assert.Equal("PersistedQueryNotFound", notFound.Body["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal(PersistedOperationStep.NotFoundCode, notFound.Body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("bury", registered.Body["data"]!["entity"]!["id"]!.GetValue<string>());
        Assert.Equal("bury", byHash.Body["data"]!["entity"]!["id"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, viaGet.StatusCode);
        Assert.Equal("bury", JsonNode.Parse(await viaGet.Content.ReadAsStringAsync())!["data"]!["entity"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_hash_that_does_not_match_the_text_is_refused()
    {
        var wrong = PersistedOperationStep.HashOf("{ graphStats { entities } }");

        var refused = await PostAsync(client, "{ entity(id: \"bury\") { id } }", Persisted(wrong));

        Assert.Equal(HttpStatusCode.BadRequest, refused.Response.StatusCode);
        Assert.Equal(PersistedOperationStep.HashMismatchCode, refused.Body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(refused.Body["data"]);
    }
}

/// <summary>Allow-list mode: only the operations in the configured folder run, by hash or by text.</summary>
public sealed class AllowListTests(AllowListTests.AllowListFactory factory) : IClassFixture<AllowListTests.AllowListFactory>
{
    private const string Allowed = "query Stats { graphStats { entities } }";

    [Fact]
    public async Task Registered_operations_run_and_everything_else_is_refused()
    {
        using var client = factory.CreateClient();

        var byHash = await PostHashOnlyAsync(client, PersistedOperationStep.HashOf(Allowed));
        var byText = await PostAsync(client, Allowed);
        var other = await PostAsync(client, "{ graphStats { relationships } }");
        var registering = await PostAsync(client, "{ graphStats { documents } }", Persisted(PersistedOperationStep.HashOf("{ graphStats { documents } }")));

        Assert.True(byHash.Body["data"]!["graphStats"]!["entities"]!.GetValue<int>() > 0);
        Assert.True(byText.Body["data"]!["graphStats"]!["entities"]!.GetValue<int>() > 0);
        Assert.Equal(PersistedOperationStep.NotAllowedCode, other.Body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(PersistedOperationStep.NotAllowedCode, registering.Body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    public sealed class AllowListFactory : ApiFactory
    {
        private readonly string directory = Directory.CreateTempSubdirectory("systemgraph-allowlist-").FullName;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            File.WriteAllText(Path.Combine(directory, "stats.graphql"), Allowed);
            builder.UseSetting("Cache:PersistedOperations:AllowListOnly", "true");
            builder.UseSetting("Cache:PersistedOperations:Directory", directory);
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);

            // WebApplicationFactory may dispose through both Dispose and DisposeAsync.
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }
}
