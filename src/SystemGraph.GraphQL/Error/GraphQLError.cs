using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Error;

/// <summary>
/// An error as the GraphQL spec's Response section describes it (§7.1.2 "Errors"):
/// a message, optional source locations, an optional response path and extensions.
/// https://spec.graphql.org/October2021/#sec-Errors
/// </summary>
public sealed class GraphQLError
{
    public GraphQLError(
        string message,
        IReadOnlyList<SourceLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null,
        Exception? originalError = null)
    {
        Message = message;
        Locations = locations is { Count: > 0 } ? locations : null;
        Path = path is { Count: > 0 } ? path : null;
        Extensions = extensions is { Count: > 0 } ? extensions : null;
        OriginalError = originalError;
    }

    /// <summary>A description of the error intended for the developer.</summary>
    public string Message { get; }

    /// <summary>Locations in the request document the error refers to (1-based line and column).</summary>
    public IReadOnlyList<SourceLocation>? Locations { get; }

    /// <summary>The response path of the field that raised the error: string keys and int list indices.</summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary>Extra data, for example <c>code</c> (see <see cref="ErrorCodes"/>).</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The exception that caused the error, if any. Never serialised.</summary>
    public Exception? OriginalError { get; }

    /// <summary>The <c>extensions.code</c> value, if there is one.</summary>
    public string? Code => Extensions is not null && Extensions.TryGetValue("code", out var code) ? code as string : null;

    /// <summary>Creates an error with <c>extensions.code</c> set.</summary>
    public static GraphQLError WithCode(string message, string code, IReadOnlyList<SourceLocation>? locations = null, IReadOnlyList<object>? path = null) =>
        new(message, locations, path, new Dictionary<string, object?> { ["code"] = code });

    /// <summary>A copy of this error with another path.</summary>
    public GraphQLError WithPath(IReadOnlyList<object>? path) => new(Message, Locations, path, Extensions, OriginalError);

    /// <summary>A copy of this error with another message (used to mask exception messages).</summary>
    public GraphQLError WithMessage(string message) => new(message, Locations, Path, Extensions, OriginalError);

    /// <summary>A copy of this error with one extension added or replaced.</summary>
    public GraphQLError WithExtension(string key, object? value)
    {
        var extensions = new Dictionary<string, object?>();
        if (Extensions is not null)
        {
            foreach (var pair in Extensions)
            {
                extensions[pair.Key] = pair.Value;
            }
        }

        extensions[key] = value;
        return new GraphQLError(Message, Locations, Path, extensions, OriginalError);
    }

    /// <summary>A copy of this error with locations taken from AST nodes (when it has none yet).</summary>
    public GraphQLError WithNodes(IEnumerable<ASTNode> nodes)
    {
        if (Locations is not null)
        {
            return this;
        }

        var locations = nodes.Select(n => n.Location).OfType<Location>().Select(l => new SourceLocation(l.Line, l.Column)).ToList();
        return new GraphQLError(Message, locations, Path, Extensions, OriginalError);
    }

    public override string ToString()
    {
        if (Locations is null)
        {
            return Message;
        }

        return Message + " (" + string.Join(", ", Locations.Select(l => l.ToString())) + ")";
    }
}
