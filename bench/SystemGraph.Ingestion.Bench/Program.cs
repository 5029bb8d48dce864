using System.Diagnostics;
using System.Globalization;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Seed;
using SystemGraph.Ingestion.Bench;

// Usage: dotnet run -c Release --project bench/SystemGraph.Ingestion.Bench -- [score|speed|all] [--verbose]
//        ... -- explain <paper file> [--cold]
var root = FindRoot();
var mode = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
var verbose = args.Contains("--verbose");
var papers = Path.Combine(root, "..", "shared", "seeds");
if (mode is "score" or "all")
{
    var seed = (await SeedLoader.LoadAsync(Path.Combine(root, "graph-seed"), null, CancellationToken.None)).Graph
        ?? throw new InvalidOperationException("graph-seed/ does not load: run `seed validate` first.");
    foreach (var cold in new[] { false, true })
    {
        Console.WriteLine(cold ? "\n### cold: the paper's own bodies not yet in the graph\n" : "### known: the graph already holds the seed's entities\n");
        var total = new Dictionary<RelationshipType, Scorer.Counts>();
        Console.WriteLine("| paper | predicted STATED | correct | gold STATED | found | precision | recall |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var file in Directory.GetFiles(papers, "0*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            var score = await Scorer.ScoreAsync(seed, papers, file!, cold, CancellationToken.None);
            var asked = Sum(score.ByType.Where(t => Scorer.AskedTypes.Contains(t.Key)).Select(t => t.Value));
            Console.WriteLine($"| {file} | {asked.Predicted} | {asked.Correct} | {asked.Gold} | {asked.Found} | {asked.Precision:0.00} | {asked.Recall:0.00} |");
            foreach (var (type, counts) in score.ByType)
            {
                total[type] = (total.GetValueOrDefault(type) ?? new Scorer.Counts(0, 0, 0, 0)) + counts;
            }

            if (verbose)
            {
                score.Wrong.ToList().ForEach(w => Console.WriteLine("    wrong:  " + w));
                score.Missed.ToList().ForEach(m => Console.WriteLine("    missed: " + m));
            }
        }

        var all = Sum(total.Where(t => Scorer.AskedTypes.Contains(t.Key)).Select(t => t.Value));
        Console.WriteLine($"| **all five (asked types)** | {all.Predicted} | {all.Correct} | {all.Gold} | {all.Found} | {all.Precision:0.00} | {all.Recall:0.00} |");
        var every = Sum(total.Values);
        Console.WriteLine($"| all five (every STATED type) | {every.Predicted} | {every.Correct} | {every.Gold} | {every.Found} | {every.Precision:0.00} | {every.Recall:0.00} |");
        Console.WriteLine("\n| type | predicted | correct | gold | found | precision | recall |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (type, c) in total.OrderBy(t => GraphNames.ToWire(t.Key), StringComparer.Ordinal))
        {
            var p = c.Predicted == 0 ? "-" : c.Precision.ToString("0.00", CultureInfo.InvariantCulture);
            var r = c.Gold == 0 ? "-" : c.Recall.ToString("0.00", CultureInfo.InvariantCulture);
            Console.WriteLine($"| {GraphNames.ToWire(type)}{(Scorer.AskedTypes.Contains(type) ? string.Empty : " (not asked)")} | {c.Predicted} | {c.Correct} | {c.Gold} | {c.Found} | {p} | {r} |");
        }
    }
}

if (mode == "explain")
{
    // Prints every passage of one paper with the entities found in it marked [like this], for reading the misses.
    var seed = (await SeedLoader.LoadAsync(Path.Combine(root, "graph-seed"), null, CancellationToken.None)).Graph!;
    var file = args[Array.IndexOf(args, "explain") + 1];
    foreach (var line in await Explain.PassagesAsync(seed, Path.Combine(papers, file), args.Contains("--cold"), CancellationToken.None))
    {
        Console.WriteLine(line);
    }
}

if (mode is "speed" or "all")
{
    // As ingestDocument runs it: phrases looked up through the embedded store's search over the seed and the ODS
    // extracts (tens of thousands of entities), and, for comparison, in an empty catalogue (the extractor alone).
    var pdf = LongPaper.Pdf(pages: 30);
    var seed = (await SeedLoader.LoadAsync(Path.Combine(root, "graph-seed"), null, CancellationToken.None)).Graph!;
    var ods = Path.Combine(root, "..", "shared", "data", "ods");
    var graph = Directory.Exists(ods) ? await SystemGraph.Graph.Seed.Reference.OdsImporter.ImportAsync(ods, seed, CancellationToken.None) : seed;
    using var store = new SystemGraph.Graph.Store.EmbeddedGraphStore();
    await store.LoadAsync([.. graph.Entities], [.. graph.Relationships], CancellationToken.None);
    var storeName = $"the embedded store's name index ({graph.Entities.Count:N0} entities)";
    foreach (var (name, lookup) in new (string, SystemGraph.Ingestion.Candidates.IEntityLookup?)[] { (storeName, new SystemGraph.Ingestion.Candidates.StoreEntityLookup(store)), ("an empty catalogue", null) })
    {
        var timings = new List<double>();
        var (lines, phrases, lookupSeconds) = (0, 0, 0.0);
        var lookups = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var clock = Stopwatch.StartNew();
            (lines, phrases, lookupSeconds) = await LongPaper.ReadAndExtractAsync(pdf, lookup, CancellationToken.None);
            timings.Add(clock.Elapsed.TotalSeconds);
            lookups.Add(lookupSeconds);
        }

        Console.WriteLine($"\n30-page PDF ({pdf.Length / 1024:N0} KB), looked up in {name}: read + extract {lines} candidate lines, {phrases:N0} phrases looked up; first run {timings[0]:0.00} s, median of 5 {timings.Order().ElementAt(2):0.00} s (of which looking up {lookups.Order().ElementAt(2):0.00} s)");
    }
}

static Scorer.Counts Sum(IEnumerable<Scorer.Counts> counts) => counts.Aggregate(new Scorer.Counts(0, 0, 0, 0), (a, b) => a + b);

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "SystemGraph.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Run from inside the repository.");
}
