using System.Text;

namespace SystemGraph.GraphQL.Language;

public sealed partial class Lexer
{
    /// <summary>
    /// StringValue :: <c>"</c> StringCharacter* <c>"</c> (§2.9.4), with escapes: EscapedCharacter,
    /// EscapedUnicode as <c>\uXXXX</c> (surrogate pairs joined) or <c>\u{X...}</c>.
    /// </summary>
    private Token ReadString(int start)
    {
        var body = Source.Body;
        var position = start + 1;
        var chunkStart = position;
        var value = new StringBuilder();
        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"')
            {
                value.Append(body, chunkStart, position - chunkStart);
                return Make(TokenKind.String, start, position + 1, value.ToString());
            }

            if (code == '\\')
            {
                value.Append(body, chunkStart, position - chunkStart);
                var size = CharAt(position + 1) == 'u'
                    ? CharAt(position + 2) == '{'
                        ? ReadEscapedUnicodeVariableWidth(position, value)
                        : ReadEscapedUnicodeFixedWidth(position, value)
                    : ReadEscapedCharacter(position, value);
                position += size;
                chunkStart = position;
                continue;
            }

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
                throw SyntaxError.Create(Source, position, $"Invalid character within String: {PrintCodePointAt(position)}.");
            }
        }

        throw SyntaxError.Create(Source, position, "Unterminated string.");
    }

    /// <summary>EscapedUnicode :: <c>{</c> HexDigit+ <c>}</c> — a Unicode scalar value of 1 to 6 hex digits.</summary>
    private int ReadEscapedUnicodeVariableWidth(int position, StringBuilder value)
    {
        var body = Source.Body;
        var point = 0;
        var size = 3;
        while (size < 12)
        {
            var code = CharAt(position + size++);
            if (code == '}')
            {
                if (size < 5 || !CharClasses.IsUnicodeScalarValue(point))
                {
                    break;
                }

                AppendCodePoint(value, point);
                return size;
            }

            // As in graphql-js: an invalid digit (-1) or overflow makes the point negative.
            point = (point << 4) | ReadHexDigit(code);
            if (point < 0)
            {
                break;
            }
        }

        var end = Math.Min(position + size, body.Length);
        throw SyntaxError.Create(Source, position, $"Invalid Unicode escape sequence: \"{body[position..end]}\".");
    }

    /// <summary>EscapedUnicode :: HexDigit HexDigit HexDigit HexDigit, joining a leading and trailing surrogate escape pair.</summary>
    private int ReadEscapedUnicodeFixedWidth(int position, StringBuilder value)
    {
        var body = Source.Body;
        var code = Read16BitHexCode(position + 2);
        if (CharClasses.IsUnicodeScalarValue(code))
        {
            AppendCodePoint(value, code);
            return 6;
        }

        if (CharClasses.IsLeadingSurrogate(code) && CharAt(position + 6) == '\\' && CharAt(position + 7) == 'u')
        {
            var trailing = Read16BitHexCode(position + 8);
            if (CharClasses.IsTrailingSurrogate(trailing))
            {
                value.Append((char)code).Append((char)trailing);
                return 12;
            }
        }

        var end = Math.Min(position + 6, body.Length);
        throw SyntaxError.Create(Source, position, $"Invalid Unicode escape sequence: \"{body[position..end]}\".");
    }

    private int Read16BitHexCode(int position)
    {
        var result = 0;
        for (var i = 0; i < 4; i++)
        {
            var digit = ReadHexDigit(CharAt(position + i));
            if (digit < 0)
            {
                return -1;
            }

            result = (result << 4) | digit;
        }

        return result;
    }

    private static int ReadHexDigit(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    /// <summary>EscapedCharacter :: one of <c>" \ / b f n r t</c>.</summary>
    private int ReadEscapedCharacter(int position, StringBuilder value)
    {
        var body = Source.Body;
        char? escaped = CharAt(position + 1) switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => null,
        };
        if (escaped is { } c)
        {
            value.Append(c);
            return 2;
        }

        var end = Math.Min(position + 2, body.Length);
        throw SyntaxError.Create(Source, position, $"Invalid character escape sequence: \"{body[position..end]}\".");
    }

    /// <summary>
    /// StringValue :: <c>"""</c> BlockStringCharacter* <c>"""</c> (§2.9.4 Block Strings): raw lines, with
    /// <c>\"""</c> unescaped, then dedented by BlockStringValue().
    /// </summary>
    private Token ReadBlockString(int start)
    {
        var body = Source.Body;
        var line = _line;
        var lineStart = _lineStart;
        var position = start + 3;
        var chunkStart = position;
        var currentLine = new StringBuilder();
        var blockLines = new List<string>();
        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                blockLines.Add(currentLine.ToString());
                var token = Make(TokenKind.BlockString, start, position + 3, string.Join('\n', BlockString.DedentLines(blockLines)));
                _line = line;
                _lineStart = lineStart;
                return token;
            }

            if (code == '\\' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                chunkStart = position + 1;
                position += 4;
                continue;
            }

            if (code is '\n' or '\r')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                blockLines.Add(currentLine.ToString());
                currentLine.Clear();
                position += code == '\r' && CharAt(position + 1) == '\n' ? 2 : 1;
                line++;
                chunkStart = position;
                lineStart = position;
                continue;
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
                throw SyntaxError.Create(Source, position, $"Invalid character within String: {PrintCodePointAt(position)}.");
            }
        }

        throw SyntaxError.Create(Source, position, "Unterminated string.");
    }
}
