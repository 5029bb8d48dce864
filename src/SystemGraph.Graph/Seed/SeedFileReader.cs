using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using SystemGraph.Graph.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SystemGraph.Graph.Seed;

/// <summary>
/// Reads one seed file (format: graph-seed/README.md) into entities and relationships, reporting every
/// problem it can see within the file with its line and column. Cross-file checks are the validator's.
/// </summary>
internal sealed partial class SeedFileReader
{
    private static readonly ImmutableHashSet<string> TopLevelKeys = ["documents", "entities", "relationships", "extend"];

    private static readonly ImmutableHashSet<string> EntityKeys =
    [
        "id", "kind", "name", "aliases", "description", "validFrom", "validTo", "type", "odsCode", "legalEntity",
        "decisionMaking", "level", "category", "legallyBinding", "amountGbp", "deliverables", "file", "publishedOn",
        "publisher", "attributes", "sources", "formerIds", "sharedAliases", "title", "url",
    ];

    private static readonly ImmutableHashSet<string> RelationshipKeys =
    [
        "id", "type", "from", "to", "status", "statusNote", "validFrom", "validTo", "role", "membershipLevel",
        "level", "description", "attributes", "sources", "basis", "rationale", "mentions",
    ];

    private static readonly ImmutableHashSet<string> SourceKeys = ["document", "section", "quote", "table"];

    private static readonly ImmutableHashSet<string> MentionsKeys = ["from", "to"];

    private static readonly ImmutableHashSet<string> ExtendKeys = ["id", "aliases", "sources", "attributes"];

    private readonly List<SeedProblem> problems;
    private readonly SeedFile file;
    private string? defaultDocument;

    private SeedFileReader(string fileName, List<SeedProblem> problems)
    {
        file = new SeedFile(fileName);
        this.problems = problems;
    }

    public static SeedFile Read(string fileName, string text, List<SeedProblem> problems)
    {
        var reader = new SeedFileReader(fileName, problems);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            problems.Add(new SeedProblem(fileName, (int)e.Start.Line, (int)e.Start.Column, "YAML_SYNTAX", e.Message));
            return reader.file;
        }

        if (stream.Documents.Count == 0)
        {
            return reader.file;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            reader.Problem(stream.Documents[0].RootNode, "BAD_SHAPE", "A seed file is a mapping with documents, entities, relationships and extend.");
            return reader.file;
        }

        reader.CheckKeys(root, TopLevelKeys, "top-level key");
        foreach (var node in root.Items("documents"))
        {
            reader.ReadEntity(node, isDocument: true);
        }

        foreach (var node in root.Items("entities"))
        {
            reader.ReadEntity(node, isDocument: false);
        }

        foreach (var node in root.Items("relationships"))
        {
            reader.ReadRelationship(node);
        }

        foreach (var node in root.Items("extend"))
        {
            reader.ReadExtend(node);
        }

        return reader.file;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    internal static partial Regex Slug();

    private void Problem(YamlNode node, string code, string message) =>
        problems.Add(new SeedProblem(file.Name, node.Line(), node.Column(), code, message));

    private void CheckKeys(YamlMappingNode map, ImmutableHashSet<string> allowed, string what)
    {
        foreach (var key in map.Children.Keys.OfType<YamlScalarNode>())
        {
            if (key.Value is null || !allowed.Contains(key.Value))
            {
                Problem(key, "UNKNOWN_FIELD", $"Unknown {what} '{key.Value}'.");
            }
        }
    }

    private string? RequiredId(YamlMappingNode map, string what)
    {
        var id = map.Scalar("id");
        if (id is null)
        {
            Problem(map, "MISSING_ID", $"{what} has no id.");
        }
        else if (!Slug().IsMatch(id))
        {
            Problem(map.Node("id")!, "BAD_ID", $"Id '{id}' is not a slug (lower-case letters, digits and single hyphens).");
        }

        return id;
    }

    private TEnum? Enum<TEnum>(YamlMappingNode map, string key)
        where TEnum : struct, System.Enum
    {
        var text = map.Scalar(key);
        if (text is null)
        {
            return null;
        }

        if (GraphNames.TryParse<TEnum>(text, out var value))
        {
            return value;
        }

        Problem(map.Node(key)!, "UNKNOWN_" + key.ToUpperInvariant(), $"Unknown {key} '{text}'. Expected one of: {string.Join(", ", GraphNames.AllWire<TEnum>())}.");
        return null;
    }

    private DateOnly? Date(YamlMappingNode map, string key)
    {
        var text = map.Scalar(key);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Problem(map.Node(key)!, "BAD_DATE", $"'{text}' is not a date (yyyy-MM-dd).");
        return null;
    }

    private bool? Boolean(YamlMappingNode map, string key)
    {
        var text = map.Scalar(key);
        if (text is null)
        {
            return null;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        Problem(map.Node(key)!, "BAD_BOOLEAN", $"'{text}' is not true or false.");
        return null;
    }

    private decimal? Number(YamlMappingNode map, string key)
    {
        var text = map.Scalar(key);
        if (text is null)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Problem(map.Node(key)!, "BAD_NUMBER", $"'{text}' is not a number.");
        return null;
    }

    private ImmutableArray<string> Strings(YamlMappingNode map, string key)
    {
        switch (map.Node(key))
        {
            case null:
                return [];
            case YamlSequenceNode sequence:
                return [.. sequence.Children.OfType<YamlScalarNode>().Where(s => !YamlNodes.IsNull(s)).Select(s => s.Value!)];
            case YamlScalarNode scalar when YamlNodes.IsNull(scalar):
                return [];
            case var other:
                Problem(other, "BAD_SHAPE", $"'{key}' must be a list of strings.");
                return [];
        }
    }

    private ImmutableSortedDictionary<string, string> Attributes(YamlMappingNode map)
    {
        var result = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        switch (map.Node("attributes"))
        {
            case null:
                break;
            case YamlMappingNode attributes:
                foreach (var (key, value) in attributes.Children)
                {
                    if (key is YamlScalarNode k && value is YamlScalarNode v && k.Value is not null)
                    {
                        result[k.Value] = v.Value ?? string.Empty;
                    }
                    else
                    {
                        Problem(key, "BAD_SHAPE", "Attributes map names to text.");
                    }
                }

                break;
            case var other:
                Problem(other, "BAD_SHAPE", "'attributes' must be a mapping of names to text.");
                break;
        }

        return result.ToImmutable();
    }
}
