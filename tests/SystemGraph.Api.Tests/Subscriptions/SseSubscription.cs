using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace SystemGraph.Api.Tests.Subscriptions;

/// <summary>
/// A graphql-sse subscription in distinct connections mode, as a test reads it: POST with
/// <c>Accept: text/event-stream</c>; each <see cref="NextAsync"/> returns the next <c>next</c> event's result (null
/// after <c>complete</c>). The server registers the subscription before it sends the response headers, so once
/// <see cref="OpenAsync"/> returns, every later write is seen.
/// </summary>
internal sealed class SseSubscription : IAsyncDisposable
{
    private readonly HttpResponseMessage response;
    private readonly StreamReader reader;

    private SseSubscription(HttpResponseMessage response, StreamReader reader)
    {
        this.response = response;
        this.reader = reader;
    }

    public static async Task<SseSubscription> OpenAsync(HttpClient client, string? token, string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative)) { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new SseSubscription(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    /// <summary>The next result; null when the server completed the stream.</summary>
    public async Task<JsonNode?> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        string? name = null;
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                if (name == "complete")
                {
                    return null;
                }

                return JsonNode.Parse(line["data:".Length..].Trim());
            }
        }

        return null;
    }

    public async ValueTask DisposeAsync()
    {
        reader.Dispose();
        response.Dispose();
        await Task.CompletedTask;
    }
}
