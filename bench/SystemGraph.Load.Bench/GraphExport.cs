using System.Text.Json;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Seed;
using SystemGraph.Graph.Seed.Reference;

namespace SystemGraph.Load.Bench;

/// <summary>
/// Writes the graph the API serves (the seed plus the national reference data, loaded by the same
/// SeedLoader and OdsImporter as the host) as JSON, so the graphql-js peer answers over the same data.
/// Enum values are in their wire form; <c>typeRank</c> is the relationship type's position in the store's
/// line order (type first), which the peer needs to list lines in the same order.
/// </summary>
internal static class GraphExport
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var seed = Arguments.Required(args, "--seed");
        var ods = Arguments.Get(args, "--ods");
        var output = Arguments.Required(args, "--out");

        var result = await SeedLoader.LoadAsync(seed, null, cancellationToken).ConfigureAwait(false);
        if (result.Graph is null)
        {
            await Console.Error.WriteLineAsync($"The seed in {seed} is invalid: {result.Problems.Count} problems.").ConfigureAwait(false);
            return 1;
        }

        var graph = result.Graph;
        if (ods is not null && !string.Equals(ods, "none", StringComparison.OrdinalIgnoreCase))
        {
            graph = await OdsImporter.ImportAsync(ods, graph, cancellationToken).ConfigureAwait(false);
        }

        var file = File.Create(output);
        await using (file.ConfigureAwait(false))
        {
            await using var json = new Utf8JsonWriter(file);
            json.WriteStartObject();
            json.WriteStartArray("entities");
            foreach (var entity in graph.Entities)
            {
                WriteEntity(json, entity);
            }

            json.WriteEndArray();
            json.WriteStartArray("relationships");
            foreach (var line in graph.Relationships)
            {
                WriteRelationship(json, line);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        Console.WriteLine($"{graph.Entities.Count} entities, {graph.Relationships.Count} relationships -> {output}");
        return 0;
    }

    private static void WriteEntity(Utf8JsonWriter json, Entity entity)
    {
        json.WriteStartObject();
        json.WriteString("id", entity.Id);
        json.WriteString("kind", GraphNames.ToWire(entity.Kind));
        json.WriteString("name", entity.Name);
        json.WriteStartArray("aliases");
        foreach (var alias in entity.Aliases)
        {
            json.WriteStringValue(alias);
        }

        json.WriteEndArray();
        WriteOptional(json, "type", entity.Type);
        WriteOptional(json, "odsCode", entity.OdsCode);
        WriteOptional(json, "validFrom", entity.ValidFrom?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        WriteOptional(json, "validTo", entity.ValidTo?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteEndObject();
    }

    private static void WriteRelationship(Utf8JsonWriter json, Relationship line)
    {
        json.WriteStartObject();
        json.WriteString("id", line.Id);
        json.WriteString("type", GraphNames.ToWire(line.Type));
        json.WriteNumber("typeRank", (int)line.Type);
        json.WriteString("from", line.FromId);
        json.WriteString("to", line.ToId);
        json.WriteString("status", GraphNames.ToWire(line.Status));
        WriteOptional(json, "role", line.Role);
        WriteOptional(json, "validFrom", line.ValidFrom?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        WriteOptional(json, "validTo", line.ValidTo?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
