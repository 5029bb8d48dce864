using SystemGraph.Graph.Seed;
using SystemGraph.Graph.Seed.Reference;
using SystemGraph.Graph.Store;
using SystemGraph.Graph.Transitions;

namespace SystemGraph.Graph.Bench;

/// <summary>
/// The transition report in process over the real seed with the national ODS data loaded: the Greater Manchester
/// system, each of its ten CCGs, and all of England. One markdown table row per report.
/// </summary>
internal static class TransitionBench
{
    private const string GreaterManchester = "greater-manchester-ics";

    public static async Task RunAsync(string repositoryRoot, int iterations)
    {
        var seed = await SeedLoader.LoadAsync(Path.Combine(repositoryRoot, "graph-seed"), null, CancellationToken.None);
        var graph = seed.Graph ?? throw new InvalidOperationException($"The seed is invalid: {string.Join("; ", seed.Problems.Take(3))}");
        var ods = Path.Combine(repositoryRoot, "..", "shared", "data", "ods");
        graph = await OdsImporter.ImportAsync(ods, graph, CancellationToken.None);
        using var store = new EmbeddedGraphStore();
        await store.LoadAsync(graph.Entities, graph.Relationships, CancellationToken.None);

        var system = await TransitionChecker.CheckAsync(store, new TransitionRequest(SystemId: GreaterManchester), CancellationToken.None);
        var tenCcgs = system.Bodies.Where(b => b.CeasedOn == new DateOnly(2022, 6, 30)).Select(b => b.Body.Id).ToList();

        Console.WriteLine();
        Console.WriteLine($"Transition reports over the seed and ODS data ({graph.Entities.Count:N0} entities, {graph.Relationships.Count:N0} relationships):");
        Console.WriteLine();
        Console.WriteLine("| report | CCGs | functions | findings | p50 (ms) | p99 (ms) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        await RowAsync(store, "Greater Manchester system", new TransitionRequest(SystemId: GreaterManchester), iterations);
        var perCcg = new List<double>();
        var functions = 0;
        var findings = 0;
        foreach (var ccg in tenCcgs)
        {
            TransitionReport? last = null;
            var timing = await Timing.MeasureAsync(iterations, async () =>
            {
                last = await TransitionChecker.CheckAsync(store, new TransitionRequest(CcgId: ccg), CancellationToken.None);
                return last.Findings.Count;
            }, warmUpMilliseconds: 200);
            perCcg.Add(timing.P50);
            functions += last!.Functions.Count;
            findings += last.Findings.Count;
        }

        perCcg.Sort();
        Console.WriteLine($"| each of the {tenCcgs.Count} GM CCGs (median and worst of their p50s) | 1 | {functions} in all | {findings} in all | {perCcg[perCcg.Count / 2]:F2} | {perCcg[^1]:F2} (worst p50) |");
        await RowAsync(store, "England (every CCG)", new TransitionRequest(), Math.Max(10, iterations / 5));
        await RowAsync(store, "England, as of 2022-07-01", new TransitionRequest(AsOf: new DateOnly(2022, 7, 1)), Math.Max(10, iterations / 5));
    }

    private static async Task RowAsync(IGraphReader store, string name, TransitionRequest request, int iterations)
    {
        TransitionReport? last = null;
        var (p50, p99) = await Timing.MeasureAsync(iterations, async () =>
        {
            last = await TransitionChecker.CheckAsync(store, request, CancellationToken.None);
            return last.Findings.Count;
        });
        Console.WriteLine($"| {name} | {last!.Bodies.Count} | {last.Functions.Count} | {last.Findings.Count} | {p50:F2} | {p99:F2} |");
    }
}
