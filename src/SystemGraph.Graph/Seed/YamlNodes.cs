using YamlDotNet.RepresentationModel;

namespace SystemGraph.Graph.Seed;

/// <summary>Small helpers over YamlDotNet's representation model: typed reads that report where a value is wrong.</summary>
internal static class YamlNodes
{
    public static string? Scalar(this YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode scalar && !IsNull(scalar) ? scalar.Value : null;

    public static YamlNode? Node(this YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    public static IEnumerable<YamlNode> Items(this YamlMappingNode map, string key) =>
        map.Node(key) is YamlSequenceNode sequence ? sequence.Children : [];

    public static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && (scalar.Value is null or "" or "~" or "null" or "Null" or "NULL");

    public static int Line(this YamlNode node) => (int)node.Start.Line;

    public static int Column(this YamlNode node) => (int)node.Start.Column;
}
