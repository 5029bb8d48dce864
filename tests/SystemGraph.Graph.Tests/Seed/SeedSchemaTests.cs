using System.Text.Json;
using SystemGraph.Graph.Model;
using SystemGraph.TestSupport;

namespace SystemGraph.Graph.Tests.Seed;

/// <summary>graph-seed/seed.schema.json parses and its enumerations equal the model's, so the two cannot drift.</summary>
public sealed class SeedSchemaTests
{
    private static readonly JsonElement Defs = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.GraphSeed, "seed.schema.json"))).RootElement.GetProperty("$defs");

    private static string[] Enum(string definition, string property) =>
        Defs.GetProperty(definition).GetProperty("properties").GetProperty(property).GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToArray();

    [Fact]
    public void Enumerations_match_the_model()
    {
        Assert.Equal(GraphNames.AllWire<EntityKind>(), Enum("entity", "kind"));
        Assert.Equal(GraphNames.AllWire<RelationshipType>(), Enum("relationship", "type"));
        Assert.Equal(GraphNames.AllWire<RelationshipStatus>(), Enum("relationship", "status"));
        Assert.Equal(GraphNames.AllWire<MembershipLevel>(), Enum("relationship", "membershipLevel"));
        Assert.Equal(GraphNames.AllWire<RelationshipBasis>(), Enum("relationship", "basis"));
        Assert.Equal(GraphNames.AllWire<SpatialLevel>(), Enum("entity", "level"));
        Assert.Equal(GraphNames.AllWire<ServiceCategory>(), Enum("entity", "category"));
    }

    [Fact]
    public void Every_entity_field_the_loader_reads_is_in_the_schema()
    {
        string[] fields = ["id", "kind", "name", "aliases", "description", "validFrom", "validTo", "type", "odsCode", "legalEntity", "decisionMaking", "level", "category", "legallyBinding", "amountGbp", "deliverables", "file", "publishedOn", "publisher", "attributes", "sources", "formerIds", "sharedAliases", "title", "url"];
        var properties = Defs.GetProperty("entity").GetProperty("properties").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.All(fields, f => Assert.Contains(f, properties));
    }
}
