namespace SystemGraph.GraphQL.Error;

/// <summary>Stable <c>extensions.code</c> values for every error the engine raises.</summary>
public static class ErrorCodes
{
    /// <summary>The document is not valid GraphQL syntax (§2).</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document failed validation (§5).</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>The document is larger than ParserOptions.MaxDocumentBytes.</summary>
    public const string MaxDocumentSizeExceeded = "MAX_DOCUMENT_SIZE_EXCEEDED";

    /// <summary>The document has more tokens than ParserOptions.MaxTokens.</summary>
    public const string MaxTokensExceeded = "MAX_TOKENS_EXCEEDED";

    /// <summary>The document nests deeper than ParserOptions.MaxDepth.</summary>
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";

    /// <summary>The operation's estimated cost exceeds RequestLimits.MaxCost.</summary>
    public const string MaxCostExceeded = "MAX_COST_EXCEEDED";

    /// <summary>Execution ran past RequestLimits.ExecutionTimeout and was cancelled.</summary>
    public const string ExecutionTimeout = "EXECUTION_TIMEOUT";

    /// <summary>Variable values could not be coerced (§6.1.2 CoerceVariableValues).</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>The operation to execute could not be determined (§6.1 GetOperation).</summary>
    public const string OperationResolutionFailure = "OPERATION_RESOLUTION_FAILURE";

    /// <summary>The selected operation's kind is not allowed for this request (GraphQL over HTTP: a mutation sent with GET).</summary>
    public const string OperationNotAllowed = "OPERATION_NOT_ALLOWED";

    /// <summary>The caller must authenticate first (a GraphQL over HTTP server answers 401 when nothing else was returned).</summary>
    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";

    /// <summary>The caller is authenticated but lacks the role (403 when nothing else was returned).</summary>
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";

    /// <summary>No document was supplied with the request.</summary>
    public const string MissingDocument = "GRAPHQL_MISSING_DOCUMENT";

    /// <summary>A resolver threw or returned an error (a field error, §6.4.4).</summary>
    public const string FieldError = "FIELD_ERROR";

    /// <summary>An unexpected exception inside a resolver; its message is masked unless exposed.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    /// <summary>The request was cancelled before it completed.</summary>
    public const string Cancelled = "REQUEST_CANCELLED";

    /// <summary>The schema does not satisfy the type system rules (§3).</summary>
    public const string InvalidSchema = "INVALID_SCHEMA";

    /// <summary>A subscription operation was given to Executor.ExecuteAsync (subscriptions run through Executor.SubscribeAsync).</summary>
    public const string SubscriptionsNotSupported = "SUBSCRIPTIONS_NOT_SUPPORTED";
}
