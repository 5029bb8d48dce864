namespace SystemGraph.GraphQL.AspNetCore.Http;

/// <summary>Keys of the entries the transport puts in a request's context data (read by resolvers).</summary>
public static class GraphQLHttpContextKeys
{
    /// <summary>The <see cref="Microsoft.AspNetCore.Http.HttpContext"/> of the request.</summary>
    public const string HttpContext = "SystemGraph.HttpContext";
}
