using System.Globalization;
using System.Text.Json;
using SystemGraph.Graph.Model;
using SystemGraph.Ingestion.Candidates;

namespace SystemGraph.Ingestion.Bench;

/// <summary>
/// Learning and checking the reading's ranker (<see cref="LineRanker"/>; bench/README, "Seventh pass"): each held-out
/// paper is read by the rules alone, the suggester reads every passage (<see cref="PassageSuggestions.Candidates"/>),
/// and each suggested line is labelled by whether the paper's gold has it (same type or an equivalent, same ends, as
/// <see cref="Scorer"/> matches them). Known setting: the graph holds the gold's entities and the national seed's.
/// </summary>
internal static class AutoSuggest
{
    /// <summary>One suggested line: its key as the scorer reads it, its features, and whether the gold has it.</summary>
    internal sealed record Candidate(string Paper, (RelationshipType, string, string) Key, IReadOnlyList<string> Features, double Confidence, bool Gold);

    /// <summary>A paper's reading by the rules (its STATED keys), its gold keys, and the suggested lines.</summary>
    internal sealed record PaperRun(string Paper, IReadOnlySet<(RelationshipType, string, string)> Read, IReadOnlySet<(RelationshipType, string, string)> Gold, IReadOnlyList<Candidate> Candidates)
    {
        /// <summary>The rules' own STATED lines of the types the labels hold, as candidates (features, gold or not): what <c>rank-learn --verify</c> learns a confidence from.</summary>
        public IReadOnlyList<Candidate> RuleLines { get; init; } = [];
    }

    /// <param name="national">The national seed's entities.</param>
    /// <param name="paperPath">The held-out paper (its gold beside it).</param>
    /// <param name="store">Null for the known setting; else the api setting's store (<see cref="HeldOutPaper"/>).</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    public static async Task<PaperRun> RunAsync(IReadOnlyList<KnownEntity> national, string paperPath, (IEntityLookup Lookup, IReadOnlySet<string> Ids)? store, CancellationToken cancellationToken)
    {
        var held = await HeldOutPaper.LoadAsync(national, paperPath, store, cancellationToken).ConfigureAwait(false);
        var (mentions, rules) = await PaperExtractor.ByRulesAsync(held.Paper, held.Lookup, held.Taken, cancellationToken).ConfigureAwait(false);
        var read = rules.Where(l => l.Basis == RelationshipBasis.Stated).Select(held.KeyOf).ToHashSet();
        var goldKeys = held.GoldKeys;
        var best = new Dictionary<(RelationshipType, string, string), Candidate>();
        foreach (var scored in PassageSuggestions.Candidates(held.Paper, mentions, rules))
        {
            var key = held.KeyOf(scored.Suggestion.Line);
            var candidate = new Candidate(paperPath, key, scored.Features, scored.Suggestion.Line.Confidence, goldKeys.Contains(key));
            if (!read.Contains(key) && (!best.TryGetValue(key, out var had) || had.Confidence < candidate.Confidence))
            {
                best[key] = candidate;
            }
        }

        var ruleLines = rules.Where(l => l.Basis == RelationshipBasis.Stated && Scorer.AskedTypes.Contains(l.Type) && !l.Ranked)
            .Select(l => (Line: l, Key: held.KeyOf(l)))
            .Select(r => new Candidate(paperPath, r.Key, PassageSuggestions.Features(new LineSuggestion(r.Line, true, ""), 0, 1, "rule"), r.Line.Confidence, goldKeys.Contains(r.Key)))
            .GroupBy(c => c.Key).Select(g => g.MaxBy(c => c.Confidence)!).ToList();
        return new PaperRun(Path.GetFileName(paperPath), read, goldKeys, [.. best.Values]) { RuleLines = ruleLines };
    }

    /// <summary>A feature is learnt only when at least this many papers' suggestions have it: nothing one page says (an address, a typo) is kept.</summary>
    public const int MinPapersPerFeature = 3;

    /// <summary>
    /// Learns the ranker's weights: logistic regression by stochastic gradient descent with L2, 30 passes in a fixed
    /// shuffled order (deterministic), over the features at least <see cref="MinPapersPerFeature"/> papers share. The
    /// settings were compared by leave-one-set-out on the six sets P-U; the figures hardly moved between them
    /// (bench/README, "Seventh pass").
    /// </summary>
    public static LineRanker Learn(IReadOnlyList<Candidate> examples, int epochs = 30, double rate = 0.05, double l2 = 1e-4)
    {
        var shared = examples.SelectMany(e => e.Features.Select(f => (Feature: f, e.Paper))).Distinct()
            .GroupBy(p => p.Feature, StringComparer.Ordinal).Where(g => g.Count() >= MinPapersPerFeature).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var ranker = new LineRanker(weights);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(20);
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var example = examples[i];
                var error = (example.Gold ? 1 : 0) - ranker.Probability(example.Features);
                foreach (var feature in example.Features.Where(shared.Contains))
                {
                    var w = weights.GetValueOrDefault(feature);
                    weights[feature] = w + (rate * (error - (l2 * w)));
                }
            }
        }

        return ranker;
    }

    /// <summary>The weights as the embedded resource holds them: features in order, weights rounded, the negligible left out.</summary>
    public static string ToJson(LineRanker ranker) => JsonSerializer.Serialize(
        ranker.Weights.Where(kv => Math.Abs(kv.Value) >= 1e-4).OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .ToDictionary(kv => kv.Key, kv => Math.Round(kv.Value, 4), StringComparer.Ordinal),
        Indented);

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The rules' lines kept by <paramref name="keep"/>, alone: predicted / correct / gold, precision, recall.</summary>
    public static string ScoreKept(IEnumerable<PaperRun> runs, Func<Candidate, bool> keep)
    {
        var (predicted, correct, gold) = (0, 0, 0);
        foreach (var run in runs)
        {
            var keys = run.RuleLines.Where(keep).Select(c => c.Key).ToHashSet();
            predicted += keys.Count;
            correct += keys.Count(run.Gold.Contains);
            gold += run.Gold.Count;
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"{predicted} / {correct} / {gold}: P {(predicted == 0 ? 0 : (double)correct / predicted):0.00}, R {(double)correct / gold:0.00}");
    }

    /// <summary>Reading plus the offered candidates: predicted / correct / gold, precision, recall.</summary>
    public static string Score(IEnumerable<PaperRun> runs, Func<Candidate, bool> offer)
    {
        var (predicted, correct, gold) = (0, 0, 0);
        foreach (var run in runs)
        {
            var keys = run.Read.Concat(run.Candidates.Where(offer).Select(c => c.Key)).ToHashSet();
            predicted += keys.Count;
            correct += keys.Count(run.Gold.Contains);
            gold += run.Gold.Count;
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"{predicted} / {correct} / {gold}: P {(predicted == 0 ? 0 : (double)correct / predicted):0.00}, R {(double)correct / gold:0.00}");
    }
}
