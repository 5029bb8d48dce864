using System.Globalization;
using CsvHelper;

namespace SystemGraph.Graph.Seed.Reference;

/// <summary>Reads an ODS / ONS extract as rows of fields with CsvHelper's parser (header row skipped when the file has one).</summary>
internal static class OdsCsv
{
    public static async IAsyncEnumerable<(int Row, string[] Fields)> ReadAsync(string path, bool hasHeader, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            yield break;
        }

        using var reader = CsvReader.FromFile(path, Options(hasHeader));
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            // LineNumber is the physical line where the record starts, so a source's "row N" is the line in the file.
            yield return (checked((int)reader.LineNumber), reader.Current.ToArray());
        }
    }

    /// <summary>Splits one CSV line (RFC 4180: fields may be quoted, quotes inside doubled).</summary>
    internal static string[] Split(string line)
    {
        using var reader = CsvReader.FromText(line, Options(hasHeader: false));
        return reader.Read() ? reader.Current.ToArray() : [];
    }

    // The extracts are comma-separated: fix the separator rather than let the reader guess it from the first lines.
    private static CsvReaderOptions Options(bool hasHeader) => new() { HasHeader = hasHeader, Separator = ',', TrackLineNumbers = true };

    /// <summary>ODS dates are YYYYMMDD; empty means none.</summary>
    public static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>
    /// ODS names are upper case; shown in title case with NHS acronyms and codes kept ("NHS GREATER MANCHESTER ICB - 00V"
    /// becomes "NHS Greater Manchester ICB - 00V"). The official spelling stays as an alias.
    /// </summary>
    public static string TitleCase(string name)
    {
        var words = name.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (Acronyms.Contains(w) || w.Any(char.IsDigit) || w.Length <= 1)
            {
                continue;
            }

            var lower = w.ToLowerInvariant();
            words[i] = i > 0 && SmallWords.Contains(lower) ? lower : char.ToUpperInvariant(lower[0]) + lower[1..];
        }

        return string.Join(' ', words);
    }

    private static readonly HashSet<string> Acronyms = new(StringComparer.Ordinal) { "NHS", "ICB", "CCG", "PCN", "GP", "UK", "CIC", "LLP", "PLC", "LTD", "ICS", "STP", "PCT", "&" };

    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal) { "and", "of", "the", "on", "upon", "in", "for", "with" };
}
