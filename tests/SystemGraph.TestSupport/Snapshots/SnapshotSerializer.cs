using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace SystemGraph.TestSupport.Snapshots;

/// <summary>
/// The normal form of a snapshot: indented JSON (two spaces), camelCase names, enums as strings,
/// non-ASCII text unescaped so snapshots read as the data does. Property order is kept: GraphQL
/// responses are ordered, and a snapshot should show that order.
/// </summary>
public static class SnapshotSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(object? value) => JsonSerializer.Serialize(value, Options);

    public static string NormalizeJson(string json) => JsonNode.Parse(json) is { } node ? node.ToJsonString(Options) : "null";
}
