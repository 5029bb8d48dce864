namespace SystemGraph.GraphQL.AspNetCore.Http;

/// <summary>Media types of the GraphQL-over-HTTP specification.</summary>
public static class GraphQLMediaTypes
{
    /// <summary>The response media type that lets status codes carry meaning (GraphQL over HTTP, "application/graphql-response+json").</summary>
    public const string GraphQLResponseJson = "application/graphql-response+json";

    /// <summary>The legacy media type: well-formed requests answer 200 whatever the GraphQL errors.</summary>
    public const string Json = "application/json";

    public const string Html = "text/html";

    /// <summary>Server-Sent Events, for GraphQL over SSE (graphql-sse).</summary>
    public const string EventStream = "text/event-stream";
}
