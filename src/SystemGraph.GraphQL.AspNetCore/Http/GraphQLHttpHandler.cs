using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using SystemGraph.GraphQL.AspNetCore.GraphiQL;
using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Execution;
using SystemGraph.GraphQL.Language;

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

    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var accept = context.Request.GetTypedHeaders().Accept;

        if (HttpMethods.IsGet(context.Request.Method) && httpOptions.EnableGraphiQL
            && !context.Request.Query.ContainsKey("query") && ResponseMediaTypeNegotiator.PrefersHtml(accept))
        {
            await WriteGraphiQLPageAsync(context).ConfigureAwait(false);
            return;
        }

        var mediaType = ResponseMediaTypeNegotiator.Select(accept);
        if (mediaType is null)
        {
            await WriteRequestErrorAsync(context, GraphQLMediaTypes.Json, new GraphQLHttpRequestError(
                StatusCodes.Status406NotAcceptable, ErrorCodes.NotAcceptable,
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

        if (context.RequestServices.GetService<IPersistedOperationResolver>() is { } persisted)
        {
            (request, error) = await persisted.ResolveAsync(request!, context.RequestAborted).ConfigureAwait(false);
            if (error is not null)
            {
                await WriteRequestErrorAsync(context, mediaType, error).ConfigureAwait(false);
                return;
            }
        }

        if (request!.IsGet && request.Query is not null
            && OperationKindProbe.Find(request.Query, request.OperationName, executor.Options.Parser) is OperationType.Mutation or OperationType.Subscription)
        {
            context.Response.Headers.Allow = "POST";
            await WriteRequestErrorAsync(context, mediaType, new GraphQLHttpRequestError(
                StatusCodes.Status405MethodNotAllowed, ErrorCodes.MutationOverGet,
                "Mutations and subscriptions cannot be sent with GET; use POST.")).ConfigureAwait(false);
            return;
        }

        var contextData = new Dictionary<string, object?>(StringComparer.Ordinal) { [GraphQLHttpContextKeys.HttpContext] = context };
        foreach (var interceptor in context.RequestServices.GetServices<IGraphQLHttpRequestInterceptor>())
        {
            await interceptor.OnRequestAsync(context, request, contextData, context.RequestAborted).ConfigureAwait(false);
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var cache = context.RequestServices.GetService<IGraphQLResponseCache>();
        var lookup = cache is null ? GraphQLCacheLookup.Bypass : await cache.LookupAsync(context, request, context.RequestAborted).ConfigureAwait(false);
        if (cache is not null)
        {
            context.Response.Headers["X-Cache"] = lookup.Status;
        }

        if (lookup.IsHit)
        {
            await WriteCachedAsync(context, request, mediaType, lookup).ConfigureAwait(false);
            var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogCached(logger, request.OperationName ?? "(anonymous)", request.IsGet ? "GET" : "POST", context.Response.StatusCode, elapsed);
            return;
        }

        var result = await executor.ExecuteAsync(
            new GraphQLRequest
            {
                Query = request.Query,
                OperationName = request.OperationName,
                Variables = request.Variables is { } v ? JsonValueReader.ToMap(v) : null,
                Extensions = request.Extensions is { } e ? JsonValueReader.ToMap(e) : null,
                Services = context.RequestServices,
                ContextData = contextData,
            },
            context.RequestAborted).ConfigureAwait(false);

        context.Response.StatusCode = StatusOf(result, mediaType);
        if (context.Response.StatusCode == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
        }

        LogRequest(result, request, context.Response.StatusCode, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        context.Response.ContentType = mediaType + "; charset=utf-8";
        using var buffer = ExecutionResultJsonWriter.ToBuffer(result);
        if (lookup.Key is not null && result.Errors is null && result.HasData)
        {
            var etag = ETagOf(buffer.WrittenMemory.Span);
            await cache!.StoreAsync(lookup, result, buffer.WrittenMemory, etag, context.RequestAborted).ConfigureAwait(false);
            SetValidators(context, request, etag);
        }

        context.Response.ContentLength = buffer.WrittenCount;
        await context.Response.BodyWriter.WriteAsync(buffer.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>
    /// A cached response: 304 when a GET's If-None-Match names its entity tag (HTTP caching, RFC 9110 §13.1.2),
    /// else the stored bytes (only successful responses are stored, so the status is 200 for either media type).
    /// </summary>
    /// <summary>
    /// GraphQL over HTTP status: 400 for a request error with the graphql-response media type; 401 / 403 when
    /// authorisation refused the operation and nothing was returned (every error is AUTH_NOT_AUTHENTICATED /
    /// AUTH_NOT_AUTHORIZED and data is null), so clients and proxies see the refusal the way HTTP says it; else 200.
    /// </summary>
    private static int StatusOf(ExecutionResult result, string mediaType)
    {
        if (mediaType == GraphQLMediaTypes.GraphQLResponseJson && !result.HasData)
        {
            return StatusCodes.Status400BadRequest;
        }

        if (result.Data is null && result.Errors is { Count: > 0 } errors)
        {
            var codes = errors.Select(e => e.Code).ToList();
            if (codes.All(c => c == ErrorCodes.NotAuthenticated))
            {
                return StatusCodes.Status401Unauthorized;
            }

            if (codes.All(c => c is ErrorCodes.NotAuthenticated or ErrorCodes.NotAuthorized))
            {
                return StatusCodes.Status403Forbidden;
            }
        }

        return StatusCodes.Status200OK;
    }

    private static async Task WriteCachedAsync(HttpContext context, GraphQLHttpRequest request, string mediaType, GraphQLCacheLookup lookup)
    {
        SetValidators(context, request, lookup.ETag);
        if (request.IsGet && lookup.ETag is { } etag && context.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == etag || t.Trim() == "*")))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        var body = lookup.Body!.Value;
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        context.Response.ContentLength = body.Length;
        await context.Response.BodyWriter.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
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

    /// <summary>A strong entity tag: the first 16 bytes of the body's SHA-256, quoted.</summary>
    private static string ETagOf(ReadOnlySpan<byte> body) =>
        "\"" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(body)[..16]) + "\"";

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

    /// <summary>Serves one GraphiQL asset with a strong ETag (304 when the browser already has it).</summary>
    public static async Task HandleGraphiQLAssetAsync(HttpContext context, string file)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!GraphiQLAssets.TryGet(file, out var asset))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.Headers[HeaderNames.ETag] = asset.ETag;
        context.Response.Headers[HeaderNames.CacheControl] = "public, max-age=86400";
        if (context.Request.Headers.IfNoneMatch.Contains(asset.ETag))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        context.Response.ContentType = asset.ContentType;
        await context.Response.Body.WriteAsync(asset.Content, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>The schema in SDL, for code generators and humans.</summary>
    public async Task HandleSchemaAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.ContentType = "application/graphql; charset=utf-8";
        await context.Response.WriteAsync(Utilities.SchemaPrinter.Print(executor.Schema), context.RequestAborted).ConfigureAwait(false);
    }
}
