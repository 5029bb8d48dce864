using System.Diagnostics;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Seed;
using SystemGraph.Ingestion.Bench;
using SystemGraph.Ingestion.Candidates;

// Usage: dotnet run -c Release --project bench/SystemGraph.Ingestion.Bench -- [score|speed|all|heldout FOLDER [--rules]|assist FOLDER] [--verbose]
//        (heldout --rules: the rules' reading alone, without the learnt ranker's lines)
//        ... -- rank-learn <set folder>... [--api] [--out FILE]   (the reading's ranker: leave-one-set-out, then learnt on all)
//        ... -- rank-learn <set folder>... --api --verify   (how good the rules' confidence is, and a learnt one)
//        ... -- explain <paper file, or a held-out paper's path> [--cold | --api]
//        ... -- suggest <held-out paper's path> "<selected words>"
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
        var scores = new List<Scorer.PaperScore>();
        foreach (var file in Directory.GetFiles(papers, "0*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            scores.Add(await Scorer.ScoreAsync(seed, papers, file!, cold, CancellationToken.None));
        }

        ScoreTables.Print(scores, "all five", verbose);
    }
}

if (mode == "heldout")
{
    // Papers from other systems with hand-made gold, kept outside the repository (bench/README.md, issue 20).
    var folder = args.SkipWhile(a => a != "heldout").Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal))
        ?? throw new InvalidOperationException("Usage: heldout <folder of NN-slug.txt papers with NN-slug.gold.yaml beside each> [--verbose]");
    var seed = (await SeedLoader.LoadAsync(Path.Combine(root, "graph-seed"), null, CancellationToken.None)).Graph
        ?? throw new InvalidOperationException("graph-seed/ does not load: run `seed validate` first.");
    var national = await HeldOutScorer.NationalAsync(seed, Path.Combine(root, "graph-seed", "national.yaml"), CancellationToken.None);
    foreach (var cold in new[] { false, true })
    {
        Console.WriteLine(cold ? "\n### cold: only the national seed's entities in the graph\n" : "### known: the graph holds the gold's entities and the national seed's\n");
        var scores = new List<Scorer.PaperScore>();
        foreach (var paper in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            scores.Add(await HeldOutScorer.ScoreAsync(national, paper, cold, CancellationToken.None, ranked: !args.Contains("--rules")));
        }

        ScoreTables.Print(scores, "all held-out", verbose);
    }

    var ods = Path.Combine(root, "..", "shared", "data", "ods");
    if (Directory.Exists(ods))
    {
        Console.WriteLine("\n### api: looked up as ingestDocument does, in the embedded store holding the seed and the national ODS extracts\n");
        using var store = await ApiStore.LoadAsync(ods, seed, CancellationToken.None);
        var scores = new List<Scorer.PaperScore>();
        foreach (var paper in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            scores.Add(await HeldOutScorer.ScoreInStoreAsync(national, store.Lookup, store.Ids, paper, CancellationToken.None, ranked: !args.Contains("--rules")));
        }

        ScoreTables.Print(scores, "all held-out", verbose);
    }
}

if (mode == "assist")
{
    // Suggestions from a selection (suggestLines): each gold line the paper's reading missed, its quote selected, looked for among the suggestions.
    var folder = args.SkipWhile(a => a != "assist").Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal))
        ?? throw new InvalidOperationException("Usage: assist <folder of NN-slug.txt papers with NN-slug.gold.yaml beside each> [--api] [--choose] [--verbose]");
    var seed = (await SeedLoader.LoadAsync(Path.Combine(root, "graph-seed"), null, CancellationToken.None)).Graph
        ?? throw new InvalidOperationException("graph-seed/ does not load: run `seed validate` first.");
    var national = await HeldOutScorer.NationalAsync(seed, Path.Combine(root, "graph-seed", "national.yaml"), CancellationToken.None);
    // --api: names looked up as suggestLines looks them up.
    using var store = args.Contains("--api") ? await ApiStore.LoadAsync(Path.Combine(root, "..", "shared", "data", "ods"), seed, CancellationToken.None) : null;
    (IEntityLookup, IReadOnlySet<string>)? inStore = store?.Setting;

    Console.WriteLine(AssistScorer.Header);
    var total = new AssistScorer.Tally(0, 0, 0, 0, 0, 0, 0);
    foreach (var paper in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
    {
        var (tally, missed) = await AssistScorer.ScoreAsync(national, paper, inStore, args.Contains("--choose"), CancellationToken.None);
        total += tally;
        Console.WriteLine(tally.Row(Path.GetFileName(paper)));
        if (verbose)
        {
            foreach (var miss in missed)
            {
                Console.WriteLine($"    missed: {miss}");
            }
        }
    }

    Console.WriteLine(total.Row("**all**"));
}

if (mode == "rank-learn")
{
    // The reading's ranker (LineRanker; bench/README, "Seventh pass"): rank-learn <set folder>... [--out FILE]
    // Leave-one-set-out over the sets given (learnt on the others, scored on each), then learnt on all of them; --out
    // writes the weights (src/SystemGraph.Ingestion/Candidates/line-ranker.json is the one the reading ships).
    var seed = (await SeedLoader.LoadAsync(Path.Combine(root, "graph-seed"), null, CancellationToken.None)).Graph!;
    var national = await HeldOutScorer.NationalAsync(seed, Path.Combine(root, "graph-seed", "national.yaml"), CancellationToken.None);
    var rest = args.SkipWhile(a => a != "rank-learn").Skip(1).ToList();
    var output = rest.SkipWhile(a => a != "--out").Skip(1).FirstOrDefault();
    // Settings: known (the graph holds the gold's entities), and with --api also as ingestDocument looks names up in the store.
    var settings = new List<(string Name, (IEntityLookup, IReadOnlySet<string>)? Store)> { ("known", null) };
    using var store = args.Contains("--api") ? await ApiStore.LoadAsync(Path.Combine(root, "..", "shared", "data", "ods"), seed, CancellationToken.None) : null;
    if (store is not null)
    {
        settings.Add(("api", store.Setting));
    }

    // Per set: its papers' runs in each setting.
    var sets = new List<(string Name, List<(string Setting, AutoSuggest.PaperRun Run)> Runs)>();
    foreach (var folder in rest.TakeWhile(a => a != "--out").Where(a => !a.StartsWith("--", StringComparison.Ordinal)))
    {
        var runs = new List<(string, AutoSuggest.PaperRun)>();
        foreach (var (setting, inStore) in settings)
        {
            foreach (var paper in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
            {
                runs.Add((setting, await AutoSuggest.RunAsync(national, paper, inStore, CancellationToken.None)));
            }
        }

        sets.Add((Path.GetFileName(folder.TrimEnd('/')), runs));
    }

    var candidates = sets.SelectMany(s => s.Runs).SelectMany(r => r.Run.Candidates).ToList();
    Console.WriteLine($"sets {string.Join(", ", sets.Select(s => s.Name))}, settings {string.Join(", ", settings.Select(s => s.Name))}: {candidates.Count} suggested lines the rules did not read, {candidates.Count(c => c.Gold)} of them gold lines");
    var thresholds = new[] { 0.3, 0.4, 0.5, 0.6, 0.7, 0.8 };
    if (args.Contains("--verify"))
    {
        ConfidenceCheck.Report([.. sets.Select(s => (s.Name, (IReadOnlyList<(string, AutoSuggest.PaperRun)>)s.Runs))], [.. settings.Select(s => s.Name)]);
        return;
    }

    var offered = thresholds.ToDictionary(t => t, _ => new HashSet<AutoSuggest.Candidate>());
    if (sets.Count > 1)
    {
        foreach (var (name, runs) in sets)
        {
            var ranker = AutoSuggest.Learn([.. sets.Where(s => s.Name != name).SelectMany(s => s.Runs).SelectMany(r => r.Run.Candidates)]);
            foreach (var t in thresholds)
            {
                offered[t].UnionWith(runs.SelectMany(r => r.Run.Candidates).Where(c => ranker.Probability(c.Features) >= t));
            }

            foreach (var (setting, _) in settings)
            {
                var mine = runs.Where(r => r.Setting == setting).Select(r => r.Run).ToList();
                Console.WriteLine($"  {name} ({setting}): rules alone {AutoSuggest.Score(mine, _ => false)}; learnt on the others, p >= {LineRanker.OfferAt:0.0}: {AutoSuggest.Score(mine, c => ranker.Probability(c.Features) >= LineRanker.OfferAt)}");
            }
        }
    }

    foreach (var (setting, _) in settings)
    {
        var all = sets.SelectMany(s => s.Runs).Where(r => r.Setting == setting).Select(r => r.Run).ToList();
        Console.WriteLine($"{setting}: rules alone: {AutoSuggest.Score(all, _ => false)}");
        Console.WriteLine($"{setting}: rules + every suggested line: {AutoSuggest.Score(all, _ => true)}");
        if (sets.Count > 1)
        {
            foreach (var t in thresholds)
            {
                Console.WriteLine($"{setting}: leave-one-set-out, p >= {t:0.0}: {AutoSuggest.Score(all, offered[t].Contains)}");
            }
        }
    }

    var learnt = AutoSuggest.Learn(candidates);
    Console.WriteLine("heaviest features: " + string.Join(", ", learnt.Weights.OrderByDescending(kv => Math.Abs(kv.Value)).Take(30).Select(kv => $"{kv.Key} {kv.Value:0.00}")));
    if (output is not null)
    {
        await File.WriteAllTextAsync(output, AutoSuggest.ToJson(learnt) + "\n");
        Console.WriteLine($"weights written to {output}");
    }
}

if (mode == "rank-check")
{
    // The shipped ranker on sets it did not learn from: rank-check <set folder>... (known setting), at several thresholds.
    var seed = (await SeedLoader.LoadAsync(Path.Combine(root, "graph-seed"), null, CancellationToken.None)).Graph!;
    var national = await HeldOutScorer.NationalAsync(seed, Path.Combine(root, "graph-seed", "national.yaml"), CancellationToken.None);
    var runs = new List<AutoSuggest.PaperRun>();
    foreach (var folder in args.SkipWhile(a => a != "rank-check").Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)))
    {
        foreach (var paper in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            runs.Add(await AutoSuggest.RunAsync(national, paper, null, CancellationToken.None));
        }
    }

    Console.WriteLine($"rules alone: {AutoSuggest.Score(runs, _ => false)}");
    foreach (var t in new[] { 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9 })
    {
        Console.WriteLine($"shipped ranker, p >= {t:0.0}: {AutoSuggest.Score(runs, c => LineRanker.Shipped.Probability(c.Features) >= t)}");
    }
}

if (mode == "suggest")
{
    // What suggestLines answers for words selected in a held-out paper (the gold's and the national seed's entities known).
    var file = args[Array.IndexOf(args, "suggest") + 1];
    var quote = args[Array.IndexOf(args, "suggest") + 2];
    var seed = (await SeedLoader.LoadAsync(Path.Combine(root, "graph-seed"), null, CancellationToken.None)).Graph!;
    var national = await HeldOutScorer.NationalAsync(seed, Path.Combine(root, "graph-seed", "national.yaml"), CancellationToken.None);
    var goldPath = Path.ChangeExtension(file, null) + ".gold.yaml";
    var everyone = national.Concat(HeldOutGold.Read(goldPath, await File.ReadAllTextAsync(goldPath)).Entities).ToList();
    var paper = SystemGraph.Ingestion.Reading.PaperReader.Read(await File.ReadAllBytesAsync(file), Path.GetFileName(file));
    var suggested = await QuoteSuggester.SuggestAsync(paper, quote, new EntityCatalog(everyone), everyone.Select(e => e.Id).ToHashSet(StringComparer.Ordinal),
        (lines, _) => Task.FromResult(lines), [], CancellationToken.None);
    Console.WriteLine(suggested is null ? "not in the paper" : $"at {suggested.Start}-{suggested.End}, section {suggested.Section}");
    foreach (var s in suggested?.Lines ?? [])
    {
        Console.WriteLine($"{GraphNames.ToWire(s.Line.Type)} {s.Line.From.ExistingId ?? s.Line.From.Name} -> {s.Line.To.ExistingId ?? s.Line.To.Name} {s.Line.Basis} {s.Line.Confidence:0.00} rule={s.ByRule} :: {s.Line.Sources[0].Quote}");
    }
}

if (mode == "explain")
{
    // Prints every passage of one paper with the entities found in it marked [like this], for reading the misses, with
    // the entities known as the scorers know them: for one of the five papers the seed's (--cold: those another paper or
    // the national seed cites); for a held-out paper (a path with its .gold.yaml beside it) the gold's and the national
    // seed's (--cold: the national seed's only).
    var seed = (await SeedLoader.LoadAsync(Path.Combine(root, "graph-seed"), null, CancellationToken.None)).Graph!;
    var file = args[Array.IndexOf(args, "explain") + 1];
    var cold = args.Contains("--cold");
    var gold = Path.ChangeExtension(file, null) + ".gold.yaml";
    var path = File.Exists(gold) ? file : Path.Combine(papers, file);
    var document = seed.Entities.SingleOrDefault(e => e.Kind == EntityKind.Document && e.File == Path.GetFileName(path));
    IReadOnlyList<KnownEntity> known = File.Exists(gold)
        ? [.. await HeldOutScorer.NationalAsync(seed, Path.Combine(root, "graph-seed", "national.yaml"), CancellationToken.None), .. cold ? [] : HeldOutGold.Read(gold, await File.ReadAllTextAsync(gold)).Entities]
        : [.. seed.Entities.Where(e => e.Kind != EntityKind.Document && (!cold || document is null || e.Sources.Any(s => s.DocumentId != document.Id))).Select(KnownEntity.From)];
    var taken = seed.Entities.Select(e => e.Id).Concat(known.Select(e => e.Id)).ToHashSet(StringComparer.Ordinal);
    if (args.Contains("--api"))
    {
        // As the held-out scorer's api setting: phrases looked up in the embedded store holding the seed and the ODS extracts.
        using var store = await ApiStore.LoadAsync(Path.Combine(root, "..", "shared", "data", "ods"), seed, CancellationToken.None);
        taken.UnionWith(store.Ids);
        foreach (var line in await Explain.PassagesAsync(store.Lookup, taken, path, CancellationToken.None))
        {
            Console.WriteLine(line);
        }
    }
    else
    {
        foreach (var line in await Explain.PassagesAsync(known, taken, path, CancellationToken.None))
        {
            Console.WriteLine(line);
        }
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

    // suggestLines on the same paper: a reviewer's selection of a few sentences, the paper's mentions found again each
    // time (as the API does: nothing is kept between requests).
    var paper = SystemGraph.Ingestion.Reading.PaperReader.Read(pdf, "long.pdf");
    var middle = paper.Passages[paper.Passages.Count / 2];
    var selected = paper.Text[middle.Start..Math.Min(paper.Text.Length, middle.Start + 600)];
    var suggestTimings = new List<double>();
    var suggestedCount = 0;
    for (var i = 0; i < 5; i++)
    {
        var clock = Stopwatch.StartNew();
        var suggested = await QuoteSuggester.SuggestAsync(paper, selected, new StoreEntityLookup(store), new HashSet<string>(StringComparer.Ordinal),
            (found, _) => Task.FromResult(found), [], CancellationToken.None);
        suggestTimings.Add(clock.Elapsed.TotalSeconds);
        suggestedCount = suggested?.Lines.Count ?? -1;
    }

    Console.WriteLine($"suggestLines on that paper (600 selected characters, {suggestedCount} suggestions): first run {suggestTimings[0]:0.00} s, median of 5 {suggestTimings.Order().ElementAt(2):0.00} s");
}

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
