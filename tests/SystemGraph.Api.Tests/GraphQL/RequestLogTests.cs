using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SystemGraph.Api.Tests.GraphQL;

/// <summary>One structured log line per GraphQL request: operation, method, status, duration, estimated cost and error codes.</summary>
public sealed class RequestLogTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Each_request_logs_its_operation_cost_and_error_codes()
    {
        var sink = new LogSink();
        using var host = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(sink)));
        using var client = host.CreateClient();

        await client.PostAsync("query Stats { graphStats { entities } }");
        await client.PostAsync("query Five { entities(first: 5) { nodes { id name } } }");
        await client.PostAsync("query Broken { accountabilityChain(from: \"no-such-body\") { truncated } }");

        var lines = sink.Lines.Where(l => l.StartsWith("GraphQL ", StringComparison.Ordinal)).ToList();
        Assert.Contains(lines, l => l.StartsWith("GraphQL Stats POST -> 200", StringComparison.Ordinal) && l.Contains("cost 2,", StringComparison.Ordinal) && l.EndsWith("0 errors [-]", StringComparison.Ordinal));
        // entities (its @cost weight, 2000: a catalogue) + nodes (1) + id and name once for each of the 5 nodes (10): cost 2011.
        Assert.Contains(lines, l => l.StartsWith("GraphQL Five POST -> 200", StringComparison.Ordinal) && l.Contains("cost 2011,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("GraphQL Broken POST -> 200", StringComparison.Ordinal) && l.EndsWith("1 errors [NOT_FOUND]", StringComparison.Ordinal));
    }

    private sealed class LogSink : ILoggerProvider, ILogger
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
