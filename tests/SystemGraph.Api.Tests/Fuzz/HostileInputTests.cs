using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using SystemGraph.Api.Auth;
using SystemGraph.Api.Tests.Writes;
using Xunit.Abstractions;

namespace SystemGraph.Api.Tests.Fuzz;

/// <summary>
/// Hostile input at scale (issue 22): requests from <see cref="HostileRequestGenerator"/> over HTTP. Whatever comes in,
/// the answer is never a 5xx, never shows internals (a stack frame, an exception type), and every GraphQL error in it
/// has an <c>extensions.code</c>. CI runs a few thousand; <c>SYSTEMGRAPH_FUZZ_REQUESTS=1000000</c> runs the long one
/// (README: "Hostile input"), which also prints the managed heap as it goes, to show memory stays flat.
/// </summary>
public sealed partial class HostileInputTests(HostileInputTests.FuzzFactory factory, ITestOutputHelper output) : IClassFixture<HostileInputTests.FuzzFactory>
{
    private static int Requests => int.TryParse(Environment.GetEnvironmentVariable("SYSTEMGRAPH_FUZZ_REQUESTS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 2000;

    private const int Clients = 8;

    private static int Seed => int.TryParse(Environment.GetEnvironmentVariable("SYSTEMGRAPH_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 22;

    [Fact]
    public async Task Hostile_requests_never_get_a_5xx_nor_internals_and_every_error_has_a_code()
    {
        using var client = factory.CreateClient();
        var token = WriteApi.Token("fuzz-admin", Roles.Admin);
        var problems = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var byFamilyAndStatus = new System.Collections.Concurrent.ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var sent = 0;
        var heapAtTenth = 0L;

        // Eight clients at once, each with its own generator (seed + client), as a hostile script would send them.
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async clientIndex =>
        {
            var generator = new HostileRequestGenerator(Seed + clientIndex, token);
            for (var i = Interlocked.Increment(ref sent); i <= Requests; i = Interlocked.Increment(ref sent))
            {
                var request = generator.Next();
                var (status, body) = await SendAsync(client, request);
                byFamilyAndStatus.AddOrUpdate($"{request.Family} {status}", 1, (_, n) => n + 1);
                if (Problem(status, body) is { } problem && problems.Count < 20)
                {
                    problems.Enqueue($"#{i} {request.Family} {request.Method} {request.PathAndQuery[..Math.Min(80, request.PathAndQuery.Length)]} {request.Body?[..Math.Min(300, request.Body.Length)]}: {problem}");
                }

                if (i == Requests / 10 || i % 100_000 == 0)
                {
                    var heap = GC.GetTotalMemory(forceFullCollection: true);
                    heapAtTenth = i == Requests / 10 ? heap : heapAtTenth;
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"after {i} requests: managed heap {heap / 1_048_576.0:0.0} MB"));
                }
            }
        }));

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Requests} requests (seed {Seed}, {Clients} clients); managed heap {heapAtTenth / 1_048_576.0:0.0} MB at a tenth, {GC.GetTotalMemory(true) / 1_048_576.0:0.0} MB at the end"));
        foreach (var (key, count) in byFamilyAndStatus.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {key}: {count}");
        }

        Assert.True(problems.IsEmpty, string.Join("\n", problems));
        Assert.Equal(6, byFamilyAndStatus.Keys.Select(k => k.Split(' ')[0]).Distinct().Count());
    }

    private static async Task<(int Status, string Body)> SendAsync(HttpClient client, HostileRequest request)
    {
        using var message = new HttpRequestMessage(request.Method, new Uri(request.PathAndQuery, UriKind.Relative));
        if (request.Body is not null)
        {
            message.Content = new StringContent(request.Body, Encoding.UTF8);
            message.Content.Headers.ContentType = MediaTypeHeaderValue.TryParse(request.ContentType, out var type) ? type : null;
        }

        message.Headers.TryAddWithoutValidation("Accept", request.Accept);
        if (request.Bearer is not null)
        {
            message.Headers.TryAddWithoutValidation("Authorization", "Bearer " + request.Bearer);
        }

        // A subscription that is valid streams until the client leaves: read its first event, then leave.
        using var leave = new CancellationTokenSource();
        using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, leave.Token);
        if (response.Content.Headers.ContentType?.MediaType == "text/event-stream")
        {
            // Nothing may come for a while (no change to send): half a second is all a hostile client waits here.
            leave.CancelAfter(TimeSpan.FromMilliseconds(500));
            using var stream = await response.Content.ReadAsStreamAsync(CancellationToken.None);
            var buffer = new byte[16 * 1024];
            int read;
            try
            {
                read = await stream.ReadAsync(buffer, leave.Token);
            }
            catch (OperationCanceledException)
            {
                read = 0;
            }

            await leave.CancelAsync();
            return ((int)response.StatusCode, Encoding.UTF8.GetString(buffer, 0, read));
        }

        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static string? Problem(int status, string body)
    {
        if (status >= 500)
        {
            return $"HTTP {status}: {body[..Math.Min(300, body.Length)]}";
        }

        if (StackFrame().IsMatch(body) || ExceptionType().IsMatch(body))
        {
            return "internals in the body: " + body[..Math.Min(300, body.Length)];
        }

        // Each GraphQL response (one JSON document, or the data of each SSE event) has a code on every error.
        foreach (var json in body.StartsWith("event:", StringComparison.Ordinal) || body.StartsWith(':')
            ? body.Split('\n').Where(l => l.StartsWith("data:", StringComparison.Ordinal)).Select(l => l[5..])
            : [body])
        {
            JsonNode? node;
            try
            {
                node = JsonNode.Parse(json);
            }
            catch (System.Text.Json.JsonException)
            {
                continue; // Not JSON (e.g. a plain-text 4xx from the host, or an event cut at the buffer's end).
            }

            foreach (var response in node is JsonArray batch ? batch.Select(n => n) : [node])
            {
                if (response?["errors"] is JsonArray errors && errors.Any(e => e?["extensions"]?["code"] is null))
                {
                    return "an error without extensions.code: " + errors.ToJsonString()[..Math.Min(300, errors.ToJsonString().Length)];
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"\bat [A-Z][A-Za-z0-9_]*(\.[A-Za-z0-9_`<>]+)+\(")]
    private static partial Regex StackFrame();

    [GeneratedRegex(@"\b(System|SystemGraph|Microsoft)\.[A-Za-z.]*Exception\b")]
    private static partial Regex ExceptionType();

    /// <summary>The API with writes enabled (a signing key) and no rate limit: every request reaches the pipeline.</summary>
    public sealed class FuzzFactory : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Auth:SigningKey", WriteApiFactory.Key);
            builder.UseSetting("GraphQL:Limits:RequestsPerMinute", "0");
            builder.UseSetting("Logging:LogLevel:Default", "Critical");
        }
    }
}
