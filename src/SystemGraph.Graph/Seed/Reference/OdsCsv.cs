using System.Globalization;

namespace SystemGraph.Graph.Seed.Reference;

/// <summary>Reads an ODS / ONS extract as rows of fields (header row skipped when the file has one).</summary>
internal static class OdsCsv
{
    public static async IAsyncEnumerable<(int Row, string[] Fields)> ReadAsync(string path, bool hasHeader, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            yield break;
        }

        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        var row = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            row++;
            if ((hasHeader && row == 1) || line.Length == 0)
            {
                continue;
            }

            yield return (row, Split(line));
        }
    }

    /// <summary>
    /// Splits one CSV line (RFC 4180: fields may be quoted, quotes inside doubled). The extracts hold no line
    /// breaks inside fields, so a line is a record.
    /// </summary>
    internal static string[] Split(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }

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
