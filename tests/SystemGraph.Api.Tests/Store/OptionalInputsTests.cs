using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SystemGraph.Api.Tests.Store;

/// <summary>
/// The ODS extracts live outside the repository and are optional: without them the API serves the seed alone and
/// says so once in its log (a clone of the repository alone runs).
/// </summary>
public sealed class OptionalInputsTests
{
    [Fact]
    public async Task Without_the_ods_extracts_the_api_serves_the_seed_and_says_so_once()
    {
        var missing = Path.Combine(Path.GetTempPath(), "sg-no-ods-" + Guid.NewGuid().ToString("N"));
        var sink = new LineSink();
        await using var factory = new ApiFactory().WithWebHostBuilder(b =>
        {
            b.UseSetting("Graph:OdsPath", missing);
            b.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(sink));
        });
        using var client = factory.CreateClient();

        var body = await client.DataAsync("""{ entity(id: "nhs-bury-ccg") { id } }""");
        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal("nhs-bury-ccg", body["entity"]!["id"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var notes = sink.Lines.Where(l => l.StartsWith("Serving the seed alone", StringComparison.Ordinal)).ToList();
        Assert.Single(notes);
        Assert.Contains(missing, notes[0], StringComparison.Ordinal);
    }

    private sealed class LineSink : ILoggerProvider, ILogger
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Enqueue(formatter(state, exception));

        public void Dispose()
        {
        }
    }
}
