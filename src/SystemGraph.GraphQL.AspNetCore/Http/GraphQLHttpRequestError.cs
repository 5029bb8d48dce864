namespace SystemGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// A request that is not a well-formed GraphQL-over-HTTP request: it never reaches the engine and is
/// answered with <paramref name="StatusCode"/> and one error carrying <paramref name="Code"/>.
/// </summary>
public sealed record GraphQLHttpRequestError(int StatusCode, string Code, string Message);
