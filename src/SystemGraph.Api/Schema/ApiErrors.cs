using SystemGraph.GraphQL.Error;

namespace SystemGraph.Api.Schema;

/// <summary>Errors resolvers raise on purpose: a clear message for the client and a stable <c>extensions.code</c>.</summary>
internal static class ApiErrors
{
    public const string NotFound = "NOT_FOUND";
    public const string InvalidArgument = "INVALID_ARGUMENT";
    public const string PagingMaxExceeded = "PAGING_MAX_EXCEEDED";
    public const string FilterNotSupported = "FILTER_NOT_SUPPORTED";
    public const string StoreUnavailable = "STORE_UNAVAILABLE";

    public static GraphQLException EntityNotFound(string id) =>
        new(GraphQLError.WithCode($"No entity has the id '{id}'.", NotFound));

    public static GraphQLException Invalid(string message) => new(GraphQLError.WithCode(message, InvalidArgument));
}
