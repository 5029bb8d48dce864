using System.Diagnostics;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Search;
using SystemGraph.Graph.Seed;
using SystemGraph.Graph.Seed.Reference;
using SystemGraph.Graph.Store;

namespace SystemGraph.Graph.Bench;

/// <summary>
/// Entity search in process: the seed plus the ODS reference data (about 10k entities), and synthetic graphs whose
/// names are drawn from the real names' words (so terms are as common or rare as in the real data). For each: the
/// store's load time (the search index included), the index built alone (time, size), managed memory after load,
/// and p50 / p99 of one-word, three-word and fuzzy (one letter wrong) searches for 20 hits, each over a different
/// query taken from the names in the graph.
/// </summary>
internal static class SearchBench
{
    public static async Task RunAsync(IReadOnlyList<int> syntheticScales, int iterations)
    {
        var real = await RealGraphAsync();
        var vocabulary = real.Entities.SelectMany(e => SearchAnalyzer.Terms(e.Name)).Where(t => t.Length > 2 && !t.Any(char.IsDigit)).Distinct().Order(StringComparer.Ordinal).ToArray();
        Console.WriteLine();
        Console.WriteLine("| graph | entities | store load (s) | index alone: build (s), size (MB) | managed memory after load (MB) | one word p50 / p99 (µs) | three words p50 / p99 (µs) | fuzzy p50 / p99 (µs) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        await MeasureAsync("seed + ODS", [.. real.Entities], [.. real.Relationships], iterations);
        foreach (var scale in syntheticScales)
        {
            var (entities, lines, _, _, _, _) = SyntheticGraph.Generate(scale);
            var random = new Random(7);
            for (var i = 0; i < entities.Count; i++)
            {
                entities[i] = entities[i] with { Name = SyntheticName(random, vocabulary), Aliases = i % 3 == 0 ? [SyntheticName(random, vocabulary)] : [] };
            }

            await MeasureAsync($"synthetic, real words", entities, lines, iterations);
        }
    }

    private static async Task MeasureAsync(string label, List<Entity> entities, List<Relationship> lines, int iterations)
    {
        var random = new Random(11);
        var targets = Enumerable.Range(0, 500).Select(_ => entities[random.Next(entities.Count)]).ToList();
        var oneWord = targets.Select(e => Pick(random, Words(e), 1)).Where(q => q.Length > 0).ToArray();
        var threeWords = targets.Select(e => Pick(random, Words(e), 3)).Where(q => q.Length > 0).ToArray();
        var fuzzy = targets.Select(e => Words(e).FirstOrDefault(w => w.Length >= 5) is { } w ? Typo(random, w) : null).OfType<string>().ToArray();

        var watch = Stopwatch.StartNew();
        var index = EntitySearchIndex.Build(entities);
        var indexSeconds = watch.Elapsed.TotalSeconds;
        var indexMegabytes = index.SizeInBytes / 1024.0 / 1024.0;
        index.Dispose();

        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        watch.Restart();
        using var store = new EmbeddedGraphStore();
        await store.LoadAsync(entities, lines, CancellationToken.None);
        var load = watch.Elapsed.TotalSeconds;
        var count = entities.Count;
        var memory = (GC.GetTotalMemory(forceFullCollection: true) - before) / 1024.0 / 1024.0;

        var one = await Timing.MeasureAsync(iterations, Cycle(store, oneWord));
        var three = await Timing.MeasureAsync(iterations, Cycle(store, threeWords));
        var typo = await Timing.MeasureAsync(iterations, Cycle(store, fuzzy));
        Console.WriteLine($"| {label} | {count:N0} | {load:F1} | {indexSeconds:F1}, {indexMegabytes:F0} | {memory:F0} | {one.P50 * 1000:F0} / {one.P99 * 1000:F0} | {three.P50 * 1000:F0} / {three.P99 * 1000:F0} | {typo.P50 * 1000:F0} / {typo.P99 * 1000:F0} |");
    }

    private static Func<Task<int>> Cycle(EmbeddedGraphStore store, string[] queries)
    {
        var next = 0;
        return async () => (await store.SearchAsync(queries[next++ % queries.Length], null, 20, CancellationToken.None)).Count;
    }

    private static string[] Words(Entity e) => e.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string Pick(Random random, string[] words, int count) =>
        words.Length == 0 ? string.Empty : string.Join(' ', Enumerable.Range(0, count).Select(_ => words[random.Next(words.Length)]).Distinct());

    private static string Typo(Random random, string word)
    {
        var at = random.Next(1, word.Length);
        var letter = (char)('a' + random.Next(26));
        return word[..at] + letter + word[(at + 1)..];
    }

    /// <summary>Two to five words of the real vocabulary, common words more often (a Zipf-like draw).</summary>
    private static string SyntheticName(Random random, string[] vocabulary)
    {
        var count = random.Next(2, 6);
        var words = new string[count];
        for (var i = 0; i < count; i++)
        {
            var rank = (int)Math.Min(vocabulary.Length - 1, Math.Floor(Math.Pow(vocabulary.Length, random.NextDouble())) - 1);
            words[i] = vocabulary[Math.Max(0, rank)];
        }

        return string.Join(' ', words);
    }

    private static async Task<SeedGraph> RealGraphAsync()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "SystemGraph.sln")))
        {
            root = root.Parent;
        }

        var repository = root?.FullName ?? throw new InvalidOperationException("Run the benchmark from the repository (it reads graph-seed/ and ../shared/data/ods).");
        var seed = (await SeedLoader.LoadAsync(Path.Combine(repository, "graph-seed"), null, CancellationToken.None)).Graph
            ?? throw new InvalidOperationException("The seed does not load.");
        var ods = Path.GetFullPath(Path.Combine(repository, "..", "shared", "data", "ods"));
        return Directory.Exists(ods) ? await OdsImporter.ImportAsync(ods, seed, CancellationToken.None) : seed;
    }
}
