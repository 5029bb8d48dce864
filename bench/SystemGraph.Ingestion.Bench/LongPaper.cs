using SystemGraph.Ingestion.Candidates;
using SystemGraph.Ingestion.Reading;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace SystemGraph.Ingestion.Bench;

/// <summary>A generated board paper of an invented system, of any number of A4 pages, for the speed benchmark.</summary>
internal static class LongPaper
{
    private const int LinesPerPage = 48;

    public static byte[] Pdf(int pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var lines = Lines().GetEnumerator();
        for (var p = 0; p < pages; p++)
        {
            var page = builder.AddPage(PageSize.A4);
            for (var i = 0; i < LinesPerPage && lines.MoveNext(); i++)
            {
                page.AddText(lines.Current, 9, new PdfPoint(40, 800 - (i * 16)), font);
            }
        }

        return builder.Build();
    }

    /// <summary>
    /// Reads the PDF and extracts its candidates, looking its phrases up as <c>ingestDocument</c> does: through the
    /// store's search (<paramref name="lookup"/>: a <see cref="StoreEntityLookup"/> over the loaded graph), or in an empty
    /// catalogue when none is given. Returns the number of candidate lines and of phrases looked up, and the lookups' time.
    /// </summary>
    public static async Task<(int Lines, int Phrases, double LookupSeconds)> ReadAndExtractAsync(byte[] pdf, IEntityLookup? lookup, CancellationToken cancellationToken)
    {
        var paper = PaperReader.Read(pdf, "long.pdf");
        var counting = new CountingLookup(lookup ?? new EntityCatalog([]));
        var extraction = await PaperExtractor.ExtractAsync(paper, counting, new HashSet<string>(StringComparer.Ordinal), cancellationToken).ConfigureAwait(false);
        return (extraction.Lines.Count, counting.Phrases, counting.Seconds);
    }

    /// <summary>A lookup that counts the phrases it is asked for and the time it takes.</summary>
    private sealed class CountingLookup(IEntityLookup inner) : IEntityLookup
    {
        public int Phrases { get; private set; }

        public double Seconds { get; private set; }

        public async Task<IReadOnlyList<KnownEntity>> FindAsync(IReadOnlyCollection<string> phrases, CancellationToken cancellationToken)
        {
            Phrases += phrases.Count;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var found = await inner.FindAsync(phrases, cancellationToken).ConfigureAwait(false);
            Seconds += clock.Elapsed.TotalSeconds;
            return found;
        }
    }

    private static IEnumerable<string> Lines()
    {
        string[] places = ["Ashvale", "Brookmere", "Corrow", "Dunmarsh", "Elmridge", "Fenwold", "Greyholt", "Hartcombe"];
        for (var section = 1; ; section++)
        {
            var place = places[section % places.Length];
            yield return $"{section}. The {place} Partnership Board";
            yield return string.Empty;
            yield return $"{section}.1 The {place} Quality Committee is a sub-committee of the {place} Partnership Board and";
            yield return $"will report to the {place} Partnership Board on the quality of services commissioned for residents.";
            yield return string.Empty;
            yield return $"{section}.2 The {place} Partnership Board is accountable to the {place} Integrated Care Board for the";
            yield return "delivery of the place plan, and meets in public every other month from 1 April 2025.";
            yield return string.Empty;
            yield return $"{section}.3 The membership of the {place} Partnership Board will be:";
            yield return $"- the Chief Executive of {place} Community Health NHS Trust";
            yield return $"- the Leader of {place} Borough Council";
            yield return $"- the Director of Public Health of {place} Borough Council";
            yield return string.Empty;
            yield return $"{section}.4 The Board receives reports on finance, performance, workforce and risk, and agrees its";
            yield return "work programme each year; papers are published a week before each meeting on the website.";
            yield return string.Empty;
        }
    }
}
