using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace SystemGraph.Api.Tests.Caching;

/// <summary>Requests that keep the response's headers: the cache tests read X-Cache, ETag and status codes.</summary>
internal static class CacheHttp
{
    public static async Task<(string Cache, JsonNode Body, HttpResponseMessage Response)> PostAsync(HttpClient client, string query, object? extensions = null)
    {
        var response = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query, extensions });
        return (Header(response), JsonNode.Parse(await response.Content.ReadAsStringAsync())!, response);
    }

    public static async Task<(string Cache, JsonNode Body, HttpResponseMessage Response)> PostHashOnlyAsync(HttpClient client, string hash)
    {
        var response = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { extensions = Persisted(hash) });
        return (Header(response), JsonNode.Parse(await response.Content.ReadAsStringAsync())!, response);
    }

    public static object Persisted(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

    public static string Header(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Cache", out var values) ? values.Single() : "(none)";
}
