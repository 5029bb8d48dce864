using System.Globalization;
using CsvHelper;
using SystemGraph.Api.Reports;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Transitions;

namespace SystemGraph.Api.Tests.Transitions;

/// <summary>
/// The export writers on text that could break them: a name a spreadsheet would run as a formula, commas, quotes
/// and pipes, which must come back from the CSV as written (formulas escaped) and stay inside one markdown cell.
/// </summary>
public sealed class TransitionExportFormatTests
{
    private static TransitionReport Report()
    {
        var ccg = new Entity { Id = "ccg", Kind = EntityKind.Organisation, Name = "A, \"quoted\" | CCG", Type = "CCG", ValidTo = new DateOnly(2022, 6, 30) };
        var function = new Entity { Id = "f", Kind = EntityKind.Function, Name = "=HYPERLINK(\"x\")" };
        var line = new Relationship { Id = "f.held-by.ccg", Type = RelationshipType.HeldBy, FromId = "f", ToId = "ccg", Status = RelationshipStatus.InForce, Sources = [new SourceRef("doc", "s 1, a|b")] };
        var period = new HolderPeriod(ccg, null, new DateOnly(2022, 6, 30), RelationshipStatus.InForce, line, line.Sources, [TransitionFindingCode.FunctionUnmapped]);
        var finding = new TransitionFinding(TransitionFindingCode.FunctionUnmapped, FindingSeverity.Error, "a | b", function, ccg, [function, ccg], [line], null, null, line.Sources);
        var quiet = new Entity { Id = "quiet", Kind = EntityKind.Organisation, Name = "Quiet CCG", Type = "CCG" };
        return new TransitionReport(null, null, null,
            [new CeasingBody(ccg, ccg.ValidTo, [], [function]), new CeasingBody(quiet, null, [], [])],
            [new FunctionTimeline(function, ccg, [period])], [finding]);
    }

    [Fact]
    public async Task The_csv_round_trips_commas_and_quotes_and_escapes_formulas()
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        await TransitionCsv.WriteAsync(Report(), text, CancellationToken.None);

        using var csv = CsvReader.FromText(text.ToString(), new CsvReaderOptions { HasHeader = true, Separator = ',' });
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(csv.Current.ToArray());
        }

        Assert.Equal(2, rows.Count);
        Assert.Equal("A, \"quoted\" | CCG", rows[0][1]);
        Assert.NotEqual("=HYPERLINK(\"x\")", rows[0][3]);
        Assert.EndsWith("=HYPERLINK(\"x\")", rows[0][3], StringComparison.Ordinal);
        Assert.Equal(("s 1, a|b", "FUNCTION_UNMAPPED"), (rows[0][11], rows[0][9]));
        Assert.Equal(("quiet", CeasingBody.FunctionsNotRecorded), (rows[1][0], rows[1][12]));
    }

    [Fact]
    public void The_markdown_keeps_pipes_inside_their_cells()
    {
        var markdown = TransitionMarkdown.Write(Report());

        var findingRow = markdown.Split('\n').Single(l => l.StartsWith("| FUNCTION_UNMAPPED | ERROR | =HYPERLINK", StringComparison.Ordinal));
        Assert.Equal(8, findingRow.Replace("\\|", string.Empty, StringComparison.Ordinal).Count(c => c == '|'));
        Assert.Contains("| Quiet CCG |  | functions not recorded |", markdown, StringComparison.Ordinal);
    }
}
