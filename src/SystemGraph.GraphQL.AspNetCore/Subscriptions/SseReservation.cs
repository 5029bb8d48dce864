using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Threading.Channels;

namespace SystemGraph.GraphQL.AspNetCore.Subscriptions;

/// <summary>
/// A graphql-sse single-connection reservation: made by PUT (its token is the entrance ticket), fulfilled by one
/// GET event stream, used by POSTs that start operations (their events queue in <see cref="Outbox"/> until the stream
/// takes them) and DELETEs that stop them. Ending it (stream closed, expiry, overflow) cancels every operation.
/// </summary>
internal sealed class SseReservation : IDisposable
{
    private int connected;

    public SseReservation(int bufferSize)
    {
        Token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
        Outbox = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(Math.Max(1, bufferSize)) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    }

    public string Token { get; }

    /// <summary>Events (already framed) waiting for the stream.</summary>
    public Channel<byte[]> Outbox { get; }

    /// <summary>Open operations by their operationId.</summary>
    public ConcurrentDictionary<string, CancellationTokenSource> Operations { get; } = new(StringComparer.Ordinal);

    /// <summary>Cancelled when the reservation ends.</summary>
    public CancellationTokenSource Lifetime { get; } = new();

    public bool IsConnected => Volatile.Read(ref connected) == 1;

    /// <summary>Claims the reservation for a stream; false when one already holds it (only one may, per the protocol).</summary>
    public bool TryConnect() => Interlocked.Exchange(ref connected, 1) == 0;

    /// <summary>Queues a framed event; false when the stream has fallen <c>StreamBufferSize</c> events behind.</summary>
    public bool TryEnqueue(byte[] message) => Outbox.Writer.TryWrite(message);

    public void End()
    {
        Outbox.Writer.TryComplete();
        Lifetime.Cancel();
    }

    /// <summary>Ends the reservation. The lifetime source is cancelled, not disposed: late POSTs may still link to it.</summary>
    public void Dispose() => End();
}

/// <summary>The open reservations of this instance, by token.</summary>
internal sealed class SseReservations
{
    private readonly ConcurrentDictionary<string, SseReservation> byToken = new(StringComparer.Ordinal);

    public int Count => byToken.Count;

    public SseReservation Create(int bufferSize)
    {
        var reservation = new SseReservation(bufferSize);
        byToken[reservation.Token] = reservation;
        return reservation;
    }

    public SseReservation? Find(string? token) => token is not null && byToken.TryGetValue(token, out var found) ? found : null;

    public void Remove(SseReservation reservation)
    {
        if (byToken.TryRemove(reservation.Token, out _))
        {
            reservation.Dispose();
        }
    }
}
