extern alias api;

using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SystemGraph.Api.Extensions;
using SystemGraph.GraphQL.Analysis;
using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Bench;

/// <summary>
/// Does the estimated cost follow the work? Runs every query of the corpus (the conformance corpus's API documents,
/// the quick-tour queries, the load benchmark's queries, and the traversal variants in cost-corpus/) through the API
/// in process over HTTP (test server, seeded embedded store, response cache off, no limits), measures the process's
/// CPU time per request, and reports the Spearman rank correlation between the cost the analysis estimates (with
/// the host's options) and the CPU measured.
/// </summary>
internal static partial class CostCorrelation
{
    /// <summary>Placeholder ids of the conformance corpus (written for mock resolvers) bound to seed entities, so traversals do their real work.</summary>
    private static readonly Dictionary<string, string> SeedIds = new(StringComparer.Ordinal)
    {
        ["x"] = "bury-integrated-delivery-collaborative",
        ["a"] = "nhs-bury-ccg",
        ["b"] = "greater-manchester-ics",
        ["gm"] = "greater-manchester-ics",
        ["scn-1"] = "scn-1",
    };

    /// <summary>Passes over the whole corpus before any is measured (enough for every method to reach its tier-1 code).</summary>
    private const int WarmUpRounds = 60;

    public static async Task<int> RunAsync(string root, string? outFile)
    {
        var documents = LoadCorpus(root);
        await using var factory = new WebApplicationFactory<api::Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseContentRoot(Path.Combine(root, "src", "SystemGraph.Api"));
            b.UseSetting("Graph:SeedPath", Path.Combine(root, "graph-seed"));
            b.UseSetting("Graph:OdsPath", Path.Combine(root, "..", "shared", "data", "ods"));
            b.UseSetting("Cache:Enabled", "false");
            b.UseSetting("GraphQL:Limits:MaxCost", "0");
            b.UseSetting("GraphQL:Limits:MaxDepth", "0");
            b.UseSetting("GraphQL:Limits:RequestsPerMinute", "0");
            b.UseSetting("GraphQL:Limits:MaxConcurrentExpensivePerClient", "0");
            b.UseSetting("Logging:LogLevel:Default", "Warning");
        });
        using var client = factory.CreateClient();
        var schema = factory.Services.GetRequiredService<Types.GraphQLSchema>();
        var limits = factory.Services.GetRequiredService<IOptions<GraphQLLimitsOptions>>().Value;
        var complexity = new ComplexityOptions { AssumedListSize = limits.AssumedListSize, DefaultPageSize = limits.DefaultPageSize };

        var runnable = new List<(string Source, string Query, double Cost)>();
        foreach (var (source, query) in documents)
        {
            if (!IsRunnableQuery(schema, query, out var document))
            {
                continue;
            }

            // Only documents that execute (valid, no missing variables) are measured: a refusal costs nothing to run.
            var first = await PostAsync(client, query).ConfigureAwait(false);
            if (first["data"] is null)
            {
                continue;
            }

            runnable.Add((source, query, OperationComplexityAnalyzer.Analyze(schema, document, (string?)null, null, complexity).Cost));
        }

        // Warm the whole corpus before measuring any of it: CPU is the process's, so the JIT's background tier-up of
        // code a query runs first would otherwise be charged to whichever queries happen to come early.
        for (var round = 0; round < WarmUpRounds; round++)
        {
            foreach (var (_, query, _) in runnable)
            {
                await PostAsync(client, query).ConfigureAwait(false);
            }
        }

        await Task.Delay(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
        var rows = new List<(string Source, string Query, double Cost, double CpuMicroseconds)>();
        foreach (var (source, query, cost) in runnable)
        {
            rows.Add((source, query, cost, await MeasureCpuAsync(client, query).ConfigureAwait(false)));
        }

        var all = Spearman(rows.Select(r => r.Cost).ToArray(), rows.Select(r => r.CpuMicroseconds).ToArray());
        var corpusRows = rows.Where(r => r.Source != "cost-corpus").ToList();
        var corpusOnly = Spearman(corpusRows.Select(r => r.Cost).ToArray(), corpusRows.Select(r => r.CpuMicroseconds).ToArray());
        Console.WriteLine("| source | estimated cost | CPU per request (µs) | query |");
        Console.WriteLine("|---|---:|---:|---|");
        foreach (var row in rows.OrderBy(r => r.CpuMicroseconds))
        {
            var text = Whitespace().Replace(row.Query, " ");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {row.Source} | {row.Cost:0} | {row.CpuMicroseconds:0} | {(text.Length > 90 ? text[..90] + "…" : text)} |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Spearman rank correlation, estimated cost vs CPU per request: {all:0.000} over {rows.Count} queries; conformance corpus + quick tour + load queries only: {corpusOnly:0.000} over {corpusRows.Count}"));
        // What the explorer's own views estimate (its operations with their default variables), to size MaxCost by.
        var explorer = Path.Combine(root, "src", "SystemGraph.Api", "Explorer", "dist", "operations");
        if (Directory.Exists(explorer))
        {
            foreach (var file in Directory.GetFiles(explorer, "*.graphql").Order(StringComparer.Ordinal))
            {
                var operation = Parser.Parse(await File.ReadAllTextAsync(file).ConfigureAwait(false));
                var estimate = OperationComplexityAnalyzer.Analyze(schema, operation, (string?)null, null, complexity).Cost;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"explorer {Path.GetFileNameWithoutExtension(file)}: estimated cost {estimate:0}"));
            }
        }

        if (outFile is not null)
        {
            await File.WriteAllLinesAsync(outFile, rows.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Source}\t{r.Cost}\t{r.CpuMicroseconds:0.0}\t{Whitespace().Replace(r.Query, " ")}"))).ConfigureAwait(false);
        }

        return 0;
    }

    /// <summary>CPU of the whole process per request: warm-up, then enough sequential repetitions to fill a quarter of a second.</summary>
    private static async Task<double> MeasureCpuAsync(HttpClient client, string query)
    {
        for (var i = 0; i < 5; i++)
        {
            await PostAsync(client, query).ConfigureAwait(false);
        }

        var process = Process.GetCurrentProcess();
        var wall = Stopwatch.StartNew();
        process.Refresh();
        var before = process.TotalProcessorTime;
        var repetitions = 0;
        while (repetitions < 20 || (wall.ElapsedMilliseconds < 250 && repetitions < 2000))
        {
            await PostAsync(client, query).ConfigureAwait(false);
            repetitions++;
        }

        process.Refresh();
        return (process.TotalProcessorTime - before).TotalMicroseconds / repetitions;
    }

    private static async Task<JsonNode> PostAsync(HttpClient client, string query)
    {
        using var response = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query }).ConfigureAwait(false);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync().ConfigureAwait(false))!;
    }

    private static bool IsRunnableQuery(Types.GraphQLSchema schema, string query, out DocumentNode document)
    {
        document = null!;
        try
        {
            document = Parser.Parse(query);
        }
        catch (Error.GraphQLException)
        {
            return false;
        }

        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        return operations.Count == 1 && operations[0].Operation == OperationType.Query
            && operations[0].VariableDefinitions.Count == 0
            && Validation.DocumentValidator.Validate(schema, document).Count == 0;
    }

    /// <summary>The corpus: documents of tests/conformance/corpus/api.mjs (single-quoted literals), the quick tour, the load queries, cost-corpus/.</summary>
    private static List<(string Source, string Query)> LoadCorpus(string root)
    {
        var documents = new List<(string, string)>();
        var api = File.ReadAllText(Path.Combine(root, "tests", "conformance", "corpus", "api.mjs"));
        foreach (Match match in SingleQuoted().Matches(api))
        {
            var text = match.Groups[1].Value.Replace("\\'", "'", StringComparison.Ordinal);
            documents.Add(("conformance", PlaceholderId().Replace(text, m => SeedIds.TryGetValue(m.Groups[1].Value, out var id) ? $"\"{id}\"" : m.Value)));
        }

        AddFolder(documents, "quick-tour", Path.Combine(root, "src", "SystemGraph.Api", "Explorer", "QuickTour"), onePerLine: false);
        AddFolder(documents, "load", Path.Combine(root, "bench", "SystemGraph.Load.Bench", "queries"), onePerLine: false);
        AddFolder(documents, "cost-corpus", Path.Combine(root, "bench", "SystemGraph.GraphQL.Bench", "cost-corpus"), onePerLine: true);
        return documents;
    }

    /// <summary>Each file one query, or (<paramref name="onePerLine"/>: cost-corpus/) one query per line after its comments.</summary>
    private static void AddFolder(List<(string, string)> documents, string source, string folder, bool onePerLine)
    {
        foreach (var file in Directory.GetFiles(folder, "*.graphql").Order(StringComparer.Ordinal))
        {
            if (!onePerLine)
            {
                documents.Add((source, File.ReadAllText(file)));
                continue;
            }

            foreach (var line in File.ReadAllLines(file).Where(l => l.Length > 0 && !l.StartsWith('#')))
            {
                documents.Add((source, line));
            }
        }
    }

    /// <summary>Spearman's rho: Pearson's correlation of the ranks (ties get their mean rank).</summary>
    internal static double Spearman(double[] x, double[] y)
    {
        var rx = Ranks(x);
        var ry = Ranks(y);
        var mx = rx.Average();
        var my = ry.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < rx.Length; i++)
        {
            sxy += (rx[i] - mx) * (ry[i] - my);
            sxx += (rx[i] - mx) * (rx[i] - mx);
            syy += (ry[i] - my) * (ry[i] - my);
        }

        return sxy / Math.Sqrt(sxx * syy);
    }

    private static double[] Ranks(double[] values)
    {
        var order = Enumerable.Range(0, values.Length).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Length];
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]])
            {
                end++;
            }

            for (var k = start; k <= end; k++)
            {
                ranks[order[k]] = (start + end) / 2.0 + 1;
            }

            start = end + 1;
        }

        return ranks;
    }

    [GeneratedRegex(@"^\s*'((?:[^'\\]|\\.)*)',?", RegexOptions.Multiline)]
    private static partial Regex SingleQuoted();

    [GeneratedRegex("\"(x|a|b|gm|scn-1)\"")]
    private static partial Regex PlaceholderId();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
