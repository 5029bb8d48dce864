using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Validation;

namespace SystemGraph.GraphQL.Execution.Pipeline;

/// <summary>
/// Parses the document with the parser's limits (§2) and validates it (§5), once per distinct document: both are
/// cached together (<see cref="DocumentCache"/>, bounded LRU), so a document seen before is neither parsed nor
/// validated again. The only place the pipeline parses.
/// </summary>
internal sealed class ParseAndValidateStep(ParserOptions parserOptions, ValidationOptions? validationOptions, int cacheSize) : IRequestStep
{
    private readonly DocumentCache _cache = new(cacheSize);
    private long _parsed;

    public int CachedDocumentCount => _cache.Count;

    /// <summary>How many times a document text has been parsed since start (pinned by tests: once per new document).</summary>
    public long ParsedDocumentCount => Interlocked.Read(ref _parsed);

    public ValueTask InvokeAsync(RequestContext context, RequestStepDelegate next)
    {
        if (string.IsNullOrWhiteSpace(context.Query))
        {
            context.Result = ExecutionResult.FromError(GraphQLError.WithCode("Must provide query string.", ErrorCodes.MissingDocument));
            return ValueTask.CompletedTask;
        }

        var cached = _cache.GetOrAdd(context.Query, text => ParseAndValidate(context, text));
        if (cached.Document is null || cached.Errors.Count > 0)
        {
            context.Result = ExecutionResult.FromErrors(cached.Errors);
            return ValueTask.CompletedTask;
        }

        context.Document = cached.Document;
        return next(context);
    }

    /// <summary>Parse with limits, then validate; the errors are coded GRAPHQL_PARSE_FAILED (or a limit code) and GRAPHQL_VALIDATION_FAILED.</summary>
    private CachedDocument ParseAndValidate(RequestContext context, string text)
    {
        Interlocked.Increment(ref _parsed);
        DocumentNode document;
        try
        {
            document = Parser.Parse(text, parserOptions);
        }
        catch (GraphQLException ex)
        {
            return new CachedDocument(null, [ex.Error]);
        }

        var errors = DocumentValidator.Validate(context.Schema, document, validationOptions)
            .Select(e => e.Code is null ? e.WithExtension("code", ErrorCodes.ValidationFailed) : e)
            .ToList();
        return new CachedDocument(document, errors);
    }
}
