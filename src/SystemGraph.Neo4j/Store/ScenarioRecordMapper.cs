using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using SystemGraph.Graph.Changes;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;

namespace SystemGraph.Neo4j.Store;

/// <summary>
/// <c>:Scenario</c> and <c>:AuditEntry</c> nodes to and from their properties. Writes are kept as JSON with the
/// embedded journal's options (<see cref="GraphWrite"/> is polymorphic), audit entries as JSON with the web
/// defaults and enum names. Times are fixed-width UTC strings (<c>yyyy-MM-ddTHH:mm:ss.fffffffZ</c>): exact to the
/// tick, and they order and compare correctly as text.
/// </summary>
internal static class ScenarioRecordMapper
{
    /// <summary>How audit entries are serialised (web defaults, enums by name).</summary>
    public static readonly JsonSerializerOptions AuditJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    /// <summary>How scenario writes are serialised: the embedded store's journal options.</summary>
    private static JsonSerializerOptions WritesJson => GraphWriteJson.Options;

    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    /// <summary>Every property of a scenario node (writes and base versions as JSON).</summary>
    public static Dictionary<string, object?> ToProperties(ScenarioState scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var info = scenario.Info;
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = info.Id,
            ["name"] = info.Name,
            ["description"] = info.Description,
            ["createdBy"] = info.CreatedBy,
            ["createdAt"] = Time(info.CreatedAt),
            ["status"] = GraphNames.ToWire(info.Status),
            ["revision"] = info.Revision,
            ["changeCount"] = info.ChangeCount,
            ["closedBy"] = info.ClosedBy,
            ["closedAt"] = info.ClosedAt is { } closed ? Time(closed) : null,
            ["writes"] = JsonSerializer.Serialize<IReadOnlyList<GraphWrite>>(scenario.Writes, WritesJson),
            ["baseVersions"] = JsonSerializer.Serialize(new SortedDictionary<string, long>(scenario.BaseVersions, StringComparer.Ordinal), WritesJson),
        };
    }

    /// <summary>A scenario node's map (<c>s {.*}</c>); the writes and base versions are empty when the map leaves them out.</summary>
    public static ScenarioState ToScenario(JsonElement map)
    {
        var statusWire = Neo4jValues.RequiredString(map, "status");
        if (!GraphNames.TryParse<ScenarioStatus>(statusWire, out var status))
        {
            throw new FormatException($"Neo4j returned a scenario with unknown status '{statusWire}'.");
        }

        var info = new Scenario(
            Neo4jValues.RequiredString(map, "id"),
            Neo4jValues.RequiredString(map, "name"),
            Neo4jValues.String(map, "description"),
            Neo4jValues.RequiredString(map, "createdBy"),
            ParseTime(Neo4jValues.RequiredString(map, "createdAt")),
            status,
            Neo4jValues.Long(map, "revision") ?? 0,
            (int)(Neo4jValues.Long(map, "changeCount") ?? 0),
            Neo4jValues.String(map, "closedBy"),
            Neo4jValues.String(map, "closedAt") is { } closedAt ? ParseTime(closedAt) : null);
        var writes = Neo4jValues.String(map, "writes") is { } writesJson
            ? JsonSerializer.Deserialize<List<GraphWrite>>(writesJson, WritesJson) ?? []
            : [];
        var baseVersions = Neo4jValues.String(map, "baseVersions") is { } versionsJson
            ? JsonSerializer.Deserialize<Dictionary<string, long>>(versionsJson, WritesJson) ?? []
            : [];
        return new ScenarioState(info, [.. writes], ImmutableDictionary.CreateRange(StringComparer.Ordinal, baseVersions));
    }

    /// <summary>
    /// An audit entry node's properties: what the log is queried by (sequence, time, scenario, the records it
    /// touched) and the whole entry as JSON, which is what a read returns.
    /// </summary>
    public static Dictionary<string, object?> ToProperties(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var targets = entry.Changes.Select(c => c.TargetId).Distinct(StringComparer.Ordinal).ToArray();
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["seq"] = entry.Sequence,
            ["version"] = entry.Version,
            ["at"] = Time(entry.At),
            ["author"] = entry.Author,
            ["operation"] = entry.Operation,
            ["scenarioId"] = entry.ScenarioId,

            // Neo4j cannot type an empty list property: an entry that touched no record has none.
            ["targetIds"] = targets.Length == 0 ? null : targets,
            ["json"] = JsonSerializer.Serialize(entry, AuditJson),
        };
    }

    public static AuditEntry ToAuditEntry(string json) =>
        JsonSerializer.Deserialize<AuditEntry>(json, AuditJson) ?? throw new FormatException("Neo4j returned an empty audit entry.");
}
