using Microsoft.AspNetCore.Http;

namespace SystemGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// A host hook run for every well-formed request before execution: put the caller's identity, a correlation id
/// or per-request services in the context data resolvers read.
/// </summary>
public interface IGraphQLHttpRequestInterceptor
{
    ValueTask OnRequestAsync(HttpContext context, GraphQLHttpRequest request, IDictionary<string, object?> contextData, CancellationToken cancellationToken);
}
