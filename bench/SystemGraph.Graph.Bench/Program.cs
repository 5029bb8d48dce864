using System.Diagnostics;
using SystemGraph.Graph.Bench;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;
using SystemGraph.Graph.Traversals;

// Usage: dotnet run -c Release --project bench/SystemGraph.Graph.Bench -- [--scale 10000,100000,1000000] [--iterations 200] [--depths 100000] [--writes 100000] [--search 1000000]
//        [--transitions <repository root>] (the transition report over the seed and ../shared/data/ods; --scale 0 skips the synthetic graphs)
// Prints one markdown table row per scale: load time, managed memory after load, and p50 / p99 latencies.
var scales = ArgValue("--scale")?.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray() ?? [10_000, 100_000];
var iterations = int.Parse(ArgValue("--iterations") ?? "200", System.Globalization.CultureInfo.InvariantCulture);

Console.WriteLine("| entities | relationships | load (s) | managed memory (MB) | chain depth 10 p50 / p99 (µs) | org chart p50 / p99 (ms), nodes | connection p50 / p99 (µs) |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
foreach (var scale in scales.Where(s => s > 0))
{
    var (entities, lines, deepBoard, chartRoot, practiceA, practiceB) = SyntheticGraph.Generate(scale);
    GC.Collect();
    var before = GC.GetTotalMemory(forceFullCollection: true);
    var watch = Stopwatch.StartNew();
    using var store = new EmbeddedGraphStore();
    await store.LoadAsync(entities, lines, CancellationToken.None);
    var load = watch.Elapsed;
    entities.Clear();
    lines.Clear();
    var memory = (GC.GetTotalMemory(forceFullCollection: true) - before) / 1024.0 / 1024.0;

    var chain = await Measure(iterations, async () =>
    {
        var result = await AccountabilityChainTraversal.UpwardAsync(store, deepBoard, new ChainOptions(MaxDepth: 10), CancellationToken.None);
        return result!.Paths.Count;
    });
    var chartNodes = 0;
    var chart = await Measure(Math.Max(20, iterations / 10), async () =>
    {
        var result = await OrgChartTraversal.BuildAsync(store, chartRoot, new OrgChartOptions(new HashSet<RelationshipType> { RelationshipType.AccountableTo }, Direction.Inbound, 3), CancellationToken.None);
        chartNodes = result!.Nodes.Count;
        return chartNodes;
    });
    var connection = await Measure(iterations, async () =>
        (await ConnectionTraversal.ShortestPathsAsync(store, practiceA, practiceB, null, 6, null, CancellationToken.None)).Count);

    Console.WriteLine($"| {scale:N0} | {(await store.GetStatsAsync(CancellationToken.None)).Relationships:N0} | {load.TotalSeconds:F1} | {memory:F0} | {chain.P50 * 1000:F0} / {chain.P99 * 1000:F0} | {chart.P50:F1} / {chart.P99:F1}, {chartNodes} | {connection.P50 * 1000:F0} / {connection.P99 * 1000:F0} |");
}

// Entity search: the seed + ODS data, then synthetic graphs of the given sizes named with the real words.
if (ArgValue("--search") is { } searchScalesText)
{
    await SearchBench.RunAsync([.. searchScalesText.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture))], iterations);
}

// Writes and scenarios at one scale: acknowledged (fsynced) writes against a bare fsync of the same bytes.
if (ArgValue("--writes") is { } writeScaleText)
{
    await WriteBench.RunAsync(int.Parse(writeScaleText, System.Globalization.CultureInfo.InvariantCulture), iterations);
}

// How cost grows with query depth, at the largest scale asked for: chains by maxDepth, org charts by depth.
if (ArgValue("--depths") is { } depthScaleText)
{
    var depthScale = int.Parse(depthScaleText, System.Globalization.CultureInfo.InvariantCulture);
    var (dEntities, dLines, dDeep, dRoot, _, _) = SyntheticGraph.Generate(depthScale);
    using var depthStore = new EmbeddedGraphStore();
    await depthStore.LoadAsync(dEntities, dLines, CancellationToken.None);
    Console.WriteLine();
    Console.WriteLine($"Depth at {depthScale:N0} entities:");
    Console.WriteLine();
    Console.WriteLine("| depth | chain p50 (µs), steps | org chart p50 (ms), nodes |");
    Console.WriteLine("|---:|---:|---:|");
    foreach (var depth in new[] { 1, 2, 3, 4, 6, 8, 10, 12 })
    {
        var steps = 0;
        var chain = await Measure(iterations, async () =>
        {
            var result = await AccountabilityChainTraversal.UpwardAsync(depthStore, dDeep, new ChainOptions(MaxDepth: depth), CancellationToken.None);
            steps = result!.Paths.Sum(p => p.Length);
            return steps;
        });
        var nodes = 0;
        var chart = depth > 4 ? (P50: double.NaN, P99: double.NaN) : await Measure(Math.Max(20, iterations / 10), async () =>
        {
            var result = await OrgChartTraversal.BuildAsync(depthStore, dRoot, new OrgChartOptions(new HashSet<RelationshipType> { RelationshipType.AccountableTo }, Direction.Inbound, depth, MaxNodes: 100_000), CancellationToken.None);
            nodes = result!.Nodes.Count;
            return nodes;
        });
        var chartCell = double.IsNaN(chart.P50) ? "-" : $"{chart.P50:F2}, {nodes}";
        Console.WriteLine($"| {depth} | {chain.P50 * 1000:F1}, {steps} | {chartCell} |");
    }
}

// The transition report over the real seed and the national ODS data: a system, its CCGs, all of England.
if (ArgValue("--transitions") is { } repositoryRoot)
{
    await TransitionBench.RunAsync(Path.GetFullPath(repositoryRoot), iterations);
}

static Task<(double P50, double P99)> Measure(int iterations, Func<Task<int>> operation) => Timing.MeasureAsync(iterations, operation);

string? ArgValue(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
