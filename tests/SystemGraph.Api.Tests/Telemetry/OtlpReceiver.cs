using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SystemGraph.Api.Tests.Telemetry;

/// <summary>
/// A small OTLP/HTTP receiver on a free loopback port: it accepts <c>POST /v1/{signal}</c> (protobuf bodies) and
/// keeps them, so a test can check what an exporter sent. It does not decode protobuf: names of spans, metrics and
/// attributes are UTF-8 strings inside the payload, which is what the tests look for.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<byte[]>> received = new(StringComparer.Ordinal);

    private OtlpReceiver(WebApplication app) => this.app = app;

    /// <summary>The base address to give OTEL_EXPORTER_OTLP_ENDPOINT (with the http/protobuf protocol).</summary>
    public string Endpoint => app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    public static async Task<OtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new OtlpReceiver(app);
        app.MapPost("/v1/{signal}", async (string signal, HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            receiver.received.GetOrAdd(signal, _ => new ConcurrentQueue<byte[]>()).Enqueue(body.ToArray());

            // An empty Export*ServiceResponse: full success.
            return Results.Bytes([], "application/x-protobuf");
        });
        await app.StartAsync();
        return receiver;
    }

    /// <summary>Every payload received for a signal (<c>traces</c>, <c>metrics</c>, <c>logs</c>), as one Latin-1 string to search.</summary>
    public string Text(string signal) =>
        received.TryGetValue(signal, out var bodies) ? string.Concat(bodies.Select(b => Encoding.Latin1.GetString(b))) : string.Empty;

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
