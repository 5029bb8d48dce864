using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SystemGraph.GraphQL.Execution;

namespace SystemGraph.GraphQL.AspNetCore.Subscriptions;

/// <summary>
/// GraphQL over WebSocket (the graphql-transport-ws protocol) on the GraphQL path: connection_init (a bearer token
/// may come in its payload as <c>Authorization</c> or <c>token</c>) answered by connection_ack; subscribe / next /
/// error / complete per operation id; ping answered by pong, and a ping sent every keep-alive interval. Protocol
/// violations close the socket with the protocol's codes: 4400 invalid message, 4401 subscribe before ack,
/// 4403 token refused, 4406 wrong subprotocol, 4408 no connection_init in time, 4409 id already subscribed,
/// 4429 a second connection_init. Nothing a client sends can crash the loop.
/// </summary>
public sealed class GraphQLWebSocketHandler(GraphQLRequestExecutor executor, IOptions<GraphQLSubscriptionOptions> options)
{
    public const string SubProtocol = "graphql-transport-ws";

    private readonly GraphQLSubscriptionOptions settings = options.Value;

    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.WebSockets.WebSocketRequestedProtocols.Contains(SubProtocol))
        {
            using var refused = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
            await refused.CloseAsync((WebSocketCloseStatus)4406, "Subprotocol not acceptable", context.RequestAborted).ConfigureAwait(false);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync(SubProtocol).ConfigureAwait(false);
        using var connection = new Connection(executor, settings, context, socket);
        await connection.RunAsync().ConfigureAwait(false);
    }

    private sealed class Connection(GraphQLRequestExecutor executor, GraphQLSubscriptionOptions settings, HttpContext http, WebSocket socket) : IDisposable
    {
        private readonly SemaphoreSlim sendGate = new(1, 1);
        private readonly ConcurrentDictionary<string, CancellationTokenSource> operations = new(StringComparer.Ordinal);
        private readonly CancellationTokenSource lifetime = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        private ClaimsPrincipal user = http.User;
        private bool presentedCredentials = http.Request.Headers.Authorization.Count > 0;
        private bool initReceived;
        private bool acknowledged;
        private int running;
        private readonly TaskCompletionSource drained = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task RunAsync()
        {
            var token = lifetime.Token;
            var initTimeout = CloseUnlessInitialisedAsync(token);
            var keepAlive = KeepAliveAsync(token);
            try
            {
                while (socket.State == WebSocketState.Open && !token.IsCancellationRequested)
                {
                    var (text, tooLarge) = await ReceiveAsync(token).ConfigureAwait(false);
                    if (tooLarge)
                    {
                        await CloseAsync(4400, "Message too large").ConfigureAwait(false);
                        break;
                    }

                    if (text is null)
                    {
                        break;
                    }

                    if (!await HandleMessageAsync(text).ConfigureAwait(false))
                    {
                        break;
                    }
                }
            }
            catch (Exception e) when (e is OperationCanceledException or WebSocketException or IOException)
            {
                // The client went away or the connection was closed: end every operation below.
            }
#pragma warning disable CA1031 // The loop must never crash: anything unforeseen closes the socket with the protocol's 4500.
            catch (Exception)
#pragma warning restore CA1031
            {
                await CloseAsync(4500, "Internal server error").ConfigureAwait(false);
            }
            finally
            {
                await AwaitCloseReplyAsync().ConfigureAwait(false);
                await lifetime.CancelAsync().ConfigureAwait(false);
                foreach (var operation in operations.Values)
                {
                    await TryCancelAsync(operation).ConfigureAwait(false);
                }

                await Task.WhenAll(initTimeout, keepAlive).ConfigureAwait(false);
                if (Interlocked.Decrement(ref running) < 0)
                {
                    drained.TrySetResult();
                }

                // Operations end on their own once cancelled; wait for them so nothing sends on a disposed connection.
                await drained.Task.WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
                if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    await CloseAsync((int)WebSocketCloseStatus.NormalClosure, "Normal Closure").ConfigureAwait(false);
                }

            }
        }

        /// <summary>Called after <see cref="RunAsync"/>, which has waited for every operation to finish.</summary>
        public void Dispose()
        {
            sendGate.Dispose();
            lifetime.Dispose();
        }

        /// <summary>4408 when no connection_init arrives within <see cref="GraphQLSubscriptionOptions.ConnectionInitTimeout"/>.</summary>
        private async Task CloseUnlessInitialisedAsync(CancellationToken cancellationToken)
        {
            try
            {
                await Task.Delay(settings.ConnectionInitTimeout, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (!initReceived)
            {
                await CloseAsync(4408, "Connection initialisation timeout").ConfigureAwait(false);
            }
        }

        /// <summary>Handles one message; false when the connection was closed because of it.</summary>
        private async Task<bool> HandleMessageAsync(string text)
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(text);
            }
            catch (JsonException)
            {
                return await InvalidAsync("Invalid message received: not JSON").ConfigureAwait(false);
            }

            using (document)
            {
                var message = document.RootElement;
                if (message.ValueKind != JsonValueKind.Object || !message.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
                {
                    return await InvalidAsync("Invalid message received: no type").ConfigureAwait(false);
                }

                var payload = message.TryGetProperty("payload", out var p) ? p : default;
                switch (typeElement.GetString())
                {
                    case "connection_init":
                        return await InitAsync(payload).ConfigureAwait(false);
                    case "ping":
                        await SendAsync(payload.ValueKind == JsonValueKind.Object ? Message("pong", null, payload.GetRawText()) : """{"type":"pong"}""").ConfigureAwait(false);
                        return true;
                    case "pong":
                        return true;
                    case "subscribe":
                        return await SubscribeAsync(message, payload).ConfigureAwait(false);
                    case "complete":
                        if (Id(message) is not { } completed)
                        {
                            return await InvalidAsync("Invalid message received: complete without an id").ConfigureAwait(false);
                        }

                        if (operations.TryRemove(completed, out var operation))
                        {
                            await TryCancelAsync(operation).ConfigureAwait(false);
                        }

                        return true;
                    default:
                        return await InvalidAsync($"Invalid message received: unknown type").ConfigureAwait(false);
                }
            }
        }

        private async Task<bool> InitAsync(JsonElement payload)
        {
            if (initReceived)
            {
                await CloseAsync(4429, "Too many initialisation requests").ConfigureAwait(false);
                return false;
            }

            initReceived = true;
            if (payload.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.Object))
            {
                return await InvalidAsync("Invalid message received: payload must be an object").ConfigureAwait(false);
            }

            if (BearerOf(payload) is { } authorization)
            {
                presentedCredentials = true;
                if (await AuthenticateAsync(authorization).ConfigureAwait(false) is not { } principal)
                {
                    await CloseAsync(4403, "Forbidden").ConfigureAwait(false);
                    return false;
                }

                user = principal;
            }

            acknowledged = true;
            await SendAsync("""{"type":"connection_ack"}""").ConfigureAwait(false);
            return true;
        }

        private async Task<bool> SubscribeAsync(JsonElement message, JsonElement payload)
        {
            if (!acknowledged)
            {
                await CloseAsync(4401, "Unauthorized").ConfigureAwait(false);
                return false;
            }

            if (Id(message) is not { } id || payload.ValueKind != JsonValueKind.Object
                || !payload.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String)
            {
                return await InvalidAsync("Invalid message received: subscribe needs an id and a payload with a query").ConfigureAwait(false);
            }

            if (operations.ContainsKey(id))
            {
                await CloseAsync(4409, $"Subscriber for {Truncate(id)} already exists").ConfigureAwait(false);
                return false;
            }

            if (operations.Count >= settings.MaxSubscriptionsPerConnection)
            {
                var refused = StreamingOperation.FromError($"This connection has {settings.MaxSubscriptionsPerConnection} operations open, its limit.", SubscriptionErrorCodes.PerConnectionLimit);
                await SendErrorAsync(id, refused.Single).ConfigureAwait(false);
                return true;
            }

            var cancellation = CancellationTokenSource.CreateLinkedTokenSource(lifetime.Token);
            operations[id] = cancellation;
            Interlocked.Increment(ref running);
            var request = JsonValueReader.ReadRequest(payload);
            _ = RunOperationAsync(id, request, cancellation);
            return true;
        }

        private async Task RunOperationAsync(string id, GraphQLRequest read, CancellationTokenSource cancellation)
        {
            var token = cancellation.Token;
            await using var scope = http.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            try
            {
                var request = new GraphQLRequest { Query = read.Query, OperationName = read.OperationName, Variables = read.Variables, Extensions = read.Extensions, Services = scope.ServiceProvider };
                var operation = await StreamingOperation.StartAsync(executor, http, request, user, presentedCredentials, token).ConfigureAwait(false);
                if (operation.Stream is null)
                {
                    if (operation.IsRequestError)
                    {
                        await SendErrorAsync(id, operation.Single).ConfigureAwait(false);
                        return;
                    }

                    await SendAsync(Message("next", id, StreamingOperation.ToText(operation.Single))).ConfigureAwait(false);
                }
                else
                {
                    await foreach (var result in GraphQLSseHandler.ReadStreamSafely(operation.Stream, token).ConfigureAwait(false))
                    {
                        await SendAsync(Message("next", id, StreamingOperation.ToText(StreamingOperation.ToJson(result)))).ConfigureAwait(false);
                    }
                }

                if (!token.IsCancellationRequested)
                {
                    await SendAsync(Message("complete", id, null)).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or WebSocketException or IOException)
            {
                // Completed by the client, or the connection ended.
            }
#pragma warning disable CA1031 // One operation's failure is that operation's error, never the connection's end.
            catch (Exception)
#pragma warning restore CA1031
            {
                await SendAsync(Message("error", id, InternalErrors)).ConfigureAwait(false);
            }
            finally
            {
                operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, cancellation));
                cancellation.Dispose();
                if (Interlocked.Decrement(ref running) < 0)
                {
                    drained.TrySetResult();
                }
            }
        }

        private const string InternalErrors = "[{\"message\":\"The operation failed.\",\"extensions\":{\"code\":\"INTERNAL_ERROR\"}}]";

        /// <summary>Cancels an operation that may have ended (and disposed its source) meanwhile.</summary>
        private static async Task TryCancelAsync(CancellationTokenSource operation)
        {
            try
            {
                await operation.CancelAsync().ConfigureAwait(false);
            }
            catch (ObjectDisposedException)
            {
                // It had ended already.
            }
        }

        /// <summary>graphql-transport-ws <c>error</c>: the payload is the list of errors (taken from a result's JSON).</summary>
        private Task SendErrorAsync(string id, ReadOnlyMemory<byte> resultJson)
        {
            using var result = JsonDocument.Parse(resultJson);
            var errors = result.RootElement.TryGetProperty("errors", out var list) ? list.GetRawText() : "[]";
            return SendAsync(Message("error", id, errors));
        }

        private async Task<ClaimsPrincipal?> AuthenticateAsync(string authorization)
        {
            // The socket's own request was authenticated at the upgrade; the token from the payload is checked by the
            // host's default scheme on a request of its own (handlers remember one result per request).
            await using var scope = http.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            var probe = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
            probe.Request.Scheme = http.Request.Scheme;
            probe.Request.Host = http.Request.Host;
            probe.Request.Headers.Authorization = authorization;
            var outcome = await probe.AuthenticateAsync().ConfigureAwait(false);
            return outcome.Succeeded ? outcome.Principal : null;
        }

        /// <summary>The token of a connection_init payload: <c>Authorization</c> ("Bearer ...") or a bare <c>token</c>.</summary>
        private static string? BearerOf(JsonElement payload)
        {
            if (payload.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            foreach (var property in payload.EnumerateObject())
            {
                if (property.Value.ValueKind != JsonValueKind.String)
                {
                    continue;
                }

                if (property.NameEquals("Authorization") || property.NameEquals("authorization"))
                {
                    return property.Value.GetString();
                }

                if (property.NameEquals("token"))
                {
                    return "Bearer " + property.Value.GetString();
                }
            }

            return null;
        }

        private async Task KeepAliveAsync(CancellationToken cancellationToken)
        {
            try
            {
                using var timer = new PeriodicTimer(settings.KeepAliveInterval);
                while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
                {
                    await SendAsync("""{"type":"ping"}""").ConfigureAwait(false);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or WebSocketException or IOException)
            {
                // The connection ended.
            }
        }

        private async Task<(string? Text, bool TooLarge)> ReceiveAsync(CancellationToken cancellationToken)
        {
            var buffer = new byte[4096];
            using var message = new MemoryStream();
            while (true)
            {
                var received = await socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return (null, false);
                }

                message.Write(buffer, 0, received.Count);
                if (message.Length > settings.MaxMessageBytes)
                {
                    return (null, true);
                }

                if (received.EndOfMessage)
                {
                    return received.MessageType == WebSocketMessageType.Text && System.Text.Unicode.Utf8.IsValid(message.GetBuffer().AsSpan(0, (int)message.Length))
                        ? (Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length), false)
                        : ("\u0000", false);
                }
            }
        }

        private async Task<bool> InvalidAsync(string reason)
        {
            await CloseAsync(4400, reason).ConfigureAwait(false);
            return false;
        }

        private static string? Id(JsonElement message) =>
            message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } value ? value : null;

        private static string Truncate(string id) => id.Length <= 40 ? id : id[..40];

        private static string Message(string type, string? id, string? payloadJson)
        {
            var builder = new StringBuilder("{\"type\":\"").Append(type).Append('"');
            if (id is not null)
            {
                builder.Append(",\"id\":").Append(JsonSerializer.Serialize(id));
            }

            if (payloadJson is not null)
            {
                builder.Append(",\"payload\":").Append(payloadJson);
            }

            return builder.Append('}').ToString();
        }

        private async Task SendAsync(string text)
        {
            await sendGate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
            try
            {
                if (socket.State == WebSocketState.Open)
                {
                    await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, lifetime.Token).ConfigureAwait(false);
                }
            }
            finally
            {
                sendGate.Release();
            }
        }

        private async Task CloseAsync(int code, string reason)
        {
            await sendGate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
            try
            {
                if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                    await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, timeout.Token).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or WebSocketException or IOException)
            {
                // Already gone.
            }
            finally
            {
                sendGate.Release();
            }

            // The receive loop ends when the client answers the close (or, at the latest, after two seconds); cancelling
            // at once would abort the socket before the close frame reached the client.
            try
            {
                lifetime.CancelAfter(TimeSpan.FromSeconds(2));
            }
            catch (ObjectDisposedException)
            {
                // The connection has ended already.
            }
        }

        /// <summary>After this side sent a close, waits briefly for the client's reply so the close code arrives intact.</summary>
        private async Task AwaitCloseReplyAsync()
        {
            if (socket.State != WebSocketState.CloseSent)
            {
                return;
            }

            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            var buffer = new byte[1024];
            try
            {
                while (socket.State == WebSocketState.CloseSent)
                {
                    if ((await socket.ReceiveAsync(buffer, wait.Token).ConfigureAwait(false)).MessageType == WebSocketMessageType.Close)
                    {
                        return;
                    }
                }
            }
            catch (Exception e) when (e is OperationCanceledException or WebSocketException or IOException)
            {
                // The client did not answer; the socket is dropped.
            }
        }
    }
}
