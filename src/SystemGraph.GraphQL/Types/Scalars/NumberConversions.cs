using System.Globalization;

namespace SystemGraph.GraphQL.Types;

/// <summary>Number handling shared by the Int, Float and ID scalars, following JavaScript's number rules.</summary>
internal static class NumberConversions
{
    /// <summary>Reads any CLR number as a double.</summary>
    public static bool TryGetNumber(object? value, out double number)
    {
        switch (value)
        {
            case int i:
                number = i;
                return true;
            case long l:
                number = l;
                return true;
            case double d:
                number = d;
                return true;
            case float f:
                number = f;
                return true;
            case decimal m:
                number = (double)m;
                return true;
            case short s:
                number = s;
                return true;
            case byte b:
                number = b;
                return true;
            case sbyte sb:
                number = sb;
                return true;
            case uint ui:
                number = ui;
                return true;
            case ulong ul:
                number = ul;
                return true;
            case ushort us:
                number = us;
                return true;
            default:
                number = 0;
                return false;
        }
    }

    /// <summary>JavaScript's Number(string) for non-empty strings (NaN when not numeric).</summary>
    public static double ParseJsNumber(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return 0;
        }

        return double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var result) ? result : double.NaN;
    }

    public static bool IsInteger(double value) => double.IsFinite(value) && Math.Floor(value) == value;
}
