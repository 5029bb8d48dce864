using System.Globalization;
using SystemGraph.Graph.Model;

namespace SystemGraph.Ingestion.Bench;

/// <summary>The scorer's tables (per paper, all papers, per type), printed the same way for every set of papers.</summary>
internal static class ScoreTables
{
    /// <summary>Prints the tables of one setting; <paramref name="allLabel"/> names the set in the totals ("all five").</summary>
    public static void Print(IReadOnlyList<Scorer.PaperScore> scores, string allLabel, bool verbose)
    {
        var total = new Dictionary<RelationshipType, Scorer.Counts>();
        Console.WriteLine("| paper | predicted STATED | correct | gold STATED | found | precision | recall |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var score in scores)
        {
            var asked = Sum(score.ByType.Where(t => Scorer.AskedTypes.Contains(t.Key)).Select(t => t.Value));
            Console.WriteLine($"| {score.File} | {asked.Predicted} | {asked.Correct} | {asked.Gold} | {asked.Found} | {asked.Precision:0.00} | {asked.Recall:0.00} |");
            foreach (var (type, counts) in score.ByType)
            {
                total[type] = (total.GetValueOrDefault(type) ?? new Scorer.Counts(0, 0, 0, 0)) + counts;
            }

            if (verbose)
            {
                score.Wrong.ToList().ForEach(w => Console.WriteLine("    wrong:  " + w));
                score.Missed.ToList().ForEach(m => Console.WriteLine("    missed: " + m));
                score.ByWords.ToList().ForEach(b => Console.WriteLine("    right by its words: " + b));
            }
        }

        var all = Sum(total.Where(t => Scorer.AskedTypes.Contains(t.Key)).Select(t => t.Value));
        Console.WriteLine($"| **{allLabel} (asked types)** | {all.Predicted} | {all.Correct} | {all.Gold} | {all.Found} | {all.Precision:0.00} | {all.Recall:0.00} |");
        var every = Sum(total.Values);
        Console.WriteLine($"| {allLabel} (every STATED type) | {every.Predicted} | {every.Correct} | {every.Gold} | {every.Found} | {every.Precision:0.00} | {every.Recall:0.00} |");
        Console.WriteLine("\n| type | predicted | correct | gold | found | precision | recall |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (type, c) in total.OrderBy(t => GraphNames.ToWire(t.Key), StringComparer.Ordinal))
        {
            var p = c.Predicted == 0 ? "-" : c.Precision.ToString("0.00", CultureInfo.InvariantCulture);
            var r = c.Gold == 0 ? "-" : c.Recall.ToString("0.00", CultureInfo.InvariantCulture);
            Console.WriteLine($"| {GraphNames.ToWire(type)}{(Scorer.AskedTypes.Contains(type) ? string.Empty : " (not asked)")} | {c.Predicted} | {c.Correct} | {c.Gold} | {c.Found} | {p} | {r} |");
        }
    }

    private static Scorer.Counts Sum(IEnumerable<Scorer.Counts> counts) => counts.Aggregate(new Scorer.Counts(0, 0, 0, 0), (a, b) => a + b);
}
