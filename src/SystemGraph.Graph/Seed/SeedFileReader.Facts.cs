using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SystemGraph.Graph.Model;
using YamlDotNet.RepresentationModel;

namespace SystemGraph.Graph.Seed;

/// <summary>Reading entities, relationships, extends and sources.</summary>
internal sealed partial class SeedFileReader
{
    private void ReadEntity(YamlNode node, bool isDocument)
    {
        if (node is not YamlMappingNode map)
        {
            Problem(node, "BAD_SHAPE", "An entity is a mapping.");
            return;
        }

        CheckKeys(map, EntityKeys, "entity field");
        var id = RequiredId(map, "An entity");
        var kind = isDocument ? EntityKind.Document : Enum<EntityKind>(map, "kind");
        if (!isDocument && map.Scalar("kind") is null)
        {
            Problem(map, "MISSING_KIND", $"Entity '{id}' has no kind.");
        }

        // A DOCUMENT under entities: is one the paper mentions (a white paper, a strategy) rather than one this file
        // cites: allowed, like any entity it needs sources; it becomes citable but is never the file's default source.
        var name = map.Scalar("name");
        if (name is null)
        {
            Problem(map, "MISSING_NAME", $"Entity '{id}' has no name.");
        }

        if (isDocument)
        {
            defaultDocument ??= id;
        }

        var sources = ReadSources(map, $"entity '{id}'", required: !isDocument);
        var formerIds = Strings(map, "formerIds");
        foreach (var formerId in formerIds.Where(f => !Slug().IsMatch(f)))
        {
            Problem(map.Node("formerIds")!, "BAD_ID", $"Former id '{formerId}' is not a slug.");
        }

        var level = Enum<SpatialLevel>(map, "level");
        var category = Enum<ServiceCategory>(map, "category");
        if (kind == EntityKind.Area && level is null && map.Scalar("level") is null)
        {
            Problem(map, "MISSING_LEVEL", $"Area '{id}' needs a level.");
        }

        if (kind == EntityKind.Service && category is null && map.Scalar("category") is null)
        {
            Problem(map, "MISSING_CATEGORY", $"Service '{id}' needs a category.");
        }

        if (id is null || kind is null || name is null)
        {
            return;
        }

        var entity = new Entity
        {
            Id = id,
            Kind = kind.Value,
            Name = name,
            Aliases = Strings(map, "aliases"),
            FormerIds = formerIds,
            SharedAliases = Strings(map, "sharedAliases"),
            Description = map.Scalar("description"),
            ValidFrom = Date(map, "validFrom"),
            ValidTo = Date(map, "validTo"),
            Type = map.Scalar("type"),
            OdsCode = map.Scalar("odsCode"),
            IsLegalEntity = Boolean(map, "legalEntity"),
            IsDecisionMaking = Boolean(map, "decisionMaking"),
            Level = level,
            Category = category,
            LegallyBinding = Boolean(map, "legallyBinding"),
            AmountGbp = Number(map, "amountGbp"),
            Deliverables = Strings(map, "deliverables"),
            File = map.Scalar("file"),
            PublishedOn = Date(map, "publishedOn"),
            Publisher = map.Scalar("publisher"),
            Title = map.Scalar("title"),
            Url = map.Scalar("url"),
            Attributes = Attributes(map),
            Sources = [.. sources.Select(s => s.Source)],
        };
        file.Entities.Add(new Located<Entity>(entity, file.Name, map));
        file.EntitySources.Add(sources);
    }

    private void ReadRelationship(YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            Problem(node, "BAD_SHAPE", "A relationship is a mapping.");
            return;
        }

        CheckKeys(map, RelationshipKeys, "relationship field");
        var from = map.Scalar("from");
        var to = map.Scalar("to");
        var type = Enum<RelationshipType>(map, "type");
        var status = Enum<RelationshipStatus>(map, "status");
        var what = $"relationship {from} {map.Scalar("type")} {to}";
        foreach (var (key, value) in new[] { ("from", from), ("to", to), ("type", map.Scalar("type")), ("status", map.Scalar("status")) })
        {
            if (value is null)
            {
                Problem(map, "MISSING_" + key.ToUpperInvariant(), $"The {what} has no {key}.");
            }
        }

        var role = map.Scalar("role");
        var explicitId = map.Scalar("id");
        if (explicitId is not null && !Slug().IsMatch(explicitId.Replace('.', '-')))
        {
            Problem(map.Node("id")!, "BAD_ID", $"Relationship id '{explicitId}' must be slugs joined by dots.");
        }

        var sources = ReadSources(map, what, required: true);
        var basis = Enum<RelationshipBasis>(map, "basis");
        var mentions = ReadMentions(map);
        if (from is null || to is null || type is null || status is null)
        {
            return;
        }

        var relationship = new Relationship
        {
            Id = explicitId ?? DefaultId(from, type.Value, to, role),
            Type = type.Value,
            FromId = from,
            ToId = to,
            Status = status.Value,
            StatusNote = map.Scalar("statusNote"),
            ValidFrom = Date(map, "validFrom"),
            ValidTo = Date(map, "validTo"),
            Role = role,
            MembershipLevel = Enum<MembershipLevel>(map, "membershipLevel"),
            Level = Enum<SpatialLevel>(map, "level"),
            Description = map.Scalar("description"),
            Basis = basis ?? RelationshipBasis.Stated,
            Rationale = map.Scalar("rationale"),
            Attributes = Attributes(map),
            Sources = [.. sources.Select(s => s.Source)],
        };
        file.Lines.Add(new SeedLine(new Located<Relationship>(relationship, file.Name, map), mentions, sources));
    }

    private void ReadExtend(YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            Problem(node, "BAD_SHAPE", "An extend entry is a mapping.");
            return;
        }

        CheckKeys(map, ExtendKeys, "extend field");
        var id = RequiredId(map, "An extend entry");
        var sources = ReadSources(map, $"extend '{id}'", required: false);
        if (id is null)
        {
            return;
        }

        file.Extends.Add(new Located<SeedExtend>(new SeedExtend(id, Strings(map, "aliases"), Attributes(map)), file.Name, map));
        file.ExtendSources.Add([.. sources.Select(s => s.Source)]);
        file.ExtendSeedSources.Add(sources);
    }

    private List<SeedSource> ReadSources(YamlMappingNode map, string what, bool required)
    {
        var items = map.Items("sources").ToList();
        if (items.Count == 0)
        {
            if (required)
            {
                Problem(map, "MISSING_SOURCE", $"The {what} cites no source.");
            }

            return [];
        }

        var result = new List<SeedSource>(items.Count);
        foreach (var item in items)
        {
            if (item is not YamlMappingNode source)
            {
                Problem(item, "BAD_SHAPE", "A source is a mapping of document, section and quote.");
                continue;
            }

            CheckKeys(source, SourceKeys, "source field");
            var document = source.Scalar("document") ?? defaultDocument;
            if (document is null)
            {
                Problem(source, "NO_DOCUMENT", $"A source of the {what} names no document, and the file declares none.");
                continue;
            }

            var reference = new SourceRef(document, source.Scalar("section"), source.Scalar("quote"), Boolean(source, "table") ?? false);
            var seedSource = new SeedSource(reference, file.Name, source.Node("quote") ?? source, source);
            result.Add(seedSource);
            file.Sources.Add(seedSource);
        }

        return result;
    }

    /// <summary><c>mentions:</c> as a list (either end) or as a map <c>{ from: [...], to: [...] }</c>.</summary>
    private SeedMentions ReadMentions(YamlMappingNode map)
    {
        switch (map.Node("mentions"))
        {
            case null:
                return SeedMentions.None;
            case YamlSequenceNode:
                return new SeedMentions(Strings(map, "mentions"), [], []);
            case YamlMappingNode byEnd:
                CheckKeys(byEnd, MentionsKeys, "mentions key");
                return new SeedMentions([], Strings(byEnd, "from"), Strings(byEnd, "to"));
            case YamlScalarNode scalar when YamlNodes.IsNull(scalar):
                return SeedMentions.None;
            case var other:
                Problem(other, "BAD_SHAPE", "'mentions' is a list of phrases or a map { from: [...], to: [...] }.");
                return SeedMentions.None;
        }
    }

    /// <summary>The README's default id: <c>from.type-in-kebab-case.to</c>, plus <c>.role-slug</c> when a role is given.</summary>
    internal static string DefaultId(string from, RelationshipType type, string to, string? role)
    {
        var id = $"{from}.{GraphNames.ToKebab(type)}.{to}";
        return role is null ? id : id + "." + RoleSlug().Replace(role.ToLowerInvariant(), "-").Trim('-');
    }

    [GeneratedRegex("[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex RoleSlug();
}
