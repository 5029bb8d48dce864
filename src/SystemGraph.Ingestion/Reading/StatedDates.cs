using System.Globalization;
using System.Text.RegularExpressions;

namespace SystemGraph.Ingestion.Reading;

/// <summary>
/// Dates as papers write them: "12 April 2021", "1st April 2022", "1/4/22", "01/04/2022", "April 2022" (read as the
/// first of the month). A date the text does not give is never made up.
/// </summary>
public static partial class StatedDates
{
    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Where(m => m.Length > 0).ToArray();

    /// <summary>Every date written in <paramref name="text"/>, with where it starts, in order.</summary>
    public static IEnumerable<(DateOnly Date, int Index, int Length)> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match match in DatePattern().Matches(text))
        {
            if (ToDate(match) is { } date)
            {
                yield return (date, match.Index, match.Length);
            }
        }
    }

    /// <summary>The first date written in <paramref name="text"/>, or null.</summary>
    public static DateOnly? Parse(string text) => Find(text).Select(f => (DateOnly?)f.Date).FirstOrDefault();

    internal static DateOnly? FromPdfDate(string? pdfDate)
    {
        // PDF dates are D:YYYYMMDD... (PDF 32000-1, 7.9.4).
        if (pdfDate is null || PdfDate().Match(pdfDate) is not { Success: true } m)
        {
            return null;
        }

        return DateOnly.TryParseExact(m.Groups[1].Value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    private static DateOnly? ToDate(Match match)
    {
        int year, month, day = 1;
        if (match.Groups["month"].Success)
        {
            month = Array.FindIndex(Months, m => m.StartsWith(match.Groups["month"].Value[..3], StringComparison.OrdinalIgnoreCase)) + 1;
            year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            if (match.Groups["day"].Success)
            {
                day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
            }
        }
        else
        {
            day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
            month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
            year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        }

        if (year < 100)
        {
            year += 2000;
        }

        return month is >= 1 and <= 12 && year is >= 1990 and <= 2100 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    [GeneratedRegex(@"\b(?:(?<day>\d{1,2})(?:st|nd|rd|th)?\s+)?(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\s+(?<year>(?:19|20)\d\d)\b|\b(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{2}|\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"D:(\d{8})", RegexOptions.CultureInvariant)]
    private static partial Regex PdfDate();
}
