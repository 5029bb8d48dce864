using System.Diagnostics;
using SystemGraph.Graph.Bench;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;
using SystemGraph.Graph.Traversals;

// Usage: dotnet run -c Release --project bench/SystemGraph.Graph.Bench -- [--scale 10000,100000,1000000] [--iterations 200] [--depths 100000]
// Prints one markdown table row per scale: load time, managed memory after load, and p50 / p99 latencies.
var scales = ArgValue("--scale")?.Split(',').Select(int.Parse).ToArray() ?? [10_000, 100_000];
var iterations = int.Parse(ArgValue("--iterations") ?? "200", System.Globalization.CultureInfo.InvariantCulture);

Console.WriteLine("| entities | relationships | load (s) | managed memory (MB) | chain depth 10 p50 / p99 (µs) | org chart p50 / p99 (ms), nodes | connection p50 / p99 (µs) |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
foreach (var scale in scales)
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

static async Task<(double P50, double P99)> Measure(int iterations, Func<Task<int>> operation)
{
    // Warm up by time as well as by count: tiered compilation promotes hot methods only after they have run
    // for a while (tier-0 code first, then a background recompile), so a few dozen calls measure tier-0 code.
    var warmUp = Stopwatch.StartNew();
    for (var i = 0; i < Math.Max(5, iterations / 10) || warmUp.ElapsedMilliseconds < 2_000; i++)
    {
        await operation();
    }

    var times = new double[iterations];
    for (var i = 0; i < iterations; i++)
    {
        var start = Stopwatch.GetTimestamp();
        await operation();
        times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    Array.Sort(times);
    return (times[iterations / 2], times[Math.Min(iterations - 1, (int)(iterations * 0.99))]);
}

string? ArgValue(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
