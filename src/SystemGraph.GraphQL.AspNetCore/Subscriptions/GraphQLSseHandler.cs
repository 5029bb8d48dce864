using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SystemGraph.GraphQL.AspNetCore.Http;
using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Execution;

namespace SystemGraph.GraphQL.AspNetCore.Subscriptions;

/// <summary>
/// GraphQL over Server-Sent Events (the graphql-sse protocol) on the GraphQL path.
/// Distinct connections mode: a GET or POST that prefers <c>text/event-stream</c> to JSON gets its results as <c>next</c>
/// events and a <c>complete</c>; errors found before execution are <c>next</c> events too (the protocol asks it).
/// Single connection mode: PUT reserves a stream (201 and a token); GET with the token
/// (<c>X-GraphQL-Event-Stream-Token</c> header or <c>token</c> query parameter) opens it; POSTs with the token start
/// operations named by <c>extensions.operationId</c> (202; their events carry <c>{id, payload}</c>); DELETE
/// <c>?operationId=</c> stops one. Request problems are answered as GraphQL over HTTP says (4xx with errors).
/// </summary>
public sealed class GraphQLSseHandler
{
    public const string TokenHeader = "X-GraphQL-Event-Stream-Token";

    private readonly GraphQLRequestExecutor executor;
    private readonly GraphQLHttpOptions httpOptions;
    private readonly GraphQLSubscriptionOptions options;
    private readonly SseReservations reservations = new();

    public GraphQLSseHandler(GraphQLRequestExecutor executor, IOptions<GraphQLHttpOptions> httpOptions, IOptions<GraphQLSubscriptionOptions> options)
    {
        ArgumentNullException.ThrowIfNull(httpOptions);
        ArgumentNullException.ThrowIfNull(options);
        this.executor = executor;
        this.httpOptions = httpOptions.Value;
        this.options = options.Value;
    }

    /// <summary>Open single-connection reservations (for tests and metrics).</summary>
    public int ReservationCount => reservations.Count;

    /// <summary>True for the requests this handler answers (the rest are plain GraphQL over HTTP).</summary>
    public static bool Handles(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        return IsReservation(request)
            || request.Headers.ContainsKey(TokenHeader)
            || (HttpMethods.IsDelete(request.Method) && request.Query.ContainsKey("operationId"))
            || AcceptDecision.Of(request).PrefersEventStream;
    }

    /// <summary>A PUT without a body reserves a stream; a PUT carrying a request stays a misused GraphQL request (405).</summary>
    private static bool IsReservation(HttpRequest request) => HttpMethods.IsPut(request.Method) && !(request.ContentLength > 0);

    public Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        var token = request.Headers.TryGetValue(TokenHeader, out var header) ? header.ToString() : request.Query["token"].ToString();
        if (IsReservation(request))
        {
            return ReserveAsync(context);
        }

        if (string.IsNullOrEmpty(token))
        {
            return DistinctAsync(context);
        }

        var reservation = reservations.Find(token);
        if (reservation is null)
        {
            return WriteErrorAsync(context, StatusCodes.Status404NotFound, SubscriptionErrorCodes.StreamNotFound, "No event stream is reserved with that token.");
        }

        if (HttpMethods.IsGet(request.Method))
        {
            return StreamAsync(context, reservation);
        }

        if (HttpMethods.IsPost(request.Method))
        {
            return StartOperationAsync(context, reservation);
        }

        if (HttpMethods.IsDelete(request.Method))
        {
            if (request.Query["operationId"].ToString() is { Length: > 0 } id && reservation.Operations.TryRemove(id, out var operation))
            {
                operation.Cancel();
            }

            context.Response.StatusCode = StatusCodes.Status200OK;
            return Task.CompletedTask;
        }

        context.Response.Headers.Allow = "GET, POST, PUT, DELETE";
        return WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed, HttpErrorCodes.MethodNotAllowed, "Event streams use GET, POST, PUT or DELETE.");
    }

    private async Task DistinctAsync(HttpContext context)
    {
        var (request, error) = await GraphQLHttpRequestReader.ReadAsync(context.Request, httpOptions, context.RequestAborted).ConfigureAwait(false);
        if (error is not null)
        {
            await WriteErrorAsync(context, error.StatusCode, error.Code, error.Message).ConfigureAwait(false);
            return;
        }

        var aborted = context.RequestAborted;
        await using var scope = context.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var operation = await StreamingOperation.StartAsync(
            executor, context, ToGraphQLRequest(request!, scope.ServiceProvider), context.User, context.Request.Headers.Authorization.Count > 0, aborted).ConfigureAwait(false);
        using var writer = new SseWriter(context.Response);
        await writer.StartAsync(aborted).ConfigureAwait(false);
        using var keepAlive = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        var keepAliveTask = KeepAliveAsync(writer, keepAlive.Token);
        try
        {
            if (operation.Stream is null)
            {
                await writer.WriteEventAsync("next", operation.Single, aborted).ConfigureAwait(false);
            }
            else
            {
                await foreach (var result in ReadSafelyAsync(operation.Stream, aborted).ConfigureAwait(false))
                {
                    await writer.WriteEventAsync("next", StreamingOperation.ToJson(result), aborted).ConfigureAwait(false);
                }
            }

            await writer.WriteEventAsync("complete", ReadOnlyMemory<byte>.Empty, aborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client closed the stream: that is how distinct-connection operations end.
        }
        finally
        {
            await keepAlive.CancelAsync().ConfigureAwait(false);
            await keepAliveTask.ConfigureAwait(false);
        }
    }

    private async Task ReserveAsync(HttpContext context)
    {
        var reservation = reservations.Create(options.StreamBufferSize);
        _ = ExpireAsync(reservation);
        context.Response.StatusCode = StatusCodes.Status201Created;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(reservation.Token, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>A reservation whose stream never arrives is dropped after <see cref="GraphQLSubscriptionOptions.ReservationTimeout"/>.</summary>
    private async Task ExpireAsync(SseReservation reservation)
    {
        try
        {
            await Task.Delay(options.ReservationTimeout, reservation.Lifetime.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (!reservation.IsConnected)
        {
            reservations.Remove(reservation);
        }
    }

    private async Task StreamAsync(HttpContext context, SseReservation reservation)
    {
        if (!reservation.TryConnect())
        {
            await WriteErrorAsync(context, StatusCodes.Status409Conflict, SubscriptionErrorCodes.StreamAlreadyOpen, "The reservation already has its event stream.").ConfigureAwait(false);
            return;
        }

        var aborted = context.RequestAborted;
        using var writer = new SseWriter(context.Response);
        try
        {
            await writer.StartAsync(aborted).ConfigureAwait(false);
            var outbox = reservation.Outbox.Reader;
            while (true)
            {
                using var idle = CancellationTokenSource.CreateLinkedTokenSource(aborted);
                idle.CancelAfter(options.KeepAliveInterval);
                bool more;
                try
                {
                    more = await outbox.WaitToReadAsync(idle.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
                {
                    await writer.WriteKeepAliveAsync(aborted).ConfigureAwait(false);
                    continue;
                }

                if (!more)
                {
                    break;
                }

                while (outbox.TryRead(out var message))
                {
                    await writer.WriteAsync(message, aborted).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client closed the stream.
        }
        finally
        {
            reservations.Remove(reservation);
        }
    }

    private async Task StartOperationAsync(HttpContext context, SseReservation reservation)
    {
        var (request, error) = await GraphQLHttpRequestReader.ReadAsync(context.Request, httpOptions, context.RequestAborted).ConfigureAwait(false);
        if (error is not null)
        {
            await WriteErrorAsync(context, error.StatusCode, error.Code, error.Message).ConfigureAwait(false);
            return;
        }

        var id = request!.Extensions is { ValueKind: JsonValueKind.Object } extensions
            && extensions.TryGetProperty("operationId", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        if (string.IsNullOrEmpty(id))
        {
            await WriteErrorAsync(context, StatusCodes.Status400BadRequest, SubscriptionErrorCodes.OperationIdMissing, "A single-connection operation needs extensions.operationId.").ConfigureAwait(false);
            return;
        }

        if (reservation.Operations.Count >= options.MaxSubscriptionsPerConnection)
        {
            await WriteErrorAsync(context, StatusCodes.Status429TooManyRequests, SubscriptionErrorCodes.PerConnectionLimit,
                $"This stream has {options.MaxSubscriptionsPerConnection} operations open, its limit.").ConfigureAwait(false);
            return;
        }

        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(reservation.Lifetime.Token);
        if (!reservation.Operations.TryAdd(id, cancellation))
        {
            cancellation.Dispose();
            await WriteErrorAsync(context, StatusCodes.Status409Conflict, SubscriptionErrorCodes.OperationIdInUse, $"Operation '{id}' is already running on this stream.").ConfigureAwait(false);
            return;
        }

        // The operation outlives this POST: it gets its own service scope, ended with it.
        var scope = context.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        StreamingOperation operation;
        try
        {
            operation = await StreamingOperation.StartAsync(
                executor, context, ToGraphQLRequest(request, scope.ServiceProvider), context.User, context.Request.Headers.Authorization.Count > 0, cancellation.Token).ConfigureAwait(false);
        }
        catch
        {
            reservation.Operations.TryRemove(id, out _);
            cancellation.Dispose();
            await scope.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        if (operation.Stream is null && operation.IsRequestError)
        {
            // Refused before execution: answered on this request, as GraphQL over HTTP says.
            reservation.Operations.TryRemove(id, out _);
            cancellation.Dispose();
            await scope.DisposeAsync().ConfigureAwait(false);
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = GraphQLMediaTypes.Json + "; charset=utf-8";
            await context.Response.Body.WriteAsync(operation.Single, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        _ = RunOperationAsync(reservation, id, operation, cancellation, scope);
        context.Response.StatusCode = StatusCodes.Status202Accepted;
    }

    private async Task RunOperationAsync(SseReservation reservation, string id, StreamingOperation operation, CancellationTokenSource cancellation, AsyncServiceScope scope)
    {
        var token = cancellation.Token;
        try
        {
            if (operation.Stream is null)
            {
                Enqueue(reservation, Frame("next", id, operation.Single));
            }
            else
            {
                await foreach (var result in ReadSafelyAsync(operation.Stream, token).ConfigureAwait(false))
                {
                    if (!Enqueue(reservation, Frame("next", id, StreamingOperation.ToJson(result))))
                    {
                        return;
                    }
                }
            }

            if (!token.IsCancellationRequested)
            {
                Enqueue(reservation, Frame("complete", id, null));
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Stopped by DELETE, or the stream ended.
        }
        finally
        {
            reservation.Operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, cancellation));
            cancellation.Dispose();
            await scope.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Queues an event; a stream that has fallen too far behind is ended (every operation on it stops).</summary>
    private bool Enqueue(SseReservation reservation, byte[] message)
    {
        if (reservation.TryEnqueue(message))
        {
            return true;
        }

        reservations.Remove(reservation);
        return false;
    }

    /// <summary><c>event: {name}</c> with data <c>{"id": ..., "payload": ...}</c> (payload left out for complete).</summary>
    private static byte[] Frame(string name, string id, ReadOnlyMemory<byte>? payload)
    {
        using var buffer = new MemoryStream();
        buffer.Write(Encoding.UTF8.GetBytes($"event: {name}\ndata: {{\"id\":{JsonSerializer.Serialize(id)}"));
        if (payload is { } body)
        {
            buffer.Write(",\"payload\":"u8);
            buffer.Write(body.Span);
        }

        buffer.Write("}\n\n"u8);
        return buffer.ToArray();
    }

    /// <summary>
    /// Results of a stream; a stream that fails (e.g. a slow consumer cut off) ends with its error as a last result.
    /// Every SSE and WebSocket subscription is read here, so this is where the open-subscriptions metric counts.
    /// </summary>
    private static async IAsyncEnumerable<ExecutionResult> ReadSafelyAsync(IAsyncEnumerable<ExecutionResult> stream, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var enumerator = stream.GetAsyncEnumerator(cancellationToken);
        Telemetry.GraphQLTelemetry.SubscriptionStarted();
        try
        {
            while (true)
            {
                ExecutionResult? failure = null;
                try
                {
                    if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
                    {
                        yield break;
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    failure = StreamingOperation.StreamFailure(e);
                }

                if (failure is not null)
                {
                    yield return failure;
                    yield break;
                }

                yield return enumerator.Current;
            }
        }
        finally
        {
            Telemetry.GraphQLTelemetry.SubscriptionEnded();
            await enumerator.DisposeAsync().ConfigureAwait(false);
        }
    }

    internal static IAsyncEnumerable<ExecutionResult> ReadStreamSafely(IAsyncEnumerable<ExecutionResult> stream, CancellationToken cancellationToken) => ReadSafelyAsync(stream, cancellationToken);

    private async Task KeepAliveAsync(SseWriter writer, CancellationToken cancellationToken)
    {
        try
        {
            using var timer = new PeriodicTimer(options.KeepAliveInterval);
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                await writer.WriteKeepAliveAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The stream ended.
        }
        catch (IOException)
        {
            // The client has gone; the stream loop notices too.
        }
    }

    internal static GraphQLRequest ToGraphQLRequest(GraphQLHttpRequest request, IServiceProvider services) => new()
    {
        Query = request.Query,
        OperationName = request.OperationName,
        Variables = request.Variables is { } v ? JsonValueReader.ToMap(v) : null,
        Extensions = request.Extensions is { } e ? JsonValueReader.ToMap(e) : null,
        Services = services,
    };

    private static async Task WriteErrorAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = GraphQLMediaTypes.Json + "; charset=utf-8";
        await context.Response.Body.WriteAsync(StreamingOperation.ToJson(ExecutionResult.FromError(GraphQLError.WithCode(message, code))), context.RequestAborted).ConfigureAwait(false);
    }
}
