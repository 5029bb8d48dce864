namespace SystemGraph.Load.Bench;

/// <summary>
/// A stand-in for an OpenTelemetry collector: accepts OTLP/HTTP exports (<c>POST /v1/traces</c>, <c>/v1/metrics</c>,
/// <c>/v1/logs</c>), reads each body in full and answers success, as a collector's receiver would before its
/// pipeline; <c>GET /stats</c> says how many exports and bytes arrived, so the benchmark can show the exporter ran.
/// </summary>
internal static class OtlpSink
{
    public static async Task<int> RunAsync(string[] args)
    {
        var urls = Arguments.Required(args, "--urls");
        long exports = 0, bytes = 0;

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(urls);
        var app = builder.Build();
        app.MapGet("/alive", () => "ok");
        app.MapGet("/stats", () => Results.Json(new { exports = Interlocked.Read(ref exports), bytes = Interlocked.Read(ref bytes) }));
        app.MapPost("/v1/{signal}", async (string signal, HttpContext context) =>
        {
            var buffer = new byte[16 * 1024];
            int read;
            long total = 0;
            while ((read = await context.Request.Body.ReadAsync(buffer, context.RequestAborted).ConfigureAwait(false)) > 0)
            {
                total += read;
            }

            Interlocked.Increment(ref exports);
            Interlocked.Add(ref bytes, total);

            // An empty Export{Trace,Metrics,Logs}ServiceResponse: everything accepted.
            context.Response.ContentType = "application/x-protobuf";
            context.Response.ContentLength = 0;
        });
        await app.RunAsync().ConfigureAwait(false);
        return 0;
    }
}
