namespace SystemGraph.Load.Bench;

/// <summary>
/// The machine's ceiling for these responses: a minimal-API endpoint that reads the request body (as a GraphQL
/// server must) and writes recorded response bytes, with the same content type. Nothing is parsed or run.
/// </summary>
internal static class BareEndpoint
{
    public static async Task<int> RunAsync(string[] args)
    {
        var urls = Arguments.Required(args, "--urls");
        var directory = Arguments.Required(args, "--responses");
        var responses = Directory.GetFiles(directory, "*.json")
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.ReadAllBytes, StringComparer.Ordinal);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(urls);
        var app = builder.Build();
        app.MapGet("/alive", () => "ok");
        app.MapPost("/bare/{name}", async (string name, HttpContext context) =>
        {
            // Drain the body as a real endpoint would.
            await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted).ConfigureAwait(false);
            if (!responses.TryGetValue(name, out var bytes))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
            context.Response.ContentLength = bytes.Length;
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
        });
        await app.RunAsync().ConfigureAwait(false);
        return 0;
    }
}
