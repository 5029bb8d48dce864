namespace SystemGraph.GraphQL.Language;

/// <summary>A lexical token (§2.1.6): its kind, character offsets, 1-based line/column of its start, and value.</summary>
public sealed class Token
{
    public Token(TokenKind kind, int start, int end, int line, int column, string? value = null)
    {
        Kind = kind;
        Start = start;
        End = end;
        Line = line;
        Column = column;
        Value = value;
    }

    public TokenKind Kind { get; }

    public int Start { get; }

    public int End { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>The interpreted value for names, numbers, strings and comments; null for punctuators.</summary>
    public string? Value { get; }

    /// <summary>The token as graphql-js describes it in syntax errors, e.g. <c>Name "foo"</c>.</summary>
    public string Describe() => Kind.Describe() + (Value is null ? string.Empty : " \"" + Value + "\"");

    public override string ToString() => Describe();
}
