using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Options;
using SystemGraph.Api.Extensions;
using SystemGraph.Api.Tests.Store;
using SystemGraph.TestSupport;

namespace SystemGraph.Api.Tests.Health;

/// <summary>Every options class is validated when the host starts: a bad setting stops start-up naming the setting.</summary>
[Collection(StartUpFailureCollection.Name)]
public sealed class OptionsValidationTests
{
    [Theory]
    [InlineData("GraphQL:Limits:MaxDepth", "-1", "GraphQL:Limits: MaxDepth")]
    [InlineData("GraphQL:Limits:MaxNodeIds", "0", "MaxNodeIds")]
    [InlineData("GraphQL:Limits:DefaultPageSize", "500", "DefaultPageSize must be between 1 and MaxPageSize")]
    [InlineData("Cache:TimeToLive", "00:00:00", "Cache: TimeToLive")]
    [InlineData("Cache:PersistedOperations:AllowListOnly", "true", "AllowListOnly needs Cache:PersistedOperations:Directory")]
    [InlineData("Cache:PersistedOperations:Directory", "/no/such/folder/for/systemgraph", "Directory does not exist")]
    [InlineData("Cache:FailureRatio", "1.5", "FailureRatio must be in (0, 1]")]
    [InlineData("Cache:OperationTimeout", "-00:00:01", "OperationTimeout")]
    [InlineData("GraphQL:Http:MaxRequestBytes", "0", "GraphQL:Http:MaxRequestBytes must be positive.")]
    [InlineData("Auth:AnonymousReads", "false", "Auth:AnonymousReads is off")]
    [InlineData("Subscriptions:BufferSize", "0", "Subscriptions: BufferSize")]
    [InlineData("Subscriptions:KeepAliveInterval", "00:00:00", "Subscriptions: MaxSubscriptionsPerConnection")]
    public async Task A_bad_setting_stops_start_up_naming_it(string key, string value, string message)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration["Graph:SeedPath"] = RepositoryPaths.GraphSeed;
        builder.Configuration["Graph:OdsPath"] = "none";
        builder.Configuration[key] = value;
        builder.AddSystemGraphAuth();
        builder.AddSystemGraphStore();
        builder.AddSystemGraphGraphQL();
        builder.AddSystemGraphCaching();
        builder.AddSystemGraphSubscriptions();
        await using var app = builder.Build();

        var error = await Assert.ThrowsAnyAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
