using System.Text.Json;
using SystemGraph.Graph.Model;
using SystemGraph.Neo4j.Store;
using SystemGraph.TestSupport.GraphStoreConformance;

namespace SystemGraph.Neo4j.Tests.Store;

/// <summary>The evidence properties of issue #14 as Neo4j stores them: written as properties, read back, and filterable.</summary>
public sealed class EvidenceRecordTests
{
    private const string InferredLine = """
        {"id":"b.accountable-to.c","type":"ACCOUNTABLE_TO","fromId":"b","toId":"c","status":"PROPOSED",
         "basis":"INFERRED","rationale":"The paper names a post, not the body.","lastEvidencedOn":"2021-04-12"}
        """;

    private const string LineStoredBeforeBasis = """
        {"id":"a.accountable-to.b","type":"ACCOUNTABLE_TO","fromId":"a","toId":"b","status":"AGREED"}
        """;

    private const string MergedDocument = """
        {"id":"doc-act","kind":"DOCUMENT","name":"Act","title":"Health and Care Act 2022","url":"https://www.legislation.gov.uk/ukpga/2022/31",
         "formerIds":["doc-hca"],"sharedAliases":["the Act"]}
        """;

    [Fact]
    public void Basis_rationale_and_last_evidenced_on_are_written_and_read()
    {
        var line = TestGraph.Line("b", RelationshipType.AccountableTo, "c") with
        {
            Basis = RelationshipBasis.Inferred, Rationale = "why", LastEvidencedOn = new DateOnly(2014, 9, 3),
        };

        var properties = EntityRecordMapper.ToProperties(line);
        var read = EntityRecordMapper.ToRelationship(Parse(InferredLine));
        var old = EntityRecordMapper.ToRelationship(Parse(LineStoredBeforeBasis));

        Assert.Equal(("INFERRED", "why", "2014-09-03"), (properties["basis"], properties["rationale"], properties["lastEvidencedOn"]));
        Assert.Equal((RelationshipBasis.Inferred, "The paper names a post, not the body.", (DateOnly?)new DateOnly(2021, 4, 12)), (read.Basis, read.Rationale, read.LastEvidencedOn));
        Assert.Equal((RelationshipBasis.Stated, (string?)null, (DateOnly?)null), (old.Basis, old.Rationale, old.LastEvidencedOn));
    }

    [Fact]
    public void Former_ids_shared_aliases_title_and_url_are_written_and_read()
    {
        var entity = TestGraph.Document("doc-act") with { Title = "T", Url = "https://example.org/act", FormerIds = ["doc-hca"], SharedAliases = ["the Act"] };

        var properties = EntityRecordMapper.ToProperties(entity);
        var read = EntityRecordMapper.ToEntity(Parse(MergedDocument));
        var plain = EntityRecordMapper.ToProperties(TestGraph.Document("doc-x"));

        Assert.Equal(("T", "https://example.org/act"), (properties["title"], properties["url"]));
        Assert.Equal(["doc-hca"], (string[])properties["formerIds"]!);
        Assert.Equal(["the Act"], (string[])properties["sharedAliases"]!);
        Assert.Null(plain["formerIds"]);
        Assert.Equal(("Health and Care Act 2022", "https://www.legislation.gov.uk/ukpga/2022/31"), (read.Title, read.Url));
        Assert.Equal(["doc-hca"], read.FormerIds.ToArray());
        Assert.Equal(["the Act"], read.SharedAliases.ToArray());
    }

    [Fact]
    public void A_table_cell_source_keeps_its_flag_and_an_ordinary_source_is_stored_as_before()
    {
        var line = TestGraph.Line("s", RelationshipType.PlannedAt, "gm") with
        {
            Sources = [new SourceRef("doc", "table: levels; row: Mental health; column: GM ICS", "Specialist care", Table: true), new SourceRef("doc", "1.1", "a quote of five words")],
        };

        var json = (string)EntityRecordMapper.ToProperties(line)["sources"]!;
        var properties = EntityRecordMapper.ToProperties(line);
        properties["type"] = "PLANNED_AT";
        properties["fromId"] = "s";
        properties["toId"] = "gm";
        var read = EntityRecordMapper.ToRelationship(Parse(JsonSerializer.Serialize(properties)));

        Assert.Contains("\"table\":true", json, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(json, "\"table\""));
        Assert.Equal(line.Sources.ToArray(), read.Sources.ToArray());
    }

    [Theory]
    [InlineData("basis", "coalesce(r.basis, 'STATED')")]
    [InlineData("rationale", "r.rationale")]
    [InlineData("lastEvidencedOn", "r.lastEvidencedOn")]
    public void Evidence_properties_are_filterable_and_sortable(string property, string cypher) =>
        Assert.Equal(cypher, CypherProperties.Relationship(property, "r", "a", "b"));

    [Fact]
    public void Former_ids_are_a_list_property() =>
        Assert.Equal("coalesce(e.formerIds, [])", CypherProperties.EntityList("formerIds", "e"));

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
