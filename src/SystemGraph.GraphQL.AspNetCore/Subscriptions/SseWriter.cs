using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace SystemGraph.GraphQL.AspNetCore.Subscriptions;

/// <summary>
/// Writes a <c>text/event-stream</c> response (the Server-Sent Events event stream format): one event per call,
/// flushed at once; writes are serialised (operations of a single-connection stream write from their own tasks).
/// </summary>
internal sealed class SseWriter(HttpResponse response) : IDisposable
{
    private static readonly byte[] KeepAliveComment = ":\n\n"u8.ToArray();
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        response.HttpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One event: <c>event: {name}</c> and its data on one line (JSON is written without line breaks).</summary>
    public Task WriteEventAsync(string name, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        var head = Encoding.UTF8.GetBytes($"event: {name}\ndata: ");
        var message = new byte[head.Length + data.Length + 2];
        head.CopyTo(message, 0);
        data.Span.CopyTo(message.AsSpan(head.Length));
        message[^2] = (byte)'\n';
        message[^1] = (byte)'\n';
        return WriteAsync(message, cancellationToken);
    }

    public Task WriteKeepAliveAsync(CancellationToken cancellationToken) => WriteAsync(KeepAliveComment, cancellationToken);

    public async Task WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await response.Body.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
            await response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();
}
