using SystemGraph.Graph.Model;
using SystemGraph.Ingestion.Candidates;
using YamlDotNet.RepresentationModel;

namespace SystemGraph.Ingestion.Bench;

/// <summary>
/// The hand-made gold of one held-out paper (<c>NN-slug.gold.yaml</c> beside <c>NN-slug.txt</c>, both kept outside the
/// repository: the papers are third-party text). <c>entities</c>: <c>{ id, kind, name, aliases }</c>, named as the paper
/// names them; <c>lines</c>: <c>{ type, from, to, quote }</c>, every line the paper STATES among the asked types, ends by
/// entity id. Other keys (source, system, document, date, truncated) describe the paper and are not read here.
/// </summary>
internal sealed record HeldOutGold(IReadOnlyList<KnownEntity> Entities, IReadOnlyList<(RelationshipType Type, string FromId, string ToId)> Lines)
{
    /// <summary>Each line's quote, as the labeller wrote it ("..." for elided words, " / " for a line break), by position in <see cref="Lines"/>.</summary>
    public IReadOnlyList<string> Quotes { get; init; } = [];

    public static HeldOutGold Read(string path, string text)
    {
        var stream = new YamlStream();
        using (var reader = new StringReader(text))
        {
            stream.Load(reader);
        }

        var root = stream.Documents.FirstOrDefault()?.RootNode as YamlMappingNode ?? throw Bad(path, "not a YAML mapping");
        var entities = Items(root, "entities", path).Select(e => new KnownEntity(
            Scalar(e, "id", path),
            GraphNames.TryParse<EntityKind>(Scalar(e, "kind", path), out var kind) ? kind : throw Bad(path, $"unknown kind '{Scalar(e, "kind", path)}'"),
            Scalar(e, "name", path),
            e.Children.TryGetValue(new YamlScalarNode("aliases"), out var aliases) && aliases is YamlSequenceNode list
                ? [.. list.Children.OfType<YamlScalarNode>().Select(a => a.Value ?? string.Empty)]
                : [])).ToList();

        var ids = entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        if (ids.Count != entities.Count)
        {
            throw Bad(path, "an entity id is declared twice");
        }

        var lines = Items(root, "lines", path).Select(l =>
        {
            var type = Scalar(l, "type", path);
            var (from, to) = (Scalar(l, "from", path), Scalar(l, "to", path));
            if (!GraphNames.TryParse<RelationshipType>(type, out var parsed) || !Scorer.AskedTypes.Contains(parsed))
            {
                throw Bad(path, $"'{type}' is not one of the asked line types");
            }

            return ids.Contains(from) && ids.Contains(to) ? (parsed, from, to) : throw Bad(path, $"{type} {from} -> {to}: an end is not among the entities");
        }).ToList();
        var quotes = Items(root, "lines", path)
            .Select(l => l.Children.TryGetValue(new YamlScalarNode("quote"), out var q) && q is YamlScalarNode { Value: { } quote } ? quote : string.Empty)
            .ToList();
        return new HeldOutGold(entities, lines) { Quotes = quotes };
    }

    private static IEnumerable<YamlMappingNode> Items(YamlMappingNode root, string key, string path) =>
        root.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode list
            ? list.Children.Select(n => n as YamlMappingNode ?? throw Bad(path, $"an item of '{key}' is not a mapping"))
            : throw Bad(path, $"no '{key}' list");

    private static string Scalar(YamlMappingNode node, string key, string path) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode { Value: { Length: > 0 } text }
            ? text
            : throw Bad(path, $"an item has no '{key}'");

    private static InvalidDataException Bad(string path, string message) => new($"{path}: {message}");
}
