using System.Text.Json;
using SystemGraph.Graph.Model;
using SystemGraph.Neo4j.Http;
using SystemGraph.Neo4j.Store;
using SystemGraph.TestSupport.GraphStoreConformance;

namespace SystemGraph.Neo4j.Tests.Store;

/// <summary>Records to entities and relationships, from recorded plain and typed JSON bodies, and back.</summary>
public sealed class EntityRecordMapperTests
{
    [Theory]
    [InlineData(StoreRecordedBodies.EntityPlain)]
    [InlineData(StoreRecordedBodies.EntityTyped)]
    public void An_entity_record_maps_every_property(string body)
    {
        var entity = EntityRecordMapper.ToEntity(Cell(body, 0, "entity"));

        Assert.Equal("nhs-bury-ccg", entity.Id);
        Assert.Equal(EntityKind.Organisation, entity.Kind);
        Assert.Equal("NHS Bury Clinical Commissioning Group", entity.Name);
        Assert.Equal(["Bury CCG", "NHS Bury CCG"], entity.Aliases.ToArray());
        Assert.Equal(new DateOnly(2013, 4, 1), entity.ValidFrom);
        Assert.Equal(new DateOnly(2022, 6, 30), entity.ValidTo);
        Assert.Equal(new SourceRef("doc-test", "para 1", "a quote"), Assert.Single(entity.Sources));
        Assert.Equal("CCG", entity.Type);
        Assert.Equal("00V", entity.OdsCode);
        Assert.True(entity.IsLegalEntity);
        Assert.Null(entity.IsDecisionMaking);
        Assert.Null(entity.Description);
        Assert.Equal(1250000.5m, entity.AmountGbp);
        Assert.Equal("E38000024", entity.Attributes["onsCode"]);
        Assert.Equal(3, entity.Version);
    }

    [Theory]
    [InlineData(StoreRecordedBodies.RelationshipPlain)]
    [InlineData(StoreRecordedBodies.RelationshipTyped)]
    public void A_relationship_record_maps_type_ends_and_properties(string body)
    {
        var relationship = EntityRecordMapper.ToRelationship(Cell(body, 0, "relationship"));

        Assert.Equal("bury-idc.accountable-to.bury-locality-board", relationship.Id);
        Assert.Equal(RelationshipType.AccountableTo, relationship.Type);
        Assert.Equal(("bury-idc", "bury-locality-board"), (relationship.FromId, relationship.ToId));
        Assert.Equal(RelationshipStatus.Proposed, relationship.Status);
        Assert.Equal("To be confirmed", relationship.StatusNote);
        Assert.Equal(new DateOnly(2021, 4, 1), relationship.ValidFrom);
        Assert.Null(relationship.ValidTo);
        Assert.Equal("Full Member", relationship.Role);
        Assert.Equal(MembershipLevel.Full, relationship.MembershipLevel);
        Assert.Equal(SpatialLevel.Place, relationship.Level);
        Assert.Equal("8. IDC Draft Terms of Reference, 5", Assert.Single(relationship.Sources).Section);
        Assert.Equal(2, relationship.Version);
        Assert.Equal("bury-idc", Neo4jValues.Unwrap(Cell(body, 0, "entityId"))!.Value.GetString());
    }

    [Fact]
    public void Properties_round_trip_through_the_parameter_json()
    {
        var entity = TestGraph.Org("cafe-trust", "Café Trust", "NHS_TRUST", new DateOnly(2020, 1, 2), null, "The Café") with { OdsCode = "RX1", Deliverables = ["Year 1"] };
        var line = TestGraph.Line("a", RelationshipType.MemberOf, "b", RelationshipStatus.InForce, validTo: new DateOnly(2024, 3, 31), role: "Chair") with { MembershipLevel = MembershipLevel.Associate };

        var entityBack = EntityRecordMapper.ToEntity(AsJson(EntityRecordMapper.ToProperties(entity)));
        var lineProps = EntityRecordMapper.ToProperties(line);
        lineProps["type"] = "MEMBER_OF";
        lineProps["fromId"] = "a";
        lineProps["toId"] = "b";
        var lineBack = EntityRecordMapper.ToRelationship(AsJson(lineProps));

        Assert.Equal(entity.Name, entityBack.Name);
        Assert.Equal(entity.Aliases.ToArray(), entityBack.Aliases.ToArray());
        Assert.Equal(entity.Sources.ToArray(), entityBack.Sources.ToArray());
        Assert.Equal(entity.ValidFrom, entityBack.ValidFrom);
        Assert.Equal(["Year 1"], entityBack.Deliverables.ToArray());
        var properties = EntityRecordMapper.ToProperties(entity);
        Assert.Equal(("cafe trust", "the cafe", "rx1"), (properties["searchName"], properties["searchAliases"], properties["searchCode"]));
        Assert.Equal(("ct", "cafe|trust"), (properties["searchInitials"], properties["searchWholeName"]));
        Assert.Equal(line with { Attributes = lineBack.Attributes }, lineBack with { Sources = line.Sources });
        Assert.Equal(line.Sources.ToArray(), lineBack.Sources.ToArray());
    }

    [Fact]
    public void Stats_and_unknown_enum_values()
    {
        var stats = Cell(StoreRecordedBodies.Stats, 0, "kinds");
        var bad = JsonDocument.Parse("""{"id":"x","kind":"SPACESHIP","name":"x"}""").RootElement;

        Assert.Equal(3, Neo4jValues.Long(stats[0], "count"));
        Assert.Equal(7, Neo4jValues.LongOrNull(Cell(StoreRecordedBodies.Stats, 0, "version")));
        Assert.Throws<FormatException>(() => EntityRecordMapper.ToEntity(bad));
    }

    private static JsonElement Cell(string body, int row, string field)
    {
        using var document = JsonDocument.Parse(body);
        var (result, _) = QueryApiJson.ParseResult(document.RootElement);
        return result.Get(row, field);
    }

    private static JsonElement AsJson(Dictionary<string, object?> properties) =>
        JsonDocument.Parse(QueryApiJson.ToJson(properties)!.ToJsonString()).RootElement;
}
