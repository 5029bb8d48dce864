using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SystemGraph.Api.Tests;

/// <summary>Posts GraphQL requests over real HTTP (the test server) and returns the parsed response.</summary>
public static class GraphQLClient
{
    public static async Task<JsonNode> PostAsync(this HttpClient client, string query, object? variables = null)
    {
        using var response = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query, variables });
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) ?? throw new InvalidOperationException("Empty response.");
    }

    /// <summary>The data of a response that must have no errors.</summary>
    public static async Task<JsonNode> DataAsync(this HttpClient client, string query, object? variables = null)
    {
        var response = await client.PostAsync(query, variables);
        Assert.True(response["errors"] is null, "errors: " + response["errors"]?.ToJsonString());
        return response["data"]!;
    }

    public static string Code(this JsonNode response) => response["errors"]![0]!["extensions"]!["code"]!.GetValue<string>();

    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
