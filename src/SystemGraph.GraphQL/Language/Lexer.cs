using System.Globalization;
using System.Text;

namespace SystemGraph.GraphQL.Language;

/// <summary>
/// Turns source text into lexical tokens (§2.1 Source Text, §2.1.6 Lexical Tokens). Ignored tokens
/// (§2.1.7: BOM, white space, line terminators, commas) are skipped; comments are returned by
/// <see cref="Tokenize"/> but skipped by <see cref="Advance"/>.
/// https://spec.graphql.org/October2021/#sec-Language.Source-Text
/// </summary>
public sealed partial class Lexer
{
    private int _line = 1;
    private int _lineStart;
    private Token? _pending;

    public Lexer(Source source)
    {
        Source = source;
        Token = new Token(TokenKind.SOF, 0, 0, 1, 1);
        LastToken = Token;
    }

    public Source Source { get; }

    /// <summary>The current non-ignored token.</summary>
    public Token Token { get; private set; }

    /// <summary>The previous non-ignored token.</summary>
    public Token LastToken { get; private set; }

    /// <summary>Moves to the next significant token (comments skipped) and returns it.</summary>
    public Token Advance()
    {
        LastToken = Token;
        Token = Lookahead();
        _pending = null;
        return Token;
    }

    /// <summary>Peeks at the next significant token without consuming it.</summary>
    public Token Lookahead()
    {
        if (_pending is not null)
        {
            return _pending;
        }

        if (Token.Kind == TokenKind.EOF)
        {
            return Token;
        }

        // The line counters always describe the furthest token read, which is the pending one.
        var position = Token.End;
        Token next;
        do
        {
            next = ReadNextToken(position);
            position = next.End;
        }
        while (next.Kind == TokenKind.Comment);

        _pending = next;
        return next;
    }

    /// <summary>Reads every token of the source, comments included, ending with EOF.</summary>
    public static IReadOnlyList<Token> Tokenize(string body)
    {
        var lexer = new Lexer(new Source(body));
        var tokens = new List<Token>();
        var position = 0;
        Token token;
        do
        {
            token = lexer.ReadNextToken(position);
            tokens.Add(token);
            position = token.End;
        }
        while (token.Kind != TokenKind.EOF);

        return tokens;
    }

    private Token Make(TokenKind kind, int start, int end, string? value = null) =>
        new(kind, start, end, _line, 1 + start - _lineStart, value);

    /// <summary>Reads the token starting at or after <paramref name="start"/>, skipping ignored tokens.</summary>
    private Token ReadNextToken(int start)
    {
        var body = Source.Body;
        var length = body.Length;
        var position = start;
        while (position < length)
        {
            var code = body[position];
            switch (code)
            {
                // Ignored tokens: UnicodeBOM, WhiteSpace, Comma (§2.1.7).
                case '\uFEFF' or '\t' or ' ' or ',':
                    position++;
                    continue;
                case '\n':
                    position++;
                    _line++;
                    _lineStart = position;
                    continue;
                case '\r':
                    position += position + 1 < length && body[position + 1] == '\n' ? 2 : 1;
                    _line++;
                    _lineStart = position;
                    continue;
                case '#':
                    return ReadComment(position);
                case '!':
                    return Make(TokenKind.Bang, position, position + 1);
                case '$':
                    return Make(TokenKind.Dollar, position, position + 1);
                case '&':
                    return Make(TokenKind.Amp, position, position + 1);
                case '(':
                    return Make(TokenKind.ParenL, position, position + 1);
                case ')':
                    return Make(TokenKind.ParenR, position, position + 1);
                case '.':
                    if (CharAt(position + 1) == '.' && CharAt(position + 2) == '.')
                    {
                        return Make(TokenKind.Spread, position, position + 3);
                    }

                    break;
                case ':':
                    return Make(TokenKind.Colon, position, position + 1);
                case '=':
                    return Make(TokenKind.EqualsSign, position, position + 1);
                case '@':
                    return Make(TokenKind.At, position, position + 1);
                case '[':
                    return Make(TokenKind.BracketL, position, position + 1);
                case ']':
                    return Make(TokenKind.BracketR, position, position + 1);
                case '{':
                    return Make(TokenKind.BraceL, position, position + 1);
                case '|':
                    return Make(TokenKind.Pipe, position, position + 1);
                case '}':
                    return Make(TokenKind.BraceR, position, position + 1);
                case '"':
                    if (CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
                    {
                        return ReadBlockString(position);
                    }

                    return ReadString(position);
            }

            if (CharClasses.IsDigit(code) || code == '-')
            {
                return ReadNumber(position, code);
            }

            if (CharClasses.IsNameStart(code))
            {
                return ReadName(position);
            }

            throw SyntaxError.Create(Source, position, code == '\''
                ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                : CharClasses.IsUnicodeScalarValue(code) || CharClasses.IsSupplementaryCodePoint(body, position)
                    ? $"Unexpected character: {PrintCodePointAt(position)}."
                    : $"Invalid character: {PrintCodePointAt(position)}.");
        }

        return Make(TokenKind.EOF, length, length);
    }

    /// <summary>The UTF-16 unit at <paramref name="position"/>, or -1 past the end.</summary>
    private int CharAt(int position) => position < Source.Body.Length ? Source.Body[position] : -1;

    /// <summary>Describes the source character at a position as graphql-js does: "x", '"', U+XXXX or &lt;EOF&gt;.</summary>
    private string PrintCodePointAt(int position)
    {
        var body = Source.Body;
        if (position >= body.Length)
        {
            return TokenKind.EOF.ToDisplayString();
        }

        int code = CharClasses.IsSupplementaryCodePoint(body, position) ? char.ConvertToUtf32(body[position], body[position + 1]) : body[position];
        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : "\"" + (char)code + "\"";
        }

        return "U+" + code.ToString("X4", CultureInfo.InvariantCulture);
    }

    /// <summary>Comment :: <c>#</c> CommentChar* (§2.1.4).</summary>
    private Token ReadComment(int start)
    {
        var body = Source.Body;
        var position = start + 1;
        while (position < body.Length)
        {
            var code = body[position];
            if (code is '\n' or '\r')
            {
                break;
            }

            if (CharClasses.IsUnicodeScalarValue(code))
            {
                position++;
            }
            else if (CharClasses.IsSupplementaryCodePoint(body, position))
            {
                position += 2;
            }
            else
            {
                break;
            }
        }

        return Make(TokenKind.Comment, start, position, body[(start + 1)..position]);
    }

    /// <summary>Name :: NameStart NameContinue* [lookahead != NameContinue] (§2.1.9).</summary>
    private Token ReadName(int start)
    {
        var body = Source.Body;
        var position = start + 1;
        while (position < body.Length && CharClasses.IsNameContinue(body[position]))
        {
            position++;
        }

        return Make(TokenKind.Name, start, position, body[start..position]);
    }

    private static void AppendCodePoint(StringBuilder builder, int codePoint) => builder.Append(char.ConvertFromUtf32(codePoint));
}
