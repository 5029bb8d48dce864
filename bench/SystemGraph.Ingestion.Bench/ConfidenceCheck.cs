using System.Globalization;

namespace SystemGraph.Ingestion.Bench;

/// <summary>
/// How good the rules' confidence is, and whether one learnt from the labels is better (bench/README, "Twelfth pass";
/// <c>rank-learn ... --api --verify</c>). On the rules' own STATED lines of the labelled types, per setting: the Brier
/// score and AUC of a constant (the share right), of the rules' confidence, of verifiers (the ranker's features and
/// learning, on the rules' lines; learnt leave-one-set-out in the setting they are scored in) and of tables of the share
/// right by kind of line; and the lines kept at each threshold of the rules' confidence. Nothing here ships.
/// </summary>
internal static class ConfidenceCheck
{
    /// <summary>Verifiers tried: label, L2, passes.</summary>
    private static readonly (string Label, double L2, int Epochs)[] Verifiers =
        [("v-l2-1e-3", 1e-3, 30), ("v-l2-1e-2", 1e-2, 30), ("v-l2-3e-2", 3e-2, 30), ("v-l2-1e-1", 1e-1, 30), ("v-l2-1e-2-e5", 1e-2, 5)];

    /// <summary>Tables of the share right, by cell: the ranker's features for the kind of line, its ends' kinds and whether its ends are new.</summary>
    private static readonly (string Label, Func<AutoSuggest.Candidate, string> Cell)[] Tables =
    [
        ("table t|k|new", c => c.Features[3] + "|" + c.Features[10] + c.Features[11]), ("table t|k", c => c.Features[3]),
        ("table t", c => c.Features[1]), ("table new", c => c.Features[10] + c.Features[11]),
    ];

    public static void Report(IReadOnlyList<(string Name, IReadOnlyList<(string Setting, AutoSuggest.PaperRun Run)> Runs)> sets, IReadOnlyList<string> settings)
    {
        foreach (var setting in settings)
        {
            IEnumerable<AutoSuggest.Candidate> Lines(string? except, string? only = null) =>
                sets.Where(s => s.Name != except && (only is null || s.Name == only)).SelectMany(s => s.Runs).Where(r => r.Setting == setting).SelectMany(r => r.Run.RuleLines);

            var estimates = new Dictionary<string, Dictionary<AutoSuggest.Candidate, double>>();
            foreach (var (label, l2, epochs) in Verifiers)
            {
                estimates[label] = LeaveOneSetOut(sets, Lines, others =>
                {
                    var verifier = AutoSuggest.Learn([.. others], epochs: epochs, l2: l2);
                    return c => verifier.Probability(c.Features);
                });
            }

            foreach (var (label, cellOf) in Tables)
            {
                estimates[label] = LeaveOneSetOut(sets, Lines, others =>
                {
                    var prior = others.Count(c => c.Gold) / (double)others.Count;
                    var cells = others.GroupBy(cellOf).ToDictionary(g => g.Key, g => (g.Count(c => c.Gold) + (5 * prior)) / (g.Count() + 5.0));
                    return c => cells.GetValueOrDefault(cellOf(c), prior);
                });
            }

            var lines = Lines(null).ToList();
            var rate = lines.Count(c => c.Gold) / (double)lines.Count;
            Console.WriteLine($"quality {setting} ({lines.Count} lines, {rate:0.00} right): constant {Quality(lines, _ => rate)}; rule confidence {Quality(lines, c => c.Confidence)}");
            foreach (var (label, estimate) in estimates)
            {
                Console.WriteLine($"quality {setting} {label}: {Quality(lines, c => estimate[c])}");
            }

            var runs = sets.SelectMany(s => s.Runs).Where(r => r.Setting == setting).Select(r => r.Run).ToList();
            foreach (var t in new[] { 0.0, 0.7, 0.75, 0.8, 0.85, 0.9 })
            {
                Console.WriteLine($"by confidence {setting} conf >= {t:0.00}: {AutoSuggest.ScoreKept(runs, c => c.Confidence >= t)}");
            }
        }
    }

    /// <summary>Each set's lines estimated by what <paramref name="learn"/> makes of the other sets' lines.</summary>
    private static Dictionary<AutoSuggest.Candidate, double> LeaveOneSetOut(
        IEnumerable<(string Name, IReadOnlyList<(string Setting, AutoSuggest.PaperRun Run)> Runs)> sets,
        Func<string?, string?, IEnumerable<AutoSuggest.Candidate>> lines,
        Func<List<AutoSuggest.Candidate>, Func<AutoSuggest.Candidate, double>> learn)
    {
        var estimate = new Dictionary<AutoSuggest.Candidate, double>();
        foreach (var (name, _) in sets)
        {
            var model = learn([.. lines(name, null)]);
            foreach (var c in lines(null, name))
            {
                estimate[c] = model(c);
            }
        }

        return estimate;
    }

    /// <summary>Brier score, AUC, and how many of the wrong lines the least-sure fifth holds.</summary>
    private static string Quality(List<AutoSuggest.Candidate> lines, Func<AutoSuggest.Candidate, double> estimate)
    {
        var brier = lines.Average(c => Math.Pow(estimate(c) - (c.Gold ? 1 : 0), 2));
        var right = lines.Where(c => c.Gold).Select(estimate).ToList();
        var wrong = lines.Where(c => !c.Gold).Select(estimate).ToList();
        var auc = right.Sum(p => wrong.Sum(n => p > n ? 1.0 : p == n ? 0.5 : 0)) / (right.Count * (double)wrong.Count);
        var leastSure = lines.OrderBy(estimate).Take(lines.Count / 5).Count(c => !c.Gold);
        return string.Create(CultureInfo.InvariantCulture, $"Brier {brier:0.000}, AUC {auc:0.000}, wrong in least-sure fifth {leastSure} of {wrong.Count}");
    }
}
