using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;
using static SystemGraph.TestSupport.GraphStoreConformance.TestGraph;

namespace SystemGraph.Graph.Tests.Store;

/// <summary>Durability of the embedded store: acknowledged writes survive a restart; damage is handled as documented.</summary>
public sealed class EmbeddedGraphStoreJournalTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "sg-journal-" + Guid.NewGuid().ToString("N"));

    private string JournalPath => Path.Combine(directory, "graph.journal");

    private static readonly Entity[] Seed = [Document(), Board("board"), Org("org")];

    public void Dispose()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Acknowledged_writes_are_replayed_on_restart()
    {
        using (var store = await OpenAsync())
        {
            for (var i = 0; i < 20; i++)
            {
                var result = await store.WriteAsync(new GraphWriteBatch([new GraphWrite.UpsertEntity(Person($"p{i}"))]), CancellationToken.None);
                Assert.True(result.Committed);
            }

            await store.WriteAsync(new GraphWriteBatch([new GraphWrite.AddRelationship(Line("p3", RelationshipType.Chairs, "board"))]), CancellationToken.None);
        }

        using var reopened = await OpenAsync();

        var people = await reopened.GetEntitiesAsync([.. Enumerable.Range(0, 20).Select(i => $"p{i}")], CancellationToken.None);
        Assert.All(people, Assert.NotNull);
        Assert.Equal(22, reopened.Version);
        Assert.Single((await reopened.GetRelationshipsOfAsync(["board"], RelationshipQuery.All, CancellationToken.None))["board"]);
    }

    [Fact]
    public async Task Scenarios_and_the_audit_log_are_replayed_on_restart_with_the_same_times()
    {
        var planner = new SystemGraph.Graph.Changes.ChangeInfo("priya", DateTimeOffset.UnixEpoch, "test", "what if", Rationale: "note");
        IReadOnlyList<SystemGraph.Graph.Changes.AuditEntry> before;
        using (var store = await OpenAsync())
        {
            await store.WriteAsync(new GraphWriteBatch([new GraphWrite.OpenScenario("s", "what if")], planner), CancellationToken.None);
            await store.WriteAsync(new GraphWriteBatch([new GraphWrite.UpsertEntity(Person("in-scenario"))], planner, "s"), CancellationToken.None);
            await store.WriteAsync(new GraphWriteBatch([new GraphWrite.UpsertEntity(Person("in-baseline"))], planner), CancellationToken.None);
            before = await store.GetAuditLogAsync(new SystemGraph.Graph.Changes.AuditQuery(ScenarioId: "s"), CancellationToken.None);
        }

        using var reopened = await OpenAsync();

        var after = await reopened.GetAuditLogAsync(new SystemGraph.Graph.Changes.AuditQuery(ScenarioId: "s"), CancellationToken.None);
        Assert.Equal(3, after.Count);
        Assert.Equal(before.Select(e => (e.Sequence, e.At, e.Author, e.ScenarioId)), after.Select(e => (e.Sequence, e.At, e.Author, e.ScenarioId)));
        Assert.NotEqual(DateTimeOffset.UnixEpoch, after[0].At);
        var scenario = (await reopened.GetScenarioReaderAsync("s", CancellationToken.None))!;
        Assert.NotNull((await scenario.GetEntitiesAsync(["in-scenario"], CancellationToken.None))[0]);
        Assert.Null((await reopened.GetEntitiesAsync(["in-scenario"], CancellationToken.None))[0]);
        Assert.Equal(1, (await reopened.GetScenariosAsync(["s"], CancellationToken.None))[0]!.Revision);
    }

    [Fact]
    public async Task A_journal_from_before_the_audit_log_replays_with_its_author_unknown()
    {
        // A record as earlier versions wrote it: the batch alone, no change information.
        var payload = System.Text.Encoding.UTF8.GetBytes("""{"writes":[{"op":"upsertEntity","entity":{"id":"old","kind":"Person","name":"Old"}}]}""");
        Directory.CreateDirectory(directory);
        var record = new byte[8 + payload.Length];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(record, payload.Length);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(4), Crc32.Compute(payload));
        payload.CopyTo(record, 8);
        await File.WriteAllBytesAsync(JournalPath, record);

        using var store = await OpenAsync();

        Assert.NotNull((await store.GetEntitiesAsync(["old"], CancellationToken.None))[0]);
        var entry = Assert.Single(await store.GetAuditLogAsync(new SystemGraph.Graph.Changes.AuditQuery("old"), CancellationToken.None));
        Assert.Equal("unknown", entry.Author);
    }

    [Fact]
    public async Task A_rejected_batch_is_not_journaled()
    {
        using (var store = await OpenAsync())
        {
            await store.WriteAsync(new GraphWriteBatch([new GraphWrite.AddRelationship(Line("nobody", RelationshipType.Chairs, "board"))]), CancellationToken.None);
        }

        Assert.Equal(0, new FileInfo(JournalPath).Length);
    }

    [Fact]
    public async Task A_torn_last_record_is_cut_off_and_earlier_writes_kept()
    {
        using (var store = await OpenAsync())
        {
            await store.WriteAsync(new GraphWriteBatch([new GraphWrite.UpsertEntity(Person("kept"))]), CancellationToken.None);
            await store.WriteAsync(new GraphWriteBatch([new GraphWrite.UpsertEntity(Person("torn"))]), CancellationToken.None);
        }

        var length = new FileInfo(JournalPath).Length;
        using (var file = new FileStream(JournalPath, FileMode.Open))
        {
            file.SetLength(length - 5);
        }

        using var reopened = await OpenAsync();

        var found = await reopened.GetEntitiesAsync(["kept", "torn"], CancellationToken.None);
        Assert.NotNull(found[0]);
        Assert.Null(found[1]);
        Assert.True(await reopened.WriteAsync(new GraphWriteBatch([new GraphWrite.UpsertEntity(Person("after"))]), CancellationToken.None) is { Committed: true });
    }

    [Fact]
    public async Task Corruption_before_the_last_record_stops_start_up_with_file_and_offset()
    {
        using (var store = await OpenAsync())
        {
            await store.WriteAsync(new GraphWriteBatch([new GraphWrite.UpsertEntity(Person("one"))]), CancellationToken.None);
            await store.WriteAsync(new GraphWriteBatch([new GraphWrite.UpsertEntity(Person("two"))]), CancellationToken.None);
        }

        var bytes = await File.ReadAllBytesAsync(JournalPath);
        bytes[12] ^= 0xFF;
        await File.WriteAllBytesAsync(JournalPath, bytes);

        var error = await Assert.ThrowsAsync<InvalidDataException>(OpenAsync);

        Assert.Contains(JournalPath, error.Message, StringComparison.Ordinal);
        Assert.Contains("offset 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readers_see_whole_snapshots_while_writes_happen()
    {
        using var store = await OpenAsync();
        var writes = Task.Run(async () =>
        {
            for (var i = 0; i < 200; i++)
            {
                await store.WriteAsync(new GraphWriteBatch([
                    new GraphWrite.UpsertEntity(Person($"w{i}")),
                    new GraphWrite.AddRelationship(Line($"w{i}", RelationshipType.MemberOf, "board")),
                ]), CancellationToken.None);
            }
        });

        while (!writes.IsCompleted)
        {
            // Every member line read must point at a person that exists in the same snapshot.
            var members = (await store.GetRelationshipsOfAsync(["board"], RelationshipQuery.All, CancellationToken.None))["board"];
            var people = await store.GetEntitiesAsync([.. members.Select(m => m.FromId)], CancellationToken.None);
            Assert.All(people, Assert.NotNull);
        }

        await writes;
        Assert.Equal(200, (await store.GetRelationshipsOfAsync(["board"], RelationshipQuery.All, CancellationToken.None))["board"].Count);
    }

    private async Task<EmbeddedGraphStore> OpenAsync()
    {
        var store = new EmbeddedGraphStore(JournalPath);
        await store.LoadAsync(Seed, [], CancellationToken.None);
        return store;
    }
}
