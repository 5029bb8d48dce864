using System.Net.Http.Headers;
using SystemGraph.Api.Tests.Writes;

namespace SystemGraph.Api.Tests.Transitions;

/// <summary>GET requests to the report exports, as a given principal (or anonymously).</summary>
internal static class TransitionHttp
{
    public const string BuryFindings = """
        query($s: ID) { transitionReport(ccg: "nhs-bury-ccg", scenario: $s) {
          findings { id code severity function { id } from to }
        } }
        """;

    public static async Task<(System.Net.HttpStatusCode Status, string ContentType, string Body)> GetAsync(this HttpClient client, string? token, string path, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        using var response = await client.SendAsync(request);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType ?? string.Empty, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The (code, function) pairs of a report's findings.</summary>
    public static async Task<List<(string Code, string Function)>> BuryFindingsAsync(this HttpClient client, string? token, string? scenario = null)
    {
        var data = await client.OkAsync(token, BuryFindings, new { s = scenario });
        return data["transitionReport"]!["findings"]!.AsArray()
            .Select(f => (f!["code"]!.GetValue<string>(), f["function"]!["id"]!.GetValue<string>())).ToList();
    }
}
