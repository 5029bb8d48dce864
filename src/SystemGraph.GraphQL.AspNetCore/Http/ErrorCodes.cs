namespace SystemGraph.GraphQL.AspNetCore.Http;

/// <summary>The <c>extensions.code</c> values of transport-level errors (requests refused before the engine runs).</summary>
public static class ErrorCodes
{
    public const string InvalidJson = "HTTP_INVALID_JSON";
    public const string InvalidParameters = "HTTP_INVALID_PARAMETERS";
    public const string MissingQuery = "HTTP_MISSING_QUERY";
    public const string UnsupportedMediaType = "HTTP_UNSUPPORTED_MEDIA_TYPE";
    public const string NotAcceptable = "HTTP_NOT_ACCEPTABLE";
    public const string MethodNotAllowed = "HTTP_METHOD_NOT_ALLOWED";
    public const string MutationOverGet = "HTTP_MUTATION_OVER_GET";
    public const string RequestTooLarge = "HTTP_REQUEST_TOO_LARGE";

    /// <summary>Authentication is needed (a GraphQL over HTTP server answers 401).</summary>
    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";

    /// <summary>The principal lacks the role (403).</summary>
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";
}
