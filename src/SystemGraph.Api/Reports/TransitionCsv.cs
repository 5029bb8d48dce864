using System.Globalization;
using CsvHelper;
using SystemGraph.Graph.Transitions;

namespace SystemGraph.Api.Reports;

/// <summary>The transition report as CSV (RFC 4180, header row): one row per function and period, see <see cref="TransitionExportRow"/>.</summary>
internal static class TransitionCsv
{
    public const string MediaType = "text/csv";

    public static readonly string[] Header =
        ["ccg_id", "ccg", "function_id", "function", "holder_id", "holder", "from", "to", "status", "finding_codes", "document", "section", "note"];

    public static async Task WriteAsync(TransitionReport report, TextWriter writer, CancellationToken cancellationToken)
    {
        // Names and sections come from papers and planners' writes: text a spreadsheet would run as a formula is escaped.
        var options = new CsvWriterOptions { Separator = ',', Injection = CsvInjection.Escape };
        await using var csv = CsvWriter.Create(writer, options, true);
        await csv.WriteRecordAsync(Header, cancellationToken).ConfigureAwait(false);
        foreach (var row in TransitionExportRow.Of(report))
        {
            await csv.WriteRecordAsync([row.CcgId, row.Ccg, row.FunctionId, row.Function, row.HolderId, row.Holder, row.From, row.To, row.Status, row.FindingCodes, row.Document, row.Section, row.Note], cancellationToken).ConfigureAwait(false);
        }

        await csv.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
