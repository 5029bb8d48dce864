using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace SystemGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// What a request's Accept header decides (<see cref="ResponseMediaTypeNegotiator"/>): the response media type, and
/// whether the client prefers a page or an event stream. Clients send the same few Accept values again and again, so
/// each distinct value is parsed and decided once: the profile of cached responses (issue 21) showed the header parsed
/// twice per request (by the event-stream check and by the handler) and sorted each time.
/// </summary>
public sealed record AcceptDecision(string? MediaType, bool PrefersHtml, bool PrefersEventStream)
{
    /// <summary>Distinct Accept values remembered; the header is the client's, so the memory is bounded.</summary>
    private const int MaxRemembered = 256;

    private static readonly ConcurrentDictionary<string, AcceptDecision> Known = new(StringComparer.Ordinal);

    /// <summary>The decision for this request's Accept header (one or more header lines, read as one list).</summary>
    public static AcceptDecision Of(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var raw = request.Headers.Accept.ToString();
        if (Known.TryGetValue(raw, out var known))
        {
            return known;
        }

        var accept = request.GetTypedHeaders().Accept;
        var decision = new AcceptDecision(
            ResponseMediaTypeNegotiator.Select(accept),
            ResponseMediaTypeNegotiator.PrefersHtml(accept),
            ResponseMediaTypeNegotiator.PrefersEventStream(accept));
        if (Known.Count >= MaxRemembered)
        {
            Known.Clear();
        }

        Known[raw] = decision;
        return decision;
    }
}
