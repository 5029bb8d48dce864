namespace SystemGraph.GraphQL.Language;

/// <summary>Character classes of §2.1 (Source Text) and §2.1.9 (Names).</summary>
internal static class CharClasses
{
    /// <summary>NameStart :: Letter or <c>_</c>.</summary>
    public static bool IsNameStart(int c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';

    /// <summary>NameContinue :: Letter, Digit or <c>_</c>.</summary>
    public static bool IsNameContinue(int c) => IsNameStart(c) || IsDigit(c);

    public static bool IsDigit(int c) => c is >= '0' and <= '9';

    /// <summary>WhiteSpace :: Horizontal Tab or Space.</summary>
    public static bool IsWhiteSpace(int c) => c is ' ' or '\t';

    /// <summary>A Unicode scalar value: any code point except surrogates.</summary>
    public static bool IsUnicodeScalarValue(int c) => c is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    public static bool IsLeadingSurrogate(int c) => c is >= 0xD800 and <= 0xDBFF;

    public static bool IsTrailingSurrogate(int c) => c is >= 0xDC00 and <= 0xDFFF;

    /// <summary>True when the characters at <paramref name="position"/> form a valid surrogate pair.</summary>
    public static bool IsSupplementaryCodePoint(string body, int position) =>
        position + 1 < body.Length && IsLeadingSurrogate(body[position]) && IsTrailingSurrogate(body[position + 1]);

    /// <summary>A valid GraphQL name (§2.1.9).</summary>
    public static bool IsName(string value)
    {
        if (value.Length == 0 || !IsNameStart(value[0]))
        {
            return false;
        }

        for (var i = 1; i < value.Length; i++)
        {
            if (!IsNameContinue(value[i]))
            {
                return false;
            }
        }

        return true;
    }
}
