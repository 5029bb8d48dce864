using SystemGraph.Graph.Model;
using YamlDotNet.RepresentationModel;

namespace SystemGraph.Graph.Seed.Validation;

/// <summary>Where a cited document's text is: a paper in the sources folder, an external citation, or reference data.</summary>
internal enum CitedDocumentKind
{
    /// <summary>A file name: one of the papers in ../shared/seeds.</summary>
    Paper,

    /// <summary>No file, or a URL: an Act, a framework, guidance (needs url, section and a long enough quote).</summary>
    External,

    /// <summary>A path with a folder (ods/...): an extract of reference data, whose quotes are records.</summary>
    ReferenceData,

    /// <summary>Not declared as a document (reported as UNKNOWN_DOCUMENT).</summary>
    Unknown,
}

/// <summary>What a <see cref="SeedRule"/> reads: the seed as written and as combined, and the papers when given.</summary>
internal sealed class SeedValidationContext(
    IReadOnlyList<SeedFile> files,
    IReadOnlyDictionary<string, Located<Entity>> declared,
    IReadOnlyDictionary<string, Entity> entities,
    IReadOnlyList<SeedLine> lines,
    IReadOnlyDictionary<string, string>? paperTexts,
    List<SeedProblem> problems)
{
    private readonly Dictionary<string, string> foldedTexts = new(StringComparer.Ordinal);

    public IReadOnlyList<SeedFile> Files { get; } = files;

    /// <summary>Entities by id, where they were declared.</summary>
    public IReadOnlyDictionary<string, Located<Entity>> Declared { get; } = declared;

    /// <summary>Entities by id with their extends merged (aliases and sources from every file).</summary>
    public IReadOnlyDictionary<string, Entity> Entities { get; } = entities;

    /// <summary>Relationships with distinct ids and both ends declared; ends written as former ids are resolved.</summary>
    public IReadOnlyList<SeedLine> Lines { get; } = lines;

    /// <summary>True when the papers were given (<c>--sources</c>): the rules that read them run.</summary>
    public bool HasSources => paperTexts is not null;

    public IEnumerable<SeedSource> AllSources => Files.SelectMany(f => f.Sources);

    /// <summary>The text of a cited paper as written, when the sources folder holds it.</summary>
    public string? PaperText(string documentId) => paperTexts?.GetValueOrDefault(documentId);

    /// <summary>The text of a cited paper folded for comparison (<see cref="EvidenceText.Fold"/>).</summary>
    public string? FoldedPaperText(string documentId)
    {
        if (PaperText(documentId) is not { } text)
        {
            return null;
        }

        if (!foldedTexts.TryGetValue(documentId, out var folded))
        {
            folded = EvidenceText.Fold(text);
            foldedTexts[documentId] = folded;
        }

        return folded;
    }

    public CitedDocumentKind KindOf(string documentId) =>
        Entities.GetValueOrDefault(documentId) is not { Kind: EntityKind.Document } document ? CitedDocumentKind.Unknown
        : document.File is not { } file || file.Contains("://", StringComparison.Ordinal) ? CitedDocumentKind.External
        : file.Contains('/', StringComparison.Ordinal) || file.Contains('\\', StringComparison.Ordinal) ? CitedDocumentKind.ReferenceData
        : CitedDocumentKind.Paper;

    public void Report(SeedRule rule, string file, YamlNode node, string message) =>
        problems.Add(new SeedProblem(file, node.Line(), node.Column(), rule.Code, message));

    /// <summary>A value node of a mapping, or the mapping itself when the key is absent (where to report).</summary>
    public static YamlNode At(YamlNode map, string key) => (map as YamlMappingNode)?.Node(key) ?? map;

    public static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
