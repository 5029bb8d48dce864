using System.Text.Json;
using SystemGraph.Graph.Model;
using SystemGraph.Neo4j.Http;
using SystemGraph.Neo4j.Store;
using static SystemGraph.TestSupport.GraphStoreConformance.TestGraph;

namespace SystemGraph.Neo4j.Tests.Store;

/// <summary>The bulk load: batches of the configured size, each in its own transaction, grouped by kind and type, one load id, then sweep and version.</summary>
public sealed class Neo4jSeederTests
{
    [Fact]
    public async Task Rows_are_sent_in_batches_per_kind_and_type_each_committed_then_swept_and_versioned()
    {
        var handler = new ScriptedNeo4jHandler();
        var options = new Neo4jOptions { Uri = new Uri("http://neo4j.test:7474"), SeedBatchSize = 2 };
        var client = new Neo4jHttpClient(new HttpClient(handler), options);
        var statements = new List<CypherStatement>();
        client.StatementSent += statements.Add;
        var store = new Neo4jGraphStore(client, options);
        Entity[] entities = [Board("b1"), Board("b2"), Board("b3"), Person("p1"), Document()];
        Relationship[] lines = [Line("p1", RelationshipType.Chairs, "b1"), Line("b2", RelationshipType.AccountableTo, "b1"), Line("b3", RelationshipType.AccountableTo, "b1")];

        await store.LoadAsync(entities, lines, CancellationToken.None);

        var upserts = statements.Where(s => s.Text.StartsWith("UNWIND $rows", StringComparison.Ordinal)).ToList();
        Assert.Equal([2, 1, 1, 1, 2, 1], upserts.Select(s => ((System.Collections.ICollection)s.Parameters["rows"]!).Count));
        Assert.Equal(upserts.Count * 2, handler.Bodies.Count(b => b == "{}")); // per batch: open the transaction, commit it
        var loadIds = upserts.SelectMany(s => (IEnumerable<Dictionary<string, object?>>)s.Parameters["rows"]!)
            .Select(row => ((Dictionary<string, object?>)row["props"]!)["loadId"]).Distinct().ToList();
        Assert.Single(loadIds);
        Assert.Contains(statements, s => s.Text.Contains("r.loadId <> $loadId", StringComparison.Ordinal) && Equals(s.Parameters["loadId"], loadIds[0]));
        Assert.Contains(statements, s => s.Text.Contains("e.loadId <> $loadId", StringComparison.Ordinal));
        Assert.Contains("SET m.version = coalesce(m.version, 0) + 1", statements[^1].Text, StringComparison.Ordinal);
        Assert.Equal(1, store.Version);
        Assert.All(upserts, s => Assert.DoesNotContain("b1", s.Text, StringComparison.Ordinal));
        using var first = JsonDocument.Parse(handler.Bodies.First(b => b.Contains("UNWIND", StringComparison.Ordinal)));
        Assert.Equal("Write", first.RootElement.GetProperty("accessMode").GetString());
    }
}
