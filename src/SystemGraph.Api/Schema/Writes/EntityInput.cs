using System.Collections.Immutable;
using SystemGraph.Graph.Model;

namespace SystemGraph.Api.Schema.Writes;

/// <summary>
/// Builds the entity a createEntity or updateEntity input describes. An update changes only the fields the input
/// gives (a given null clears an optional field); the cited source is added to the entity's sources either way.
/// </summary>
internal static class EntityInput
{
    public static Entity Create(WriteInput input, EntityKind kind, string id, SourceRef? source) =>
        Apply(input, new Entity { Id = id, Kind = kind, Name = input.RequiredString("name").Trim() }, source);

    public static Entity Update(WriteInput input, Entity existing, SourceRef? source) => Apply(input, existing, source);

    /// <summary>A URL-safe slug from a name, as the seed's ids are: "NHS Bury CCG" -> "nhs-bury-ccg".</summary>
    public static string Slug(string name) => SystemGraph.Ingestion.Candidates.Slugs.Unbounded(name);

    private static Entity Apply(WriteInput input, Entity entity, SourceRef? source)
    {
        var e = entity;
        if (input.Has("name") && input.String("name") is { } name)
        {
            e = e with { Name = name.Trim() };
        }

        if (input.Has("aliases"))
        {
            e = e with { Aliases = [.. input.Strings("aliases") ?? []] };
        }

        if (input.Has("description"))
        {
            e = e with { Description = input.String("description") };
        }

        if (input.Has("validFrom"))
        {
            e = e with { ValidFrom = input.Date("validFrom") };
        }

        if (input.Has("validTo"))
        {
            e = e with { ValidTo = input.Date("validTo") };
        }

        if (input.Has("type"))
        {
            e = e with { Type = input.String("type")?.Trim().ToUpperInvariant() };
        }

        if (input.Has("odsCode"))
        {
            e = e with { OdsCode = input.String("odsCode")?.Trim().ToUpperInvariant() };
        }

        if (input.Has("level"))
        {
            e = e with { Level = input.Enum<SpatialLevel>("level") };
        }

        if (input.Has("category"))
        {
            e = e with { Category = input.Enum<ServiceCategory>("category") };
        }

        if (input.Has("isLegalEntity"))
        {
            e = e with { IsLegalEntity = input.Bool("isLegalEntity") };
        }

        if (input.Has("isDecisionMaking"))
        {
            e = e with { IsDecisionMaking = input.Bool("isDecisionMaking") };
        }

        if (input.Has("legallyBinding"))
        {
            e = e with { LegallyBinding = input.Bool("legallyBinding") };
        }

        if (input.Has("amountGbp"))
        {
            e = e with { AmountGbp = input.Float("amountGbp") is { } amount ? (decimal)amount : null };
        }

        if (input.Has("attributes"))
        {
            var attributes = ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);
            foreach (var attribute in input.Objects("attributes") ?? [])
            {
                attributes = attributes.SetItem(attribute.RequiredString("name"), attribute.RequiredString("value"));
            }

            e = e with { Attributes = attributes };
        }

        if (source is not null && !e.Sources.Contains(source))
        {
            e = e with { Sources = e.Sources.Add(source) };
        }

        return e;
    }
}
