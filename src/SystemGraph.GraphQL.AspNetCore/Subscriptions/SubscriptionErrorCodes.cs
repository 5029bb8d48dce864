namespace SystemGraph.GraphQL.AspNetCore.Subscriptions;

/// <summary>The <c>extensions.code</c> values of the streaming transports' own refusals.</summary>
public static class SubscriptionErrorCodes
{
    /// <summary>One more operation than <see cref="GraphQLSubscriptionOptions.MaxSubscriptionsPerConnection"/> on a connection.</summary>
    public const string PerConnectionLimit = "SUBSCRIPTIONS_PER_CONNECTION_EXCEEDED";

    /// <summary>graphql-sse: no reservation has that token (404).</summary>
    public const string StreamNotFound = "SSE_STREAM_NOT_FOUND";

    /// <summary>graphql-sse: the reservation already has its event stream (409).</summary>
    public const string StreamAlreadyOpen = "SSE_STREAM_ALREADY_OPEN";

    /// <summary>graphql-sse: a single-connection operation without <c>extensions.operationId</c> (400).</summary>
    public const string OperationIdMissing = "SSE_OPERATION_ID_MISSING";

    /// <summary>graphql-sse: the operationId is already running on that stream (409).</summary>
    public const string OperationIdInUse = "SSE_OPERATION_ID_IN_USE";

    /// <summary>A single-connection stream fell too far behind and was ended.</summary>
    public const string StreamSlowConsumer = "SSE_STREAM_SLOW_CONSUMER";
}
