using System.Text.Json;
using System.Text.Json.Serialization;
using SystemGraph.Graph.Changes;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;
using SystemGraph.Neo4j.Http;
using SystemGraph.Neo4j.Store;
using static SystemGraph.TestSupport.GraphStoreConformance.TestGraph;

namespace SystemGraph.Neo4j.Tests.Store;

/// <summary>
/// Scenarios and the audit log against a Neo4j server (skipped, with the reason, when NEO4J_URI is not set and no Docker engine answers): one
/// script of writes and reads, with its expectations, run on the embedded store (the reference) and on Neo4j,
/// whose transcripts must then be identical, audit entries and diffs included.
/// </summary>
[Collection(Neo4jTestServer.Collection)]
public sealed class Neo4jScenarioConformanceTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static readonly JsonSerializerOptions TranscriptJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = true,
    };

    [Fact]
    public async Task The_script_holds_on_the_embedded_store()
    {
        var time = new ManualTimeProvider(Start);
        using var store = new EmbeddedGraphStore(time: time);

        await RunScriptAsync(store, time);
    }

    [SkippableFact]
    public async Task Neo4j_runs_the_script_exactly_like_the_embedded_store()
    {
        var neo4jTime = new ManualTimeProvider(Start);
        var neo4j = await Neo4jTestServer.EmptyStoreAsync(neo4jTime);
        var embeddedTime = new ManualTimeProvider(Start);
        using var embedded = new EmbeddedGraphStore(time: embeddedTime);

        var expected = await RunScriptAsync(embedded, embeddedTime);
        var actual = await RunScriptAsync(neo4j, neo4jTime);

        Assert.Equal(expected, actual);
    }

    [SkippableFact]
    public async Task A_scenario_reader_on_neo4j_sees_the_scenario_and_leaves_nothing_behind()
    {
        var neo4j = await Neo4jTestServer.EmptyStoreAsync(new ManualTimeProvider(Start));
        await LoadAsync(neo4j);
        await MustCommitAsync(neo4j, new GraphWriteBatch([new GraphWrite.OpenScenario("s1", "Alliance")], Who("ann")));
        await MustCommitAsync(neo4j, new GraphWriteBatch([new GraphWrite.UpsertEntity(Person("new-person", "Newcomer")), new GraphWrite.AddRelationship(Line("new-person", RelationshipType.Chairs, "board"))], Who("ann"), "s1"));
        await neo4j.GetStatsAsync(CancellationToken.None);
        var version = neo4j.Version;

        var reader = Assert.IsType<Neo4jScenarioReader>(await neo4j.GetScenarioReaderAsync("s1", CancellationToken.None));
        await using (reader)
        {
            Assert.Equal("Newcomer", (await reader.GetEntitiesAsync(["new-person"], CancellationToken.None))[0]?.Name);
            Assert.Equal(4, (await reader.GetStatsAsync(CancellationToken.None)).Entities);
            Assert.Contains(await reader.SearchAsync("newcomer", null, 5, CancellationToken.None), h => h.Entity.Id == "new-person");

            // Another reader (the baseline) does not see the uncommitted scenario records.
            Assert.Null((await neo4j.GetEntitiesAsync(["new-person"], CancellationToken.None))[0]);
        }

        Assert.True(reader.IsFinished);
        Assert.Null((await neo4j.GetEntitiesAsync(["new-person"], CancellationToken.None))[0]);
        Assert.Equal(3, (await neo4j.GetStatsAsync(CancellationToken.None)).Entities);
        Assert.Equal(version, neo4j.Version);
    }

    /// <summary>The script: every step's outcome goes into the transcript, and the reference semantics are asserted on the way.</summary>
    private static async Task<string> RunScriptAsync(IGraphStore store, ManualTimeProvider time)
    {
        var ct = CancellationToken.None;
        var transcript = new List<object?>();
        await LoadAsync(store);

        async Task<WriteResult> Write(GraphWriteBatch batch)
        {
            time.Now = time.Now.AddMinutes(1);
            var result = await store.WriteAsync(batch, ct);
            transcript.Add(result);
            return result;
        }

        // A baseline write, audited (with and without change information).
        Assert.True((await Write(new GraphWriteBatch([new GraphWrite.UpsertEntity(Person("person", "Pat Renamed"), ExpectedVersion: 1)], Who("ann")))).Committed);
        Assert.True((await Write(new GraphWriteBatch([new GraphWrite.UpsertEntity(Org("other", "Other Trust"))]))).Committed);

        // A scenario: opened, changed twice (one refused by the relationship rules), read, diffed.
        Assert.True((await Write(new GraphWriteBatch([new GraphWrite.OpenScenario("s1", " Join the alliance ", "What if Pat joined")], Who("ann")))).Committed);
        Assert.Equal("DUPLICATE", (await Write(new GraphWriteBatch([new GraphWrite.OpenScenario("s1", "Again")], Who("bob")))).Errors[0].Code);
        var membership = Line("person", RelationshipType.MemberOf, "alliance") with { MembershipLevel = MembershipLevel.Full, Status = RelationshipStatus.Proposed };
        Assert.True((await Write(new GraphWriteBatch([new GraphWrite.AddRelationship(membership)], Who("ann"), "s1"))).Committed);
        var wrongLevel = Line("person", RelationshipType.MemberOf, "other") with { MembershipLevel = MembershipLevel.Full };
        Assert.Equal("RULE_VIOLATION", (await Write(new GraphWriteBatch([new GraphWrite.AddRelationship(wrongLevel)], Who("ann"), "s1"))).Errors[0].Code);
        Assert.True((await Write(new GraphWriteBatch([
            new GraphWrite.SetRelationshipStatus(membership.Id, RelationshipStatus.Agreed, ExpectedVersion: 1),
            new GraphWrite.EndRelationship("person.chairs.board", new DateOnly(2026, 3, 31)),
        ], Who("ann"), "s1"))).Committed);
        Assert.Equal("INVALID", (await Write(new GraphWriteBatch([new GraphWrite.SetRelationshipStatus("person.chairs.board", RelationshipStatus.Agreed)], Who("ann"), "s1"))).Errors[0].Code);

        var reader = (await store.GetScenarioReaderAsync("s1", ct))!;
        try
        {
            var lines = await reader.GetRelationshipsOfAsync(["person"], new RelationshipQuery(Direction.Outbound), ct);
            transcript.Add(lines);
            Assert.Contains(lines["person"], r => r.Id == membership.Id && r.Status == RelationshipStatus.Agreed && r.Version == 2);
            Assert.Contains(lines["person"], r => r.Id == "person.chairs.board" && r.Status == RelationshipStatus.Ended);
            var stats = await reader.GetStatsAsync(ct);
            transcript.Add(new { stats.Entities, stats.Relationships, stats.Documents, ByKind = stats.ByKind.OrderBy(k => k.Key).ToList() });
        }
        finally
        {
            if (reader is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
        }

        var baselineLines = await store.GetRelationshipsOfAsync(["person"], new RelationshipQuery(Direction.Outbound), ct);
        Assert.DoesNotContain(baselineLines["person"], r => r.Id == membership.Id);
        transcript.Add(baselineLines);
        var diff = (await store.GetScenarioDiffAsync("s1", ct))!;
        Assert.Equal([(membership.Id, ChangeKind.Created), ("person.chairs.board", ChangeKind.Ended)], diff.Select(d => (d.TargetId, d.Kind)));
        Assert.All(diff, d => Assert.Null(d.Conflict));
        transcript.Add(diff);

        // Promoted at the revision reviewed (a stale revision is refused first).
        var scenario = (await store.GetScenariosAsync(["s1"], ct))[0]!;
        Assert.Equal((ScenarioStatus.Open, 2L, 3, "Join the alliance"), (scenario.Status, scenario.Revision, scenario.ChangeCount, scenario.Name));
        Assert.Equal("CONFLICT", (await Write(new GraphWriteBatch([new GraphWrite.PromoteScenario("s1", ExpectedRevision: 1)], Who("bob")))).Errors[0].Code);
        Assert.True((await Write(new GraphWriteBatch([new GraphWrite.PromoteScenario("s1", ExpectedRevision: 2)], Who("bob")))).Committed);
        Assert.Equal("INVALID", (await Write(new GraphWriteBatch([new GraphWrite.UpsertEntity(Person("x"))], Who("ann"), "s1"))).Errors[0].Code);
        var promotedLine = (await store.GetRelationshipsAsync([membership.Id], ct))[0];
        Assert.Equal((RelationshipStatus.Agreed, 2L), (promotedLine!.Status, promotedLine.Version));
        transcript.Add(promotedLine);

        // A second scenario overtaken by a baseline change: the diff names the conflict, promote refuses, discard closes it.
        Assert.True((await Write(new GraphWriteBatch([new GraphWrite.OpenScenario("s2", "Rename the board")], Who("cat")))).Committed);
        Assert.True((await Write(new GraphWriteBatch([new GraphWrite.UpsertEntity(Board("board", "Scenario name"))], Who("cat"), "s2"))).Committed);
        Assert.True((await Write(new GraphWriteBatch([new GraphWrite.UpsertEntity(Board("board", "Baseline name"))], Who("dan")))).Committed);
        var conflicted = (await store.GetScenarioDiffAsync("s2", ct))!;
        Assert.NotNull(Assert.Single(conflicted).Conflict);
        transcript.Add(conflicted);
        Assert.Equal("PROMOTE_CONFLICT", (await Write(new GraphWriteBatch([new GraphWrite.PromoteScenario("s2")], Who("cat")))).Errors[0].Code);
        Assert.True((await Write(new GraphWriteBatch([new GraphWrite.DiscardScenario("s2")], Who("cat")))).Committed);
        Assert.Equal("INVALID", (await Write(new GraphWriteBatch([new GraphWrite.DiscardScenario("s2")], Who("cat")))).Errors[0].Code);

        // The audit log, as the API reads it.
        var all = await store.GetAuditLogAsync(new AuditQuery(), ct);
        Assert.Equal(all.Select(e => e.Sequence).OrderDescending(), all.Select(e => e.Sequence));
        Assert.Equal(1, all[^1].Sequence);
        Assert.DoesNotContain(all, e => e.ScenarioId == "s2");
        Assert.Contains(all, e => e.ScenarioId == "s1");
        transcript.Add(all);
        transcript.Add(await store.GetAuditLogAsync(new AuditQuery(ScenarioId: "s2"), ct));
        transcript.Add(await store.GetAuditLogAsync(new AuditQuery(ScenarioId: "s2", ScenarioOnly: true), ct));
        transcript.Add(await store.GetAuditLogAsync(new AuditQuery(ScenarioOnly: true), ct));
        var boardHistory = await store.GetAuditLogAsync(new AuditQuery(TargetId: "board", ScenarioId: "s2", Limit: 2), ct);
        Assert.Equal(2, boardHistory.Count);
        Assert.All(boardHistory, e => Assert.True(e.Touches("board")));
        transcript.Add(boardHistory);
        transcript.Add(await store.GetAuditLogAsync(new AuditQuery(Since: Start.AddMinutes(14)), ct));
        transcript.Add(await store.GetScenariosAsync(null, ct));
        transcript.Add(await store.GetScenariosAsync(["s2", "missing"], ct));
        Assert.Null(await store.GetScenarioReaderAsync("missing", ct));
        Assert.Null(await store.GetScenarioDiffAsync("missing", ct));
        return JsonSerializer.Serialize(transcript, TranscriptJson);
    }

    private static async Task LoadAsync(IGraphStore store) => await store.LoadAsync(
        [Board("board"), Person("person"), Org("alliance", "The Alliance", type: "PROVIDER_ALLIANCE")],
        [Line("person", RelationshipType.Chairs, "board")],
        CancellationToken.None);

    private static async Task MustCommitAsync(Neo4jGraphStore store, GraphWriteBatch batch)
    {
        var result = await store.WriteAsync(batch, CancellationToken.None);
        Assert.True(result.Committed, string.Join("; ", result.Errors.Select(e => e.Message)));
    }

    private static ChangeInfo Who(string author) => new(author, DateTimeOffset.UnixEpoch, "test", "Because " + author + " said so.", Source, null);
}
