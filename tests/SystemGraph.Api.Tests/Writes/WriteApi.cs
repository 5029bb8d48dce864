using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using SystemGraph.Api.Auth;

namespace SystemGraph.Api.Tests.Writes;

/// <summary>The API with development tokens, over the seed alone (no national data: small and fast), for write tests.</summary>
public class WriteApiFactory : ApiFactory
{
    public const string Key = "write-tests-signing-key-of-32-bytes-or-more";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Graph:OdsPath", "none");
        builder.UseSetting("Auth:SigningKey", Key);
    }
}

/// <summary>Posts GraphQL as a given principal (or anonymously) and returns the status and body.</summary>
internal static class WriteApi
{
    private static readonly AuthOptions Options = new() { SigningKey = WriteApiFactory.Key };

    public static string Token(string subject, string role) => DevelopmentTokens.Mint(Options, subject, [role], TimeSpan.FromMinutes(10));

    public static async Task<(HttpStatusCode Status, JsonNode Body, HttpResponseMessage Response)> SendAsync(
        this HttpClient client, string? token, string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative)) { Content = JsonContent.Create(new { query, variables }) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await client.SendAsync(request);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!, response);
    }

    /// <summary>The data of a request that must succeed without any GraphQL error.</summary>
    public static async Task<JsonNode> OkAsync(this HttpClient client, string? token, string query, object? variables = null)
    {
        var (status, body, response) = await client.SendAsync(token, query, variables);
        response.Dispose();
        Assert.True(status == HttpStatusCode.OK && body["errors"] is null, $"{status}: {body.ToJsonString()}");
        return body["data"]!;
    }

    /// <summary>Opens a scenario as <paramref name="token"/>'s principal and returns its id.</summary>
    public static async Task<string> OpenScenarioAsync(this HttpClient client, string token, string name)
    {
        var data = await client.OkAsync(token, """
            mutation($name: String!) { openScenario(input: { name: $name, reason: "test", rationale: "a what-if" }) { scenario { id } errors { __typename } } }
            """, new { name });
        return data["openScenario"]!["scenario"]!["id"]!.GetValue<string>();
    }

    public const string Evidence = """reason: "test", source: { document: "doc-gm-ics-transition-2021", section: "Next Steps: CCG Functions" }""";
}
