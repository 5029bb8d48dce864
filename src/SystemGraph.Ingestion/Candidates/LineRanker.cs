using System.Text.Json;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>
/// A logistic model over named features (<see cref="PassageSuggestions.Features"/>): the probability that a suggested
/// line is one the paper states. Its weights ship inside this assembly (<c>line-ranker.json</c>, an embedded resource)
/// and load offline; they were learnt by the ingestion bench (<c>rank-learn</c>) from hand-labelled papers of other
/// systems kept outside the repository, as bench/README.md ("Seventh pass") records: what was learnt from and how well
/// it did on sets it had not seen. The file holds feature names (kinds of line and ends, and lower-case words that at
/// least three papers share) with their weights: no name of a body or person, and nothing only one page says.
/// </summary>
internal sealed class LineRanker(IReadOnlyDictionary<string, double> weights)
{
    /// <summary>
    /// A ranked line is offered from this probability: 0.5 when the ranker was frozen; 0.7 after its first unseen sets
    /// (V, W, X), where the lines from 0.5 to 0.7 were mostly wrong and leave-one-set-out on the sets it learnt from gave
    /// the same recall at either; then checked on a set not yet run (Y). bench/README, "Seventh pass".
    /// </summary>
    public const double OfferAt = 0.7;

    private const string ResourceName = "SystemGraph.Ingestion.Candidates.line-ranker.json";

    private static readonly Lazy<LineRanker> ShippedModel = new(Load);

    /// <summary>The ranker that ships with the reading.</summary>
    public static LineRanker Shipped => ShippedModel.Value;

    public IReadOnlyDictionary<string, double> Weights => weights;

    public double Probability(IReadOnlyList<string> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var z = features.Sum(f => weights.GetValueOrDefault(f));
        return 1 / (1 + Math.Exp(-z));
    }

    private static LineRanker Load()
    {
        using var stream = typeof(LineRanker).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The reading's ranker ({ResourceName}) is not in the assembly.");
        var read = JsonSerializer.Deserialize<Dictionary<string, double>>(stream) ?? [];
        return new LineRanker(read);
    }
}
