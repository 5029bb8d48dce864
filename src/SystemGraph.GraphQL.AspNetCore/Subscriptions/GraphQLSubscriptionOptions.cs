namespace SystemGraph.GraphQL.AspNetCore.Subscriptions;

/// <summary>Settings of the streaming transports on the GraphQL path (section <c>Subscriptions</c>).</summary>
public sealed class GraphQLSubscriptionOptions
{
    /// <summary>Operations open at once on one WebSocket or one single-connection SSE stream; one more is refused with SUBSCRIPTIONS_PER_CONNECTION_EXCEEDED.</summary>
    public int MaxSubscriptionsPerConnection { get; set; } = 16;

    /// <summary>How often an idle stream carries a keep-alive (an SSE comment; a graphql-transport-ws ping).</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a WebSocket may wait before its connection_init (then closed with 4408).</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long an SSE reservation (single connection mode) waits for its stream before it is dropped.</summary>
    public TimeSpan ReservationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The largest WebSocket message accepted (a larger one closes the socket with 4400).</summary>
    public int MaxMessageBytes { get; set; } = 256 * 1024;

    /// <summary>Messages queued for one single-connection SSE stream before the stream is ended as a slow consumer.</summary>
    public int StreamBufferSize { get; set; } = 256;
}
