using SystemGraph.Ingestion.Reading;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>
/// The dates a passage gives a line: a date after "from", "with effect from", "starting", "commencing" or "on" is when it
/// starts; after "until", "to", "ending" or "up to" when it ends. Other dates in the passage are left alone.
/// </summary>
internal static class LineDates
{
    private static readonly string[] StartWords = ["from", "with effect from", "starting", "commencing", "effective", "on"];
    private static readonly string[] EndWords = ["until", "to", "ending", "up to", "till"];

    public static (DateOnly? From, DateOnly? To) Read(string passage)
    {
        DateOnly? from = null, to = null;
        foreach (var (date, index, _) in StatedDates.Find(passage))
        {
            var before = passage[..index].TrimEnd().ToLowerInvariant();
            if (before.EndsWith(" the", StringComparison.Ordinal))
            {
                before = before[..^4];
            }

            if (from is null && StartWords.Any(w => before.EndsWith(" " + w, StringComparison.Ordinal) || before == w))
            {
                from = date;
            }
            else if (to is null && EndWords.Any(w => before.EndsWith(" " + w, StringComparison.Ordinal) || before == w))
            {
                to = date;
            }
        }

        return from is { } f && to is { } t && t < f ? (null, null) : (from, to);
    }
}
