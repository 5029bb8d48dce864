using System.Collections.Immutable;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;
using SystemGraph.Neo4j.Http;
using SystemGraph.Neo4j.Store;

namespace SystemGraph.Neo4j.Tests.Store;

/// <summary>
/// Every store operation, fed values full of Cypher syntax, against a stand-in server: no value may appear in any
/// statement's text, only in its parameters.
/// </summary>
public sealed class ParameterisedCypherTests
{
    /// <summary>Values that would change a statement if they were ever concatenated into it.</summary>
    private static readonly string[] Hostile =
    [
        "x' OR 1=1 //",
        "y\" }) DETACH DELETE n //",
        "`z` MATCH (n) RETURN n",
        "w} RETURN 1 UNION MATCH (m) SET m.p = 1 {",
        "v\\' ; CALL dbms.killQueries() //",
    ];

    [Fact]
    public async Task No_input_value_reaches_statement_text_in_any_operation()
    {
        var handler = new ScriptedNeo4jHandler();
        var client = new Neo4jHttpClient(new HttpClient(handler), new Neo4jOptions { Uri = new Uri("http://neo4j.test:7474"), Password = "secret" });
        var statements = new List<CypherStatement>();
        client.StatementSent += statements.Add;
        var store = new Neo4jGraphStore(client, new Neo4jOptions { Uri = new Uri("http://neo4j.test:7474"), SeedBatchSize = 2 });
        var ct = CancellationToken.None;

        var entities = Hostile.Select((h, i) => new Entity
        {
            Id = h,
            Kind = (EntityKind)(i % 10),
            Name = h + " name",
            Aliases = [h + " alias"],
            Description = h,
            Type = h,
            OdsCode = h,
            Sources = [new SourceRef(h, h, h)],
            Attributes = ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal).Add(h, h),
        }).ToList();
        var lines = Hostile.Zip(Hostile.Skip(1)).Select((p, i) => new Relationship
        {
            Id = p.First + "->" + p.Second,
            Type = (RelationshipType)i,
            FromId = p.First,
            ToId = p.Second,
            Status = RelationshipStatus.Proposed,
            Role = p.First,
            StatusNote = p.Second,
        }).ToList();

        await store.InitializeAsync(ct);
        await store.LoadAsync(entities, lines, ct);
        await store.GetEntitiesAsync(Hostile, ct);
        await store.GetRelationshipsAsync(Hostile, ct);
        foreach (var direction in Enum.GetValues<Direction>())
        {
            await store.GetRelationshipsOfAsync(Hostile, new RelationshipQuery(direction, new HashSet<RelationshipType> { RelationshipType.Chairs }, new DateOnly(2024, 1, 1),
                new HashSet<RelationshipStatus> { RelationshipStatus.Agreed }), ct);
        }

        foreach (var value in Hostile)
        {
            foreach (var op in Enum.GetValues<FilterOperator>())
            {
                object? operand = op is FilterOperator.In or FilterOperator.NotIn ? new[] { value, null } : value;
                var filter = new EntityFilter.And([
                    new EntityFilter.Compare("name", op, operand),
                    new EntityFilter.StringList("aliases", ListQuantifier.Some, op, value),
                    new EntityFilter.Relationships(ListQuantifier.All, new RelationshipFilter.Or([
                        new RelationshipFilter.Compare("role", op, operand),
                        new RelationshipFilter.From(new EntityFilter.Compare("id", op, operand)),
                        new RelationshipFilter.To(new EntityFilter.Compare("odsCode", op, operand)),
                    ])),
                ]);
                await store.QueryEntitiesAsync(new EntityQuery { Filter = filter, Order = [new SortField("name", true)], Offset = 3, Limit = 7 }, ct);
                await store.QueryEntitiesAsync(new EntityQuery { Filter = filter, Kinds = new HashSet<EntityKind> { EntityKind.Board }, Limit = 0 }, ct);
                await store.QueryRelationshipsAsync(new RelationshipPageQuery { Filter = new RelationshipFilter.Compare("status", op, operand), Order = [new SortField("validFrom")] }, ct);
            }

            await store.SearchAsync(value, new HashSet<EntityKind> { EntityKind.Organisation }, 5, ct);
        }

        await store.FindByNamesAsync(Hostile, ct);

        await store.GetStatsAsync(ct);
        await store.IsReadyAsync(ct);
        var written = await store.WriteAsync(new GraphWriteBatch([
            new GraphWrite.UpsertEntity(entities[0]),
            new GraphWrite.UpsertEntity(entities[1]),
            new GraphWrite.AddRelationship(lines[0]),
        ]), ct);
        var rejected = await store.WriteAsync(new GraphWriteBatch([
            new GraphWrite.EndRelationship(Hostile[2], new DateOnly(2024, 3, 31), 3),
            new GraphWrite.SetRelationshipStatus(Hostile[3], RelationshipStatus.Agreed, 1),
        ]), ct);
        // Scenarios and the audit log: first with no scenario stored (open creates one; the rest find none) ...
        var opened = await store.WriteAsync(new GraphWriteBatch([new GraphWrite.OpenScenario(Hostile[0], Hostile[1], Hostile[2])], Info), ct);
        await store.WriteAsync(new GraphWriteBatch([new GraphWrite.UpsertEntity(entities[2])], Info, Hostile[3]), ct);
        Assert.Null(await store.GetScenarioReaderAsync(Hostile[4], ct));
        Assert.Null(await store.GetScenarioDiffAsync(Hostile[4], ct));

        // ... then with one whose writes and base versions are full of hostile values.
        var scenario = new ScenarioState(
            new Graph.Changes.Scenario(Hostile[0], Hostile[1], Hostile[2], Hostile[3], new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), Graph.Changes.ScenarioStatus.Open, 1, 2),
            [new GraphWrite.UpsertEntity(entities[0]), new GraphWrite.AddRelationship(lines[0])],
            ImmutableDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create(entities[0].Id, 0L), KeyValuePair.Create(lines[0].Id, 0L)]));
        handler.Scenarios(scenario);
        handler.Entities(entities[1]);
        var inScenario = await store.WriteAsync(new GraphWriteBatch([new GraphWrite.UpsertEntity(entities[1])], Info, Hostile[0]), ct);
        var reader = (Neo4jScenarioReader)(await store.GetScenarioReaderAsync(Hostile[0], ct))!;
        await reader.GetEntitiesAsync(Hostile, ct);
        await reader.GetRelationshipsAsync(Hostile, ct);
        await reader.GetRelationshipsOfAsync(Hostile, new RelationshipQuery(Direction.Both), ct);
        await reader.QueryEntitiesAsync(new EntityQuery { Filter = new EntityFilter.Compare("name", FilterOperator.Eq, Hostile[1]), Limit = 3 }, ct);
        await reader.QueryRelationshipsAsync(new RelationshipPageQuery { Filter = new RelationshipFilter.Compare("role", FilterOperator.Eq, Hostile[2]) }, ct);
        await reader.SearchAsync(Hostile[3], null, 5, ct);
        await reader.FindByNamesAsync(Hostile, ct);
        await reader.GetStatsAsync(ct);
        await reader.DisposeAsync();
        await store.GetScenarioDiffAsync(Hostile[0], ct);
        await store.GetScenariosAsync(Hostile, ct);
        await store.GetScenariosAsync(null, ct);
        var promoted = await store.WriteAsync(new GraphWriteBatch([new GraphWrite.PromoteScenario(Hostile[0], 1)], Info), ct);
        var discarded = await store.WriteAsync(new GraphWriteBatch([new GraphWrite.DiscardScenario(Hostile[0])], Info), ct);
        foreach (var value in Hostile)
        {
            await store.GetAuditLogAsync(new Graph.Changes.AuditQuery(value, DateTimeOffset.UnixEpoch, value, 10, ScenarioOnly: value == Hostile[0]), ct);
        }

        Assert.Equal((true, true, true, true), (opened.Committed, inScenario.Committed, promoted.Committed, discarded.Committed));
        var paths = new SystemGraph.Neo4j.Traversals.CypherShortestPaths(client);
        await paths.FindAsync(Hostile[0], Hostile[1], new HashSet<RelationshipType> { RelationshipType.AccountableTo }, 4, new DateOnly(2024, 1, 1), ct);
        await paths.FindAsync(Hostile[2], Hostile[2], null, 4, null, ct);
        await store.GetHistoriesAsync(Hostile, Hostile[0], 5, ct);
        foreach (var direction in new[] { Direction.Outbound, Direction.Inbound })
        {
            await store.FindAccountabilityPathsAsync(Hostile[3], direction, new SystemGraph.Graph.Traversals.ChainOptions(new DateOnly(2024, 1, 1), 5, IncludeProposed: false), ct);
        }
        await store.ClearAsync(ct);

        // tests/conformance/cypher lints every statement with Neo4j's own parser: hand them over when it asks.
        if (Environment.GetEnvironmentVariable("SYSTEMGRAPH_CYPHER_DUMP") is { Length: > 0 } dump)
        {
            // Plus the constant statements of every depth, which one run of the operations cannot all reach.
            var texts = statements.Select(s => s.Text)
                .Concat(SystemGraph.Neo4j.Traversals.CypherAccountabilityPaths.AllStatements)
                .Concat(SystemGraph.Neo4j.Traversals.CypherShortestPaths.AllStatements);
            await File.WriteAllTextAsync(dump, System.Text.Json.JsonSerializer.Serialize(texts.Where(t => t.Length > 0).Distinct().ToList()), ct);
        }

        Assert.True(written.Committed);
        Assert.False(rejected.Committed);
        Assert.True(statements.Count > 100);
        Assert.All(
            new[] { Neo4jStatements.LockMeta, Neo4jStatements.RecordAudit, Neo4jStatements.CreateScenario, Neo4jStatements.UpdateScenario, Neo4jStatements.ScenariosById, Neo4jStatements.AllScenarios, Neo4jStatements.AuditLog },
            text => Assert.Contains(statements, s => s.Text == text));
        foreach (var statement in statements)
        {
            foreach (var value in Hostile)
            {
                Assert.DoesNotContain(value, statement.Text, StringComparison.Ordinal);
                Assert.DoesNotContain(Neo4jTextOf(value), statement.Text, StringComparison.Ordinal);
            }
        }

        // And the values did reach the server, as parameters.
        var bodies = string.Join("\n", handler.Bodies);
        Assert.All(Hostile, value => Assert.Contains(System.Text.Json.JsonSerializer.Serialize(value)[1..^1], bodies, StringComparison.Ordinal));
    }

    private static Graph.Changes.ChangeInfo Info => new(Hostile[0], DateTimeOffset.UnixEpoch, Hostile[1], Hostile[2], new SourceRef(Hostile[3], Hostile[4], Hostile[0]), Hostile[1]);

    /// <summary>A hostile value's distinctive core, in case a translation changed its quoting (e.g. folded for search).</summary>
    private static string Neo4jTextOf(string value) => value.Split(' ', 2)[1];
}
