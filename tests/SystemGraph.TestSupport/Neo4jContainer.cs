using System.Net;
using System.Text;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;

namespace SystemGraph.TestSupport;

/// <summary>
/// A throwaway <c>neo4j:5.26-community</c> started through Testcontainers, once per test run, when a Docker engine
/// is available (see <see cref="DockerEngine"/>). Ready means the Query API answers a statement (HTTP 202 to
/// <c>POST /db/neo4j/query/v2</c> with the credentials), not merely that the port is open. Testcontainers' resource
/// reaper removes it when the test process ends.
/// </summary>
public static class Neo4jContainer
{
    public const string Image = "neo4j:5.26-community";
    public const string User = "neo4j";
    public const string Password = "testcontainers-neo4j";
    private const int HttpPort = 7474;

    private static readonly Lazy<Task<Uri>> Started = new(StartAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The container's Query API address (HTTP, a random host port), starting it on first use.</summary>
    public static Task<Uri> UriAsync() => Started.Value;

    private static async Task<Uri> StartAsync()
    {
        IContainer container = new ContainerBuilder(Image)
            .WithEnvironment("NEO4J_AUTH", $"{User}/{Password}")
            .WithEnvironment("NEO4J_server_memory_heap_max__size", "512M")
            .WithEnvironment("NEO4J_server_memory_pagecache_size", "128M")
            .WithPortBinding(HttpPort, assignRandomHostPort: true)
            .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(
                request => request
                    .ForPort(HttpPort)
                    .ForPath("/db/neo4j/query/v2")
                    .WithMethod(HttpMethod.Post)
                    .WithBasicAuthentication(User, Password)
                    .WithContent(() => new StringContent("""{"statement":"RETURN 1"}""", Encoding.UTF8, "application/json"))
                    .ForStatusCode(HttpStatusCode.Accepted),
                strategy => strategy.WithTimeout(TimeSpan.FromMinutes(3))))
            .Build();
        await container.StartAsync().ConfigureAwait(false);
        return new UriBuilder(Uri.UriSchemeHttp, container.Hostname, container.GetMappedPublicPort(HttpPort)).Uri;
    }
}
