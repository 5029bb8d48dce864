using System.Net;
using System.Text.Json;

namespace SystemGraph.Api.Tests.Health;

/// <summary>Liveness and readiness answer over real HTTP through the test host.</summary>
public sealed class HealthEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("/alive")]
    [InlineData("/health")]
    public async Task Endpoint_reports_healthy_as_json(string path)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        Assert.True(body.RootElement.GetProperty("checks").TryGetProperty("self", out _));
    }

    [Fact]
    public async Task Unknown_path_is_not_found()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/no-such-endpoint", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
