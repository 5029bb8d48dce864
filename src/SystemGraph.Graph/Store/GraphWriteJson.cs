using System.Text.Json;
using System.Text.Json.Serialization;

namespace SystemGraph.Graph.Store;

/// <summary>
/// How writes are kept as JSON, by every store that keeps them (the embedded journal; a scenario's writes on its Neo4j
/// node): one form, so a batch reads back the same wherever it was stored.
/// </summary>
public static class GraphWriteJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
