using SystemGraph.Graph.Model;
using SystemGraph.Graph.Seed;
using SystemGraph.Ingestion.Candidates;
using SystemGraph.Ingestion.Drafting;
using SystemGraph.Ingestion.Reading;
using SystemGraph.Ingestion.Text;

namespace SystemGraph.Api.Cli;

/// <summary>
/// <c>seed draft --document FILE --out DRAFT.yaml [--seed DIR] [--title T] [--publisher P] [--date YYYY-MM-DD]
/// [--max-bytes N]</c>: reads a paper (PDF, .docx, HTML or text) and writes a seed file in the graph-seed format with
/// the candidate entities and lines found in it, for review in git; entities already in the seed (default
/// graph-seed/) are referred to by id. The paper's text is written beside the draft (DRAFT.txt), and the draft's
/// document cites it, so <c>seed validate --sources</c> can check every quote.
/// </summary>
internal static class SeedDraftCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        var options = CommandOptions.Parse(args, ["--document", "--out", "--seed", "--title", "--publisher", "--date", "--max-bytes"]);
        if (options.Error is not null || options.Get("--document") is not { } document || options.Get("--out") is not { } outPath)
        {
            await output.WriteLineAsync(options.Error ?? "Give --document FILE and --out DRAFT.yaml.").ConfigureAwait(false);
            return 2;
        }

        if (!File.Exists(document))
        {
            await output.WriteLineAsync($"--document {document}: no such file.").ConfigureAwait(false);
            return 2;
        }

        DateOnly? date = null;
        if (options.Get("--date") is { } givenDate)
        {
            if (!DateOnly.TryParseExact(givenDate, "yyyy-MM-dd", out var parsed))
            {
                await output.WriteLineAsync($"--date {givenDate}: give the date as YYYY-MM-DD.").ConfigureAwait(false);
                return 2;
            }

            date = parsed;
        }

        var limits = options.Get("--max-bytes") is { } max && long.TryParse(max, out var maxBytes) ? new ReadLimits(maxBytes) : ReadLimits.Default;
        var seedDirectory = options.Get("--seed") is { } seedGiven ? RepositoryLayout.ResolveDirectory(seedGiven) : RepositoryLayout.DefaultSeedDirectory;
        var known = new List<Entity>();
        if (seedDirectory is not null && Directory.Exists(seedDirectory))
        {
            var seed = await SeedLoader.LoadAsync(seedDirectory, null, cancellationToken).ConfigureAwait(false);
            if (seed.Graph is null)
            {
                await output.WriteLineAsync($"The seed in {seedDirectory} does not load ({seed.Problems.Count} problem(s)); run `seed validate` first, or give --seed.").ConfigureAwait(false);
                return 1;
            }

            known.AddRange(seed.Graph.Entities);
        }

        PaperText paper;
        try
        {
            var bytes = await File.ReadAllBytesAsync(document, cancellationToken).ConfigureAwait(false);
            paper = PaperReader.Read(bytes, document, new PaperMetadata(options.Get("--title"), options.Get("--publisher"), date), limits);
        }
        catch (PaperReadException e)
        {
            await output.WriteLineAsync($"{document}: {e.Message} [{e.Code}]").ConfigureAwait(false);
            return 1;
        }

        var taken = known.Select(e => e.Id).Concat(known.SelectMany(e => e.FormerIds)).ToHashSet(StringComparer.Ordinal);
        var catalog = new EntityCatalog(known.Where(e => e.Kind != EntityKind.Document).Select(KnownEntity.From));
        var extraction = await PaperExtractor.ExtractAsync(paper, catalog, taken, cancellationToken).ConfigureAwait(false);

        var outFull = Path.GetFullPath(outPath);
        var textFile = Path.ChangeExtension(Path.GetFileName(outFull), ".txt");
        var documentId = "doc-" + Slugs.Of(Path.GetFileNameWithoutExtension(outFull));
        for (var n = 2; taken.Contains(documentId); n++)
        {
            documentId = $"doc-{Slugs.Of(Path.GetFileNameWithoutExtension(outFull))}-{n}";
        }

        Directory.CreateDirectory(Path.GetDirectoryName(outFull)!);
        await File.WriteAllTextAsync(Path.Combine(Path.GetDirectoryName(outFull)!, textFile), paper.Text, cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(outFull, SeedDraftWriter.Write(extraction, documentId, textFile, Path.GetFileName(document)), cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync(
            $"Wrote {outPath}: {extraction.Lines.Count} candidate line(s) ({extraction.Lines.Count(l => l.Basis == RelationshipBasis.Stated)} STATED), " +
            $"{extraction.NewEntitiesInLines.Count} new entit(ies); the paper's text is in {textFile}. Check it with: seed validate --seed DIR --sources DIR").ConfigureAwait(false);
        return 0;
    }
}
