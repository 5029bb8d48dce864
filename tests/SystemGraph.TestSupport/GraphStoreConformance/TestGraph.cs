using System.Collections.Immutable;
using SystemGraph.Graph.Model;

namespace SystemGraph.TestSupport.GraphStoreConformance;

/// <summary>Small hand-built graphs for store and traversal tests: terse constructors with sensible defaults.</summary>
public static class TestGraph
{
    public static readonly SourceRef Source = new("doc-test", "para 1", "a quote");

    public static Entity Org(string id, string? name = null, string? type = "NHS_TRUST", DateOnly? validFrom = null, DateOnly? validTo = null, params string[] aliases) => new()
    {
        Id = id,
        Kind = EntityKind.Organisation,
        Name = name ?? id,
        Type = type,
        Aliases = [.. aliases],
        ValidFrom = validFrom,
        ValidTo = validTo,
        Sources = [Source],
    };

    public static Entity Board(string id, string? name = null, bool? legal = false) => new()
    {
        Id = id,
        Kind = EntityKind.Board,
        Name = name ?? id,
        Type = "PARTNERSHIP_BOARD",
        IsLegalEntity = legal,
        Sources = [Source],
    };

    public static Entity Person(string id, string? name = null) => new()
    {
        Id = id,
        Kind = EntityKind.Person,
        Name = name ?? id,
        Sources = [Source],
    };

    public static Entity Document(string id = "doc-test") => new()
    {
        Id = id,
        Kind = EntityKind.Document,
        Name = id,
        File = id + ".txt",
    };

    public static Relationship Line(
        string from,
        RelationshipType type,
        string to,
        RelationshipStatus status = RelationshipStatus.Agreed,
        DateOnly? validFrom = null,
        DateOnly? validTo = null,
        string? role = null,
        string? id = null) => new()
        {
            Id = id ?? $"{from}.{GraphNames.ToKebab(type)}.{to}",
            Type = type,
            FromId = from,
            ToId = to,
            Status = status,
            ValidFrom = validFrom,
            ValidTo = validTo,
            Role = role,
            Sources = ImmutableArray.Create(Source),
        };

    public static DateOnly Date(int year, int month, int day) => new(year, month, day);
}
