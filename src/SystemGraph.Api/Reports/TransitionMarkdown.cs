using System.Text;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Transitions;

namespace SystemGraph.Api.Reports;

/// <summary>
/// The transition report as markdown, for a board paper annex: the counts, each finding with its sources, the
/// holder timelines (the CSV's rows) and the CCGs whose functions are not recorded.
/// </summary>
internal static class TransitionMarkdown
{
    public const string MediaType = "text/markdown";

    public static string Write(TransitionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder();
        var scope = report.Ccg?.Name ?? report.System?.Name ?? "England";
        md.Append("# Transition report: ").Append(Cell(scope)).AppendLine(report.AsOf is { } asOf ? $" (as of {TransitionExportRow.Day(asOf)})" : string.Empty).AppendLine();

        md.AppendLine("## Findings by code and severity").AppendLine().AppendLine("| code | severity | count |").AppendLine("|---|---|---|");
        foreach (var count in report.Counts)
        {
            md.AppendLine($"| {GraphNames.ToWire(count.Code)} | {GraphNames.ToWire(count.Severity)} | {count.Count} |");
        }

        md.AppendLine($"| total | | {report.Findings.Count} |").AppendLine();
        md.AppendLine("## Findings").AppendLine().AppendLine("| code | severity | function | from | to | finding | sources |").AppendLine("|---|---|---|---|---|---|---|");
        foreach (var f in report.Findings)
        {
            var sources = string.Join("; ", f.Sources.Select(s => $"{s.DocumentId}, {s.Section}").Distinct(StringComparer.Ordinal));
            md.AppendLine($"| {GraphNames.ToWire(f.Code)} | {GraphNames.ToWire(f.Severity)} | {Cell(f.Function.Name)} | {TransitionExportRow.Day(f.From)} | {TransitionExportRow.Day(f.To)} | {Cell(f.Message)} | {Cell(sources)} |");
        }

        var rows = TransitionExportRow.Of(report);
        md.AppendLine().AppendLine("## Holder timelines").AppendLine().AppendLine("| CCG | function | holder | from | to | status | findings | document | section |").AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var r in rows.Where(r => r.FunctionId.Length > 0))
        {
            md.AppendLine($"| {Cell(r.Ccg)} | {Cell(r.Function)} | {Cell(r.Holder)} | {r.From} | {r.To} | {r.Status} | {r.FindingCodes} | {Cell(r.Document)} | {Cell(r.Section)} |");
        }

        var unrecorded = rows.Where(r => r.FunctionId.Length == 0).ToList();
        if (unrecorded.Count > 0)
        {
            md.AppendLine().AppendLine("## CCGs whose functions are not recorded").AppendLine().AppendLine("| CCG | ceased | note |").AppendLine("|---|---|---|");
            foreach (var r in unrecorded)
            {
                md.AppendLine($"| {Cell(r.Ccg)} | {r.To} | {r.Note} |");
            }
        }

        return md.ToString();
    }

    /// <summary>A table cell: pipes escaped, line breaks flattened.</summary>
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');
}
