using System.Net;
using System.Text;

namespace SystemGraph.Neo4j.Tests.Http;

/// <summary>An HTTP handler that answers from a queue of recorded responses and keeps every request it saw.</summary>
internal sealed class RecordingHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpResponseMessage>> responses = new();

    public List<(HttpMethod Method, Uri Uri, string? Body, Dictionary<string, string> Headers)> Requests { get; } = [];

    public RecordingHandler Respond(HttpStatusCode status, string body, params (string Name, string Value)[] headers)
    {
        responses.Enqueue(() =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            foreach (var (name, value) in headers)
            {
                response.Headers.TryAddWithoutValidation(name, value);
            }

            return response;
        });
        return this;
    }

    public RecordingHandler Fail(Exception exception)
    {
        responses.Enqueue(() => throw exception);
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        Requests.Add((request.Method, request.RequestUri!, body, headers));
        return responses.Count > 0 ? responses.Dequeue()() : throw new InvalidOperationException("No recorded response left.");
    }
}
