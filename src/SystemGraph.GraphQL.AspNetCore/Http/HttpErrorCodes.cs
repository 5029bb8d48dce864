namespace SystemGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// The <c>extensions.code</c> values of transport-level errors: requests refused while reading HTTP, before the
/// pipeline runs. Every other code is the engine's (<see cref="SystemGraph.GraphQL.Error.ErrorCodes"/>).
/// </summary>
public static class HttpErrorCodes
{
    public const string InvalidJson = "HTTP_INVALID_JSON";
    public const string InvalidParameters = "HTTP_INVALID_PARAMETERS";
    public const string MissingQuery = "HTTP_MISSING_QUERY";
    public const string UnsupportedMediaType = "HTTP_UNSUPPORTED_MEDIA_TYPE";
    public const string NotAcceptable = "HTTP_NOT_ACCEPTABLE";
    public const string MethodNotAllowed = "HTTP_METHOD_NOT_ALLOWED";
    public const string RequestTooLarge = "HTTP_REQUEST_TOO_LARGE";
}
