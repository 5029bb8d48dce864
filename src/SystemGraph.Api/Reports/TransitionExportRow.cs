using System.Globalization;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Transitions;

namespace SystemGraph.Api.Reports;

/// <summary>
/// One row of a transition export: a function in one period (holder, dates, status, the codes of the findings on
/// it, and its sources' documents and sections), or a ceasing CCG whose functions the papers do not record. The
/// CSV and the markdown annex both print these rows, so they always agree.
/// </summary>
internal sealed record TransitionExportRow(
    string CcgId, string Ccg, string FunctionId, string Function, string HolderId, string Holder,
    string From, string To, string Status, string FindingCodes, string Document, string Section, string Note)
{
    public const string Nobody = "(nobody)";

    public static IReadOnlyList<TransitionExportRow> Of(TransitionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rows = report.Functions.SelectMany(t => t.Periods.Select(p => new TransitionExportRow(
            t.Body?.Id ?? string.Empty, t.Body?.Name ?? string.Empty, t.Function.Id, t.Function.Name,
            p.Holder?.Id ?? string.Empty, p.Holder?.Name ?? Nobody, Day(p.From), Day(p.To),
            p.Status is { } status ? GraphNames.ToWire(status) : string.Empty,
            string.Join(' ', p.FindingCodes.Select(GraphNames.ToWire)),
            string.Join("; ", p.Sources.Select(s => s.DocumentId)),
            string.Join("; ", p.Sources.Select(s => s.Section ?? string.Empty)),
            string.Empty))).ToList();
        rows.AddRange(report.Bodies.Where(b => !b.FunctionsRecorded).Select(b => new TransitionExportRow(
            b.Body.Id, b.Body.Name, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, Day(b.CeasedOn),
            string.Empty, string.Empty, string.Empty, string.Empty, b.Note ?? string.Empty)));
        return rows;
    }

    public static string Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
}
