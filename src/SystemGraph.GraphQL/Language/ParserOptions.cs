namespace SystemGraph.GraphQL.Language;

/// <summary>Limits and switches for <see cref="Parser"/>. The limits protect servers from hostile documents.</summary>
public sealed class ParserOptions
{
    /// <summary>Shared default options.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>Largest accepted document in UTF-8 bytes, checked before lexing (0 or less: no limit).</summary>
    public int MaxDocumentBytes { get; init; } = 65536;

    /// <summary>Most tokens accepted, EOF excluded (0 or less: no limit).</summary>
    public int MaxTokens { get; init; } = 15000;

    /// <summary>Deepest nesting of selection sets, list/object values and list types (0 or less: no limit).</summary>
    public int MaxDepth { get; init; } = 256;

    /// <summary>
    /// Accept descriptions on operations, fragments and variable definitions (a post-2021 draft feature that
    /// graphql-js supports from 16.12). Off by default: the October 2021 grammar, as graphql-js 16.11 parses it.
    /// </summary>
    public bool AllowExecutableDescriptions { get; init; }

    /// <summary>When true, nodes carry no <see cref="Location"/>.</summary>
    public bool NoLocation { get; init; }
}
