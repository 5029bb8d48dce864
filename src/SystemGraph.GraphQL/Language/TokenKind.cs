namespace SystemGraph.GraphQL.Language;

/// <summary>The lexical token kinds of §2.1.6 Lexical Tokens (plus start/end of file and comments).</summary>
public enum TokenKind
{
    SOF,
    EOF,
    Bang,
    Dollar,
    Amp,
    ParenL,
    ParenR,
    Spread,
    Colon,
    EqualsSign,
    At,
    BracketL,
    BracketR,
    BraceL,
    Pipe,
    BraceR,
    Name,
    Int,
    Float,
    String,
    BlockString,
    Comment,
}

/// <summary>Descriptions of token kinds as graphql-js prints them in syntax errors.</summary>
public static class TokenKindExtensions
{
    /// <summary>The text graphql-js uses for a token kind ("&lt;EOF&gt;", "!", "Name", ...).</summary>
    public static string ToDisplayString(this TokenKind kind) => kind switch
    {
        TokenKind.SOF => "<SOF>",
        TokenKind.EOF => "<EOF>",
        TokenKind.Bang => "!",
        TokenKind.Dollar => "$",
        TokenKind.Amp => "&",
        TokenKind.ParenL => "(",
        TokenKind.ParenR => ")",
        TokenKind.Spread => "...",
        TokenKind.Colon => ":",
        TokenKind.EqualsSign => "=",
        TokenKind.At => "@",
        TokenKind.BracketL => "[",
        TokenKind.BracketR => "]",
        TokenKind.BraceL => "{",
        TokenKind.Pipe => "|",
        TokenKind.BraceR => "}",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        TokenKind.BlockString => "BlockString",
        _ => "Comment",
    };

    /// <summary>True for punctuators (§2.1.8), which graphql-js quotes in messages.</summary>
    public static bool IsPunctuator(this TokenKind kind) => kind is >= TokenKind.Bang and <= TokenKind.BraceR;

    /// <summary>The kind as it appears in a syntax error: punctuators quoted, e.g. <c>"{"</c>.</summary>
    public static string Describe(this TokenKind kind) => kind.IsPunctuator() ? "\"" + kind.ToDisplayString() + "\"" : kind.ToDisplayString();
}
