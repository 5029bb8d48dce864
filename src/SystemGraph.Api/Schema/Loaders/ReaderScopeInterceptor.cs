using SystemGraph.GraphQL.AspNetCore.Http;

namespace SystemGraph.Api.Schema.Loaders;

/// <summary>Creates the request's reader-scope map before execution, so root fields that resolve concurrently never race to make it.</summary>
internal sealed class ReaderScopeInterceptor : IGraphQLHttpRequestInterceptor
{
    public ValueTask OnRequestAsync(HttpContext context, GraphQLHttpRequest request, IDictionary<string, object?> contextData, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contextData);
        ReaderScope.Prepare(contextData);
        return ValueTask.CompletedTask;
    }
}
