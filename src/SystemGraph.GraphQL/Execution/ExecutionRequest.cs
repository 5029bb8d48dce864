using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;

namespace SystemGraph.GraphQL.Execution;

/// <summary>Everything one execution needs (§6 Execution): schema, a validated document and the request's inputs.</summary>
public sealed class ExecutionRequest
{
    public required GraphQLSchema Schema { get; init; }

    /// <summary>The document; it must already have passed validation.</summary>
    public required DocumentNode Document { get; init; }

    /// <summary>The operation to run; may be null when the document has exactly one operation.</summary>
    public string? OperationName { get; init; }

    /// <summary>Raw variable values (as read from JSON: string, int/long/double, bool, null, lists, maps).</summary>
    public IReadOnlyDictionary<string, object?>? VariableValues { get; init; }

    /// <summary>The parent value of the root fields.</summary>
    public object? RootValue { get; init; }

    /// <summary>The request's service provider, passed to resolvers.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>Per-request data passed to resolvers; a fresh dictionary is used when null.</summary>
    public IDictionary<string, object?>? ContextData { get; init; }

    /// <summary>Typed per-request state shared with the pipeline's steps; a fresh collection is used when null.</summary>
    public Pipeline.RequestFeatures? Features { get; init; }

    /// <summary>Error handling options.</summary>
    public ExecutionOptions Options { get; init; } = ExecutionOptions.Default;

    /// <summary>This request with other options.</summary>
    internal ExecutionRequest With(ExecutionOptions options) => new()
    {
        Schema = Schema,
        Document = Document,
        OperationName = OperationName,
        VariableValues = VariableValues,
        RootValue = RootValue,
        Services = Services,
        ContextData = ContextData,
        Features = Features,
        Options = options,
    };
}

/// <summary>How the executor reports errors.</summary>
public sealed class ExecutionOptions
{
    /// <summary>The message used instead of an unexpected exception's own message.</summary>
    public const string MaskedErrorMessage = "Unexpected Execution Error";

    public static ExecutionOptions Default { get; } = new();

    /// <summary>
    /// When false (the default) the message of an unexpected resolver exception (anything but a
    /// <see cref="Error.GraphQLException"/>) is replaced by <see cref="MaskedErrorMessage"/>.
    /// </summary>
    public bool ExposeExceptionMessages { get; init; }

    /// <summary>
    /// Called for every error before it is returned: log <see cref="Error.GraphQLError.OriginalError"/>, add a
    /// correlation id with <see cref="Error.GraphQLError.WithExtension"/>, or rewrite the message.
    /// </summary>
    public Func<Error.GraphQLError, Error.GraphQLError>? ErrorFilter { get; init; }

    /// <summary>Stops variable coercion after this many errors (graphql-js uses 50).</summary>
    public int MaxCoercionErrors { get; init; } = 50;
}
