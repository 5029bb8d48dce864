using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using SystemGraph.GraphQL.AspNetCore.GraphiQL;
using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Execution;
using SystemGraph.GraphQL.Execution.Pipeline;

namespace SystemGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// The GraphQL-over-HTTP endpoint (GraphQL over HTTP specification, draft): reads GET and POST requests,
/// negotiates the response media type, runs the request through the engine's pipeline and chooses the
/// status code: with <c>application/graphql-response+json</c>, 400 when the request failed before execution
/// (no "data"), 200 otherwise; with <c>application/json</c>, 200 for every well-formed request.
/// </summary>
public sealed partial class GraphQLHttpHandler(GraphQLRequestExecutor executor, IOptions<GraphQLHttpOptions> options, ILogger<GraphQLHttpHandler> logger)
{
    private readonly GraphQLHttpOptions httpOptions = options.Value;

    /// <summary>Read HTTP, run the pipeline, write HTTP: every GraphQL decision is a pipeline step.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // Streaming transports on the same path, when the host added them (AddGraphQLSubscriptions).
        if (context.WebSockets.IsWebSocketRequest && context.RequestServices.GetService<Subscriptions.GraphQLWebSocketHandler>() is { } webSockets)
        {
            await webSockets.HandleAsync(context).ConfigureAwait(false);
            return;
        }

        if (Subscriptions.GraphQLSseHandler.Handles(context) && context.RequestServices.GetService<Subscriptions.GraphQLSseHandler>() is { } sse)
        {
            await sse.HandleAsync(context).ConfigureAwait(false);
            return;
        }

        var accept = AcceptDecision.Of(context.Request);

        if (HttpMethods.IsGet(context.Request.Method) && httpOptions.EnableGraphiQL
            && !context.Request.Query.ContainsKey("query") && accept.PrefersHtml)
        {
            await WriteGraphiQLPageAsync(context).ConfigureAwait(false);
            return;
        }

        var mediaType = accept.MediaType;
        if (mediaType is null)
        {
            await WriteRequestErrorAsync(context, GraphQLMediaTypes.Json, new GraphQLHttpRequestError(
                StatusCodes.Status406NotAcceptable, HttpErrorCodes.NotAcceptable,
                "Accept must allow application/graphql-response+json or application/json.")).ConfigureAwait(false);
            return;
        }

        var (request, error) = await GraphQLHttpRequestReader.ReadAsync(context.Request, httpOptions, context.RequestAborted).ConfigureAwait(false);
        if (error is not null)
        {
            if (error.StatusCode == StatusCodes.Status405MethodNotAllowed)
            {
                context.Response.Headers.Allow = "GET, POST";
            }

            await WriteRequestErrorAsync(context, mediaType, error).ConfigureAwait(false);
            return;
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var pipeline = executor.CreateContext(
            new GraphQLRequest
            {
                Query = request!.Query,
                OperationName = request.OperationName,
                Variables = request.Variables is { } v ? JsonValueReader.ToMap(v) : null,
                Extensions = request.Extensions is { } e ? JsonValueReader.ToMap(e) : null,
                Services = context.RequestServices,
                AllowedOperations = request.IsGet ? OperationKinds.Query : OperationKinds.All,
            },
            context.RequestAborted);
        var http = new GraphQLHttpFeature(request.IsGet, context.Request.Headers.Authorization.Count > 0, context.Connection.RemoteIpAddress?.ToString());
        pipeline.Features.Set(http);
        pipeline.Features.Set(context.User);

        await Telemetry.GraphQLTelemetry.ExecuteAsync(executor, pipeline).ConfigureAwait(false);

        if (http.ResponseHeadersIfAny is { } headers)
        {
            foreach (var (name, value) in headers)
            {
                context.Response.Headers[name] = value;
            }
        }

        if (pipeline.Result is null && pipeline.EncodedResult is { } cached)
        {
            await WriteCachedAsync(context, request, mediaType, cached).ConfigureAwait(false);
            var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var operation = pipeline.OperationName ?? "(anonymous)";
            LogCached(logger, operation, request.IsGet ? "GET" : "POST", context.Response.StatusCode, elapsed);

            return;
        }

        var result = pipeline.Result!;
        context.Response.StatusCode = http.StatusCode ?? StatusOf(result, mediaType);
        if (context.Response.StatusCode == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
        }
        else if (context.Response.StatusCode == StatusCodes.Status405MethodNotAllowed)
        {
            context.Response.Headers.Allow = "POST";
        }

        LogRequest(result, request, context.Response.StatusCode, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        context.Response.ContentType = mediaType + "; charset=utf-8";
        if (pipeline.EncodedResult is { } encoded)
        {
            // A step encoded the result already (to store it): write those bytes rather than encode again.
            SetValidators(context, request, encoded.ETag);
            context.Response.ContentLength = encoded.Body.Length;
            await context.Response.BodyWriter.WriteAsync(encoded.Body, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        await WriteResultAsync(context, result).ConfigureAwait(false);
    }

    /// <summary>
    /// GraphQL over HTTP status: 401 / 403 when authorisation refused the request and nothing was returned (every
    /// error is AUTH_NOT_AUTHENTICATED / AUTH_NOT_AUTHORIZED and data is null), so clients and proxies see the refusal
    /// the way HTTP says it; 405 when a GET named a mutation; 400 for any other request error with the
    /// graphql-response media type; else 200.
    /// </summary>
    private static int StatusOf(ExecutionResult result, string mediaType)
    {
        if (result.Data is null && result.Errors is { Count: > 0 } errors)
        {
            if (errors.All(e => e.Code == ErrorCodes.NotAuthenticated))
            {
                return StatusCodes.Status401Unauthorized;
            }

            if (errors.All(e => e.Code is ErrorCodes.NotAuthenticated or ErrorCodes.NotAuthorized))
            {
                return StatusCodes.Status403Forbidden;
            }

            if (!result.HasData && errors.All(e => e.Code == ErrorCodes.OperationNotAllowed))
            {
                return StatusCodes.Status405MethodNotAllowed;
            }
        }

        return mediaType == GraphQLMediaTypes.GraphQLResponseJson && !result.HasData ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
    }

    /// <summary>
    /// A cached response: 304 when a GET's If-None-Match names its entity tag (HTTP caching, RFC 9110 §13.1.2),
    /// else the stored bytes (only successful responses are stored, so the status is 200 for either media type).
    /// </summary>
    private static async Task WriteCachedAsync(HttpContext context, GraphQLHttpRequest request, string mediaType, EncodedResult cached)
    {
        SetValidators(context, request, cached.ETag);
        if (request.IsGet && context.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == cached.ETag || t.Trim() == "*")))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        context.Response.ContentLength = cached.Body.Length;
        await context.Response.BodyWriter.WriteAsync(cached.Body, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>GET responses of cacheable queries carry an entity tag; clients must revalidate before reuse.</summary>
    private static void SetValidators(HttpContext context, GraphQLHttpRequest request, string? etag)
    {
        if (request.IsGet && etag is not null)
        {
            context.Response.Headers.ETag = etag;
            context.Response.Headers.CacheControl = "private, no-cache";
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "GraphQL {Operation} {Method} -> {Status} in {DurationMs:F1} ms from the response cache")]
    private static partial void LogCached(ILogger logger, string operation, string method, int status, double durationMs);

    /// <summary>One structured line per request: operation, method, status, duration, estimated cost and the error codes returned.</summary>
    private void LogRequest(ExecutionResult result, GraphQLHttpRequest request, int status, TimeSpan duration)
    {
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return;
        }

        var codes = result.Errors is { Count: > 0 } errors ? string.Join(',', errors.Select(e => e.Code ?? "-").Distinct()) : "-";
        LogGraphQLRequest(logger, result.OperationName ?? request.OperationName ?? "(anonymous)", request.IsGet ? "GET" : "POST", status, duration.TotalMilliseconds, result.Cost ?? 0, result.Errors?.Count ?? 0, codes);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "GraphQL {Operation} {Method} -> {Status} in {DurationMs:F1} ms, cost {Cost:0}, {ErrorCount} errors [{ErrorCodes}]")]
    private static partial void LogGraphQLRequest(ILogger logger, string operation, string method, int status, double durationMs, double cost, int errorCount, string errorCodes);

    /// <summary>
    /// The response is encoded in full first, then written once with its Content-Length: one write into
    /// Kestrel's output (which locks per write) and no chunked encoding.
    /// </summary>
    private static async Task WriteResultAsync(HttpContext context, ExecutionResult result)
    {
        using var buffer = ExecutionResultJsonWriter.ToBuffer(result);
        context.Response.ContentLength = buffer.WrittenCount;
        await context.Response.BodyWriter.WriteAsync(buffer.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task WriteRequestErrorAsync(HttpContext context, string mediaType, GraphQLHttpRequestError error)
    {
        context.Response.StatusCode = error.StatusCode;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        var result = ExecutionResult.FromError(GraphQLError.WithCode(error.Message, error.Code));
        await WriteResultAsync(context, result).ConfigureAwait(false);
    }

    private async Task WriteGraphiQLPageAsync(HttpContext context)
    {
        var endpoint = context.Request.PathBase + context.Request.Path;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers[HeaderNames.ContentSecurityPolicy] = GraphiQLPage.ContentSecurityPolicy;
        context.Response.Headers[HeaderNames.CacheControl] = "no-cache";
        await context.Response.WriteAsync(
            GraphiQLPage.Render(endpoint, endpoint.Value!.TrimEnd('/') + "/graphiql", httpOptions.GraphiQLTitle, httpOptions.GraphiQLDefaultTabs),
            context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>GraphiQL's files, embedded at build time (see the project file), and our start-up script.</summary>
    private static readonly StaticFiles.EmbeddedAssets GraphiQLAssets = new(
        typeof(GraphQLHttpHandler).Assembly, "GraphiQL/", new Dictionary<string, byte[]> { [GraphiQLStartScript.FileName] = GraphiQLStartScript.Bytes });

    /// <summary>Serves one GraphiQL asset with a strong ETag (304 when the browser already has it); the files change only with a release.</summary>
    public static Task HandleGraphiQLAssetAsync(HttpContext context, string file) =>
        GraphiQLAssets.ServeAsync(context, file, "public, max-age=86400");

    /// <summary>The schema in SDL, for code generators and humans.</summary>
    public async Task HandleSchemaAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.ContentType = "application/graphql; charset=utf-8";
        await context.Response.WriteAsync(Utilities.SchemaPrinter.Print(executor.Schema), context.RequestAborted).ConfigureAwait(false);
    }
}
