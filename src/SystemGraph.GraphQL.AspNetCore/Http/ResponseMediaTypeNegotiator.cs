using Microsoft.Net.Http.Headers;

namespace SystemGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// Chooses the response media type from the Accept header (GraphQL over HTTP, "Accept" and "Legacy Watershed"):
/// <c>application/graphql-response+json</c> when the client accepts it first, <c>application/json</c> when it
/// accepts that (or anything: <c>*/*</c>, <c>application/*</c>, no header at all), otherwise none (406).
/// </summary>
public static class ResponseMediaTypeNegotiator
{
    public static string? Select(IList<MediaTypeHeaderValue>? accept)
    {
        if (accept is null || accept.Count == 0)
        {
            return GraphQLMediaTypes.Json;
        }

        // Highest quality first; the header's own order breaks ties (OrderByDescending is stable).
        foreach (var candidate in accept.OrderByDescending(a => a.Quality ?? 1.0))
        {
            if (candidate.Quality is 0)
            {
                continue;
            }

            var mediaType = candidate.MediaType.Value ?? string.Empty;
            if (mediaType.Equals(GraphQLMediaTypes.GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLMediaTypes.GraphQLResponseJson;
            }

            if (mediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
                || mediaType.Equals("*/*", StringComparison.Ordinal)
                || mediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLMediaTypes.Json;
            }
        }

        return null;
    }

    /// <summary>True when a browser asks for a page: text/html is accepted before any JSON type.</summary>
    public static bool PrefersHtml(IList<MediaTypeHeaderValue>? accept)
    {
        if (accept is null)
        {
            return false;
        }

        foreach (var candidate in accept.OrderByDescending(a => a.Quality ?? 1.0))
        {
            var mediaType = candidate.MediaType.Value ?? string.Empty;
            if (mediaType.Equals(GraphQLMediaTypes.Html, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (mediaType.Contains("json", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the client prefers an event stream to a JSON body: <c>text/event-stream</c> is accepted and comes
    /// before every JSON type by quality, then by the header's order. A client that lists JSON first and the stream as
    /// a fallback (urql's queries, browsers' fetch) gets an ordinary JSON response; graphql-sse's clients and urql's
    /// subscriptions, which ask for the stream first or alone, get Server-Sent Events.
    /// </summary>
    public static bool PrefersEventStream(IList<MediaTypeHeaderValue>? accept)
    {
        if (accept is null)
        {
            return false;
        }

        foreach (var candidate in accept.OrderByDescending(a => a.Quality ?? 1.0))
        {
            if (candidate.Quality is 0)
            {
                continue;
            }

            var mediaType = candidate.MediaType.Value ?? string.Empty;
            if (mediaType.Equals(GraphQLMediaTypes.EventStream, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (mediaType.Contains("json", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return false;
    }
}
