using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SystemGraph.Api.Tests.Search;

/// <summary>
/// Bad search input over HTTP: every text gets either a clear INVALID_ARGUMENT or an ordinary result, with HTTP 200,
/// and nothing at warning level or above in the server log (no query-parser exception, no resolver failure).
/// </summary>
public sealed class SearchInputTests(SearchInputTests.LoggedFactory factory) : IClassFixture<SearchInputTests.LoggedFactory>
{
    private const string Query = "query($text: String!) { search(text: $text, first: 5) { score entity { id } } }";

    public static TheoryData<string, string?> Inputs => new()
    {
        { "", "INVALID_ARGUMENT" },
        { "   ", "INVALID_ARGUMENT" },
        { "\t\r\n", "INVALID_ARGUMENT" },
        { new string('a', 10_000), "INVALID_ARGUMENT" },
        { string.Join(' ', Enumerable.Repeat("bury", 2_000)), "INVALID_ARGUMENT" },
        { "~", "INVALID_ARGUMENT" },
        { "\"", "INVALID_ARGUMENT" },
        { "(", "INVALID_ARGUMENT" },
        { "\\", "INVALID_ARGUMENT" },
        { "*:*", "INVALID_ARGUMENT" },
        { "\u0000\u0001\u001f", "INVALID_ARGUMENT" },
        { "name:*", null },
        { "bury~2", null },
        { "\"bury idc", null },
        { "(bury OR", null },
        { "bury\\ idc", null },
        { "bury^100 AND NOT [a TO z] /x.*/", null },
        { "\u0000bury\u0007idc\u001f", null },
        { "Blandemer", null },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Bad_text_gets_a_clear_error_or_an_ordinary_result_and_no_server_error(string text, string? expectedCode)
    {
        using var client = factory.CreateClient();
        var before = factory.Logs.Count(e => e.Level >= LogLevel.Warning);

        using var response = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query = Query, variables = new { text } });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        if (expectedCode is null)
        {
            Assert.True(body["errors"] is null, body.ToJsonString());
            Assert.True(body["data"]!["search"]!.AsArray().Count <= 5);
        }
        else
        {
            Assert.Equal(expectedCode, body.Code());
            Assert.Contains("search(text:)", body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        Assert.Equal(before, factory.Logs.Count(e => e.Level >= LogLevel.Warning));
        Assert.DoesNotContain(factory.Logs, e => e.Message.Contains("Lucene", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("ParseException", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Typos_extra_words_and_acronyms_find_what_analysts_mean()
    {
        using var client = factory.CreateClient();

        var data = await client.DataAsync("""
            {
              typo: search(text: "Blandemer", first: 3) { entity { id } }
              acronym: search(text: "bury idc", first: 3) { entity { id } }
              extra: search(text: "Development of Primary Care Networks PCNs Gateshead", first: 3) { score entity { id } }
            }
            """);

        Assert.Equal("will-blandamer", data["typo"]![0]!["entity"]!["id"]!.GetValue<string>());
        Assert.Equal("bury-integrated-delivery-collaborative", data["acronym"]![0]!["entity"]!["id"]!.GetValue<string>());
        Assert.Equal("gateshead-pcn-development-programme", data["extra"]![0]!["entity"]!["id"]!.GetValue<string>());
        Assert.Equal(100, data["extra"]![0]!["score"]!.GetValue<double>());
    }

    /// <summary>The API with a logger that keeps every entry, to prove bad input logs nothing at warning or above.</summary>
    public sealed class LoggedFactory : ApiFactory
    {
        public ConcurrentQueue<(LogLevel Level, string Message)> Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("GraphQL:Limits:RequestsPerMinute", "0");
            builder.ConfigureServices(services => services.AddLogging(logging => logging.AddProvider(new QueueLoggerProvider(Logs))));
        }
    }

    private sealed class QueueLoggerProvider(ConcurrentQueue<(LogLevel Level, string Message)> logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new QueueLogger(logs);

        public void Dispose()
        {
        }
    }

    private sealed class QueueLogger(ConcurrentQueue<(LogLevel Level, string Message)> logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.Enqueue((logLevel, formatter(state, exception) + (exception is null ? string.Empty : " " + exception)));
    }
}
