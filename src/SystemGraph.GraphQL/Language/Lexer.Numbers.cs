namespace SystemGraph.GraphQL.Language;

public sealed partial class Lexer
{
    /// <summary>
    /// IntValue :: IntegerPart [lookahead != {Digit, <c>.</c>, NameStart}] and
    /// FloatValue :: IntegerPart FractionalPart? ExponentPart? [lookahead != {Digit, <c>.</c>, NameStart}]
    /// (§2.9.1 Int Value, §2.9.2 Float Value).
    /// </summary>
    private Token ReadNumber(int start, int firstCode)
    {
        var position = start;
        var code = firstCode;
        var isFloat = false;

        // NegativeSign
        if (code == '-')
        {
            code = CharAt(++position);
        }

        // IntegerPart :: NegativeSign? 0 | NegativeSign? NonZeroDigit Digit*
        if (code == '0')
        {
            code = CharAt(++position);
            if (CharClasses.IsDigit(code))
            {
                throw SyntaxError.Create(Source, position, $"Invalid number, unexpected digit after 0: {PrintCodePointAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        // FractionalPart :: . Digit+
        if (code == '.')
        {
            isFloat = true;
            code = CharAt(++position);
            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        // ExponentPart :: ExponentIndicator Sign? Digit+
        if (code is 'E' or 'e')
        {
            isFloat = true;
            code = CharAt(++position);
            if (code is '+' or '-')
            {
                code = CharAt(++position);
            }

            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        // Numbers cannot be followed by . or NameStart.
        if (code == '.' || CharClasses.IsNameStart(code))
        {
            throw SyntaxError.Create(Source, position, $"Invalid number, expected digit but got: {PrintCodePointAt(position)}.");
        }

        return Make(isFloat ? TokenKind.Float : TokenKind.Int, start, position, Source.Body[start..position]);
    }

    /// <summary>Digit+ : at least one digit, returning the position after the last.</summary>
    private int ReadDigits(int start, int firstCode)
    {
        if (!CharClasses.IsDigit(firstCode))
        {
            throw SyntaxError.Create(Source, start, $"Invalid number, expected digit but got: {PrintCodePointAt(start)}.");
        }

        var position = start + 1;
        while (CharClasses.IsDigit(CharAt(position)))
        {
            position++;
        }

        return position;
    }
}
