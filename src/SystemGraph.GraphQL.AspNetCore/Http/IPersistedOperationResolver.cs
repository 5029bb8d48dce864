namespace SystemGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// An optional hook that turns a persisted-operation request (Apollo's automatic persisted queries: a
/// <c>extensions.persistedQuery.sha256Hash</c>, with or without the query text) into an ordinary request, or
/// refuses it (unknown hash, hash mismatch, not on the allow-list). Runs before anything else reads the query.
/// </summary>
public interface IPersistedOperationResolver
{
    ValueTask<(GraphQLHttpRequest? Request, GraphQLHttpRequestError? Error)> ResolveAsync(GraphQLHttpRequest request, CancellationToken cancellationToken);
}
