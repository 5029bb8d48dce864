using System.Collections.Immutable;
using System.Text.Json;
using SystemGraph.Graph.Changes;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;
using SystemGraph.Neo4j.Store;
using static SystemGraph.Neo4j.Tests.Store.ScriptedScenarioSupport;
using static SystemGraph.TestSupport.GraphStoreConformance.TestGraph;

namespace SystemGraph.Neo4j.Tests.Store;

/// <summary>
/// Scenarios and the audit log over recorded Query API answers: which statements run in which transaction, what
/// they carry, and how the answers are read.
/// </summary>
public sealed class Neo4jScenarioStoreTests
{
    private static readonly ChangeInfo Ann = new("ann", DateTimeOffset.UnixEpoch, "proposeLink", "Because the paper says so.", Source, "A note.");
    private static readonly Entity BoardV2 = Board("board") with { Version = 2 };
    private static readonly Entity PersonV1 = Person("person") with { Version = 1 };

    [Fact]
    public async Task A_baseline_write_records_its_audit_entry_in_its_own_transaction_before_committing()
    {
        var (store, handler, _) = NewStore();
        handler.Locked(version: 6, auditSeq: 11);

        var result = await store.WriteAsync(new GraphWriteBatch([new GraphWrite.UpsertEntity(Person("p", "P"))]), CancellationToken.None);

        Assert.True(result.Committed);
        Assert.Equal(["BEGIN", "LOCK", "ENTITIES", "UPSERT-ENTITIES", "AUDIT", "COMMIT"], handler.Steps());
        Assert.All(handler.Requests.Skip(1), r => Assert.Contains("/query/v2/tx/tx1", r.Path, StringComparison.Ordinal));
        Assert.Equal(7, result.Version);
        Assert.Equal(7, store.Version);

        var audit = result.Audit!;
        Assert.Equal((12L, 7L, Now, "system", "write", "Direct store write.", (string?)null), (audit.Sequence, audit.Version, audit.At, audit.Author, audit.Operation, audit.Reason, audit.ScenarioId));
        var change = Assert.Single(audit.Changes);
        Assert.Equal((ChangeTarget.Entity, "p", ChangeKind.Created, (long?)null, 1L), (change.Target, change.TargetId, change.Kind, change.VersionBefore, change.VersionAfter));
        Assert.Contains(change.Fields, f => f.Field == "name" && f.After == "\"P\"");

        var parameters = handler.ParametersOf(Neo4jStatements.RecordAudit);
        Assert.Equal((7, 12, "2026-03-02T10:30:00.0000000Z"), (parameters.GetProperty("version").GetInt64(), parameters.GetProperty("seq").GetInt64(), parameters.GetProperty("at").GetString()));
        var node = parameters.GetProperty("audit");
        Assert.Equal((12, 7, "2026-03-02T10:30:00.0000000Z", "system", "write"), (node.GetProperty("seq").GetInt64(), node.GetProperty("version").GetInt64(), node.GetProperty("at").GetString(), node.GetProperty("author").GetString(), node.GetProperty("operation").GetString()));
        Assert.Equal(JsonValueKind.Null, node.GetProperty("scenarioId").ValueKind);
        Assert.Equal(["p"], node.GetProperty("targetIds").EnumerateArray().Select(e => e.GetString()));
        var stored = ScenarioRecordMapper.ToAuditEntry(node.GetProperty("json").GetString()!);
        Assert.Equal(JsonSerializer.Serialize(audit, ScenarioRecordMapper.AuditJson), JsonSerializer.Serialize(stored, ScenarioRecordMapper.AuditJson));
        Assert.Contains("\"kind\":\"Created\"", node.GetProperty("json").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_change_information_is_kept_and_stamped_with_the_server_time_never_before_the_last_entry()
    {
        var (store, handler, _) = NewStore();
        handler.Locked(version: 1, auditSeq: 3, auditAt: "2026-03-02T11:00:00.0000000Z");

        var result = await store.WriteAsync(new GraphWriteBatch([new GraphWrite.UpsertEntity(Person("p"))], Ann), CancellationToken.None);

        var audit = result.Audit!;
        Assert.Equal(("ann", "proposeLink", "Because the paper says so.", "A note.", Source), (audit.Author, audit.Operation, audit.Reason, audit.Rationale, audit.Source));
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 11, 0, 0, TimeSpan.Zero), audit.At);
    }

    [Fact]
    public async Task A_rejected_write_records_no_audit_and_rolls_back()
    {
        var (store, handler, _) = NewStore();
        handler.Locked(version: 4, auditSeq: 2);
        handler.Entities(BoardV2);

        var result = await store.WriteAsync(new GraphWriteBatch([new GraphWrite.AddRelationship(Line("board", RelationshipType.HoldsPost, "board"))]), CancellationToken.None);

        Assert.False(result.Committed);
        Assert.Equal(("RULE_VIOLATION", 4L), (Assert.Single(result.Errors).Code, result.Version));
        Assert.Equal(["BEGIN", "LOCK", "ENTITIES", "RELATIONSHIPS", "ROLLBACK"], handler.Steps());
    }

    [Fact]
    public async Task Opening_a_scenario_creates_its_node_and_an_audit_entry_in_one_transaction()
    {
        var (store, handler, _) = NewStore();
        handler.Locked(version: 3, auditSeq: 3);

        var result = await store.WriteAsync(new GraphWriteBatch([new GraphWrite.OpenScenario("s1", "  Merge boards ", "What if")], Ann), CancellationToken.None);

        Assert.True(result.Committed);
        Assert.Equal(["BEGIN", "LOCK", "SCENARIO", "CREATE-SCENARIO", "AUDIT", "COMMIT"], handler.Steps());
        var props = handler.ParametersOf(Neo4jStatements.CreateScenario).GetProperty("props");
        Assert.Equal(("s1", "Merge boards", "What if", "ann", "OPEN", 0, 0), (props.GetProperty("id").GetString(), props.GetProperty("name").GetString(), props.GetProperty("description").GetString(),
            props.GetProperty("createdBy").GetString(), props.GetProperty("status").GetString(), props.GetProperty("revision").GetInt64(), props.GetProperty("changeCount").GetInt32()));
        Assert.Equal(("2026-03-02T10:30:00.0000000Z", "[]", "{}"), (props.GetProperty("createdAt").GetString(), props.GetProperty("writes").GetString(), props.GetProperty("baseVersions").GetString()));
        Assert.Equal("s1", result.Audit!.ScenarioId);
        var change = Assert.Single(result.Audit.Changes);
        Assert.Equal((ChangeTarget.Scenario, "s1", ChangeKind.Created, (long?)null, 0L), (change.Target, change.TargetId, change.Kind, change.VersionBefore, change.VersionAfter));
        Assert.Equal(["description", "name"], change.Fields.Select(f => f.Field));
    }

    [Fact]
    public async Task Opening_an_existing_scenario_is_a_duplicate()
    {
        var (store, handler, _) = NewStore();
        handler.Locked(version: 3, auditSeq: 3);
        handler.Scenarios(OpenScenario());

        var result = await store.WriteAsync(new GraphWriteBatch([new GraphWrite.OpenScenario("s1", "Again")]), CancellationToken.None);

        Assert.Equal("DUPLICATE", Assert.Single(result.Errors).Code);
        Assert.Equal(["BEGIN", "LOCK", "SCENARIO", "ROLLBACK"], handler.Steps());
    }

    [Fact]
    public async Task A_lifecycle_write_must_be_alone_and_an_empty_batch_is_invalid()
    {
        var (store, handler, _) = NewStore();
        handler.Locked(version: 3, auditSeq: 3);

        var mixed = await store.WriteAsync(new GraphWriteBatch([new GraphWrite.OpenScenario("s1", "A"), new GraphWrite.UpsertEntity(Person("p"))]), CancellationToken.None);
        var targeted = await store.WriteAsync(new GraphWriteBatch([new GraphWrite.DiscardScenario("s1")], Scenario: "s1"), CancellationToken.None);
        var empty = await store.WriteAsync(new GraphWriteBatch([]), CancellationToken.None);

        Assert.All([mixed, targeted, empty], r => Assert.Equal("INVALID", Assert.Single(r.Errors).Code));
        Assert.DoesNotContain("COMMIT", handler.Steps());
    }

    [Fact]
    public async Task A_write_in_a_scenario_is_checked_against_the_scenario_view_and_kept_on_the_scenario_not_the_baseline()
    {
        var (store, handler, _) = NewStore();
        handler.Locked(version: 8, auditSeq: 20);

        // The scenario made "board" an alliance-like board already; the baseline has both entities.
        var scenario = OpenScenario(revision: 1, [new GraphWrite.UpsertEntity(Board("board", "Renamed"))], ("board", 2));
        handler.Scenarios(scenario);
        handler.Entities(BoardV2, PersonV1);

        var line = Line("person", RelationshipType.MemberOf, "board") with { MembershipLevel = MembershipLevel.Full };
        var result = await store.WriteAsync(new GraphWriteBatch([new GraphWrite.AddRelationship(line), new GraphWrite.SetRelationshipStatus(line.Id, RelationshipStatus.InForce, ExpectedVersion: 1)], Ann, "s1"), CancellationToken.None);

        Assert.True(result.Committed, string.Join("; ", result.Errors.Select(e => e.Message)));
        Assert.Equal(["BEGIN", "LOCK", "SCENARIO", "ENTITIES", "RELATIONSHIPS", "UPDATE-SCENARIO", "AUDIT", "COMMIT"], handler.Steps());
        var update = handler.ParametersOf(Neo4jStatements.UpdateScenario);
        Assert.Equal("s1", update.GetProperty("id").GetString());
        var stored = ScenarioRecordMapper.ToScenario(update.GetProperty("props"));
        Assert.Equal((2L, 3, ScenarioStatus.Open), (stored.Info.Revision, stored.Info.ChangeCount, stored.Info.Status));
        Assert.Equal(3, stored.Writes.Count);
        Assert.Null(Assert.IsType<GraphWrite.SetRelationshipStatus>(stored.Writes[2]).ExpectedVersion);
        Assert.Equal([("board", 2L), (line.Id, 0L)], stored.BaseVersions.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (kv.Key, kv.Value)));

        var audit = result.Audit!;
        Assert.Equal(("s1", 21L, 9L), (audit.ScenarioId, audit.Sequence, audit.Version));
        var change = Assert.Single(audit.Changes);
        Assert.Equal((line.Id, ChangeKind.Created, 2L), (change.TargetId, change.Kind, change.VersionAfter));
    }

    [Fact]
    public async Task A_write_in_a_scenario_is_refused_by_the_scenario_view()
    {
        var (store, handler, _) = NewStore();
        handler.Locked(version: 8, auditSeq: 20);

        // In the scenario the line has already ended; the baseline still has it agreed.
        var agreed = Line("person", RelationshipType.Chairs, "board") with { Version = 3 };
        handler.Scenarios(OpenScenario(revision: 1, [new GraphWrite.EndRelationship(agreed.Id, new DateOnly(2025, 1, 1))], (agreed.Id, 3)));
        handler.Entities(BoardV2, PersonV1);
        handler.Relationships(agreed);

        var result = await store.WriteAsync(new GraphWriteBatch([new GraphWrite.SetRelationshipStatus(agreed.Id, RelationshipStatus.InForce)], Ann, "s1"), CancellationToken.None);

        Assert.Equal("INVALID", Assert.Single(result.Errors).Code);
        Assert.Contains("ended", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal("ROLLBACK", handler.Steps()[^1]);
    }

    [Fact]
    public async Task Writes_to_an_unknown_or_closed_scenario_are_refused()
    {
        var (store, handler, _) = NewStore();
        handler.Locked(version: 8, auditSeq: 20);

        var unknown = await store.WriteAsync(new GraphWriteBatch([new GraphWrite.UpsertEntity(Person("p"))], Ann, "nope"), CancellationToken.None);
        handler.Scenarios(OpenScenario() with { Info = OpenScenario().Info with { Status = ScenarioStatus.Discarded, ClosedAt = Now } });
        var closed = await store.WriteAsync(new GraphWriteBatch([new GraphWrite.UpsertEntity(Person("p"))], Ann, "s1"), CancellationToken.None);
        var promote = await store.WriteAsync(new GraphWriteBatch([new GraphWrite.PromoteScenario("s1")], Ann), CancellationToken.None);

        Assert.Equal(("NOT_FOUND", "Scenario 'nope' does not exist."), (Assert.Single(unknown.Errors).Code, unknown.Errors[0].Message));
        Assert.Equal(("INVALID", "Scenario 's1' was DISCARDED on 2026-03-02; it takes no more changes."), (Assert.Single(closed.Errors).Code, closed.Errors[0].Message));
        Assert.Equal("INVALID", Assert.Single(promote.Errors).Code);
    }

    [Fact]
    public async Task Promoting_applies_the_scenario_writes_to_the_baseline_closes_it_and_audits_as_the_baseline()
    {
        var (store, handler, _) = NewStore();
        handler.Locked(version: 8, auditSeq: 20);
        var line = Line("person", RelationshipType.MemberOf, "board");
        handler.Scenarios(OpenScenario(revision: 2, [new GraphWrite.UpsertEntity(Board("board", "Renamed")), new GraphWrite.AddRelationship(line)], ("board", 2), (line.Id, 0)));
        handler.Entities(BoardV2, PersonV1);

        var result = await store.WriteAsync(new GraphWriteBatch([new GraphWrite.PromoteScenario("s1", ExpectedRevision: 2)], Ann), CancellationToken.None);

        Assert.True(result.Committed, string.Join("; ", result.Errors.Select(e => e.Message)));
        Assert.Equal(["BEGIN", "LOCK", "SCENARIO", "ENTITIES", "RELATIONSHIPS", "UPSERT-ENTITIES", "UPSERT-LINES", "UPDATE-SCENARIO", "AUDIT", "COMMIT"], handler.Steps());
        var stored = ScenarioRecordMapper.ToScenario(handler.ParametersOf(Neo4jStatements.UpdateScenario).GetProperty("props"));
        Assert.Equal((ScenarioStatus.Promoted, "ann", (DateTimeOffset?)Now, 3L), (stored.Info.Status, stored.Info.ClosedBy, stored.Info.ClosedAt, stored.Info.Revision));
        var audit = result.Audit!;
        Assert.Null(audit.ScenarioId);
        Assert.Equal([("board", ChangeKind.Updated), (line.Id, ChangeKind.Created), ("s1", ChangeKind.Promoted)], audit.Changes.Select(c => (c.TargetId, c.Kind)));
        var upserted = handler.Requests.Single(r => handler.Steps()[handler.Requests.IndexOf(r)] == "UPSERT-ENTITIES").Parameters.GetProperty("rows")[0];
        Assert.Equal(("board", 3), (upserted.GetProperty("id").GetString(), upserted.GetProperty("props").GetProperty("version").GetInt64()));
    }

    [Fact]
    public async Task Promoting_is_refused_on_a_moved_baseline_or_a_stale_revision()
    {
        var (store, handler, _) = NewStore();
        handler.Locked(version: 8, auditSeq: 20);
        handler.Scenarios(OpenScenario(revision: 2, [new GraphWrite.UpsertEntity(Board("board", "Renamed"))], ("board", 1)));
        handler.Entities(BoardV2);

        var stale = await store.WriteAsync(new GraphWriteBatch([new GraphWrite.PromoteScenario("s1", ExpectedRevision: 1)], Ann), CancellationToken.None);
        var moved = await store.WriteAsync(new GraphWriteBatch([new GraphWrite.PromoteScenario("s1")], Ann), CancellationToken.None);

        Assert.Equal("CONFLICT", Assert.Single(stale.Errors).Code);
        Assert.Contains("revision 2, not the expected 1", stale.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(("PROMOTE_CONFLICT", "'board' changed in the baseline since the scenario changed it (baseline version 2; the scenario started from version 1)."), (Assert.Single(moved.Errors).Code, moved.Errors[0].Message));
        Assert.DoesNotContain("UPSERT-ENTITIES", handler.Steps());
        Assert.DoesNotContain("COMMIT", handler.Steps());
    }

    [Fact]
    public async Task Discarding_closes_the_scenario_and_audits_it()
    {
        var (store, handler, _) = NewStore();
        handler.Locked(version: 8, auditSeq: 20);
        handler.Scenarios(OpenScenario(revision: 4, [new GraphWrite.UpsertEntity(Board("board", "Renamed"))], ("board", 2)));

        var result = await store.WriteAsync(new GraphWriteBatch([new GraphWrite.DiscardScenario("s1")], Ann), CancellationToken.None);

        Assert.Equal(["BEGIN", "LOCK", "SCENARIO", "UPDATE-SCENARIO", "AUDIT", "COMMIT"], handler.Steps());
        var stored = ScenarioRecordMapper.ToScenario(handler.ParametersOf(Neo4jStatements.UpdateScenario).GetProperty("props"));
        Assert.Equal((ScenarioStatus.Discarded, 5L, 1), (stored.Info.Status, stored.Info.Revision, stored.Writes.Count));
        var change = Assert.Single(result.Audit!.Changes);
        Assert.Equal(("s1", ChangeKind.Discarded, (long?)4, 5L), (change.TargetId, change.Kind, change.VersionBefore, change.VersionAfter));
        Assert.Equal("s1", result.Audit.ScenarioId);
    }

    [Fact]
    public async Task A_scenario_reader_applies_the_scenario_in_a_transaction_reads_inside_it_and_rolls_it_back_when_disposed()
    {
        var (store, handler, statements) = NewStore();
        handler.Scenarios(OpenScenario(revision: 1, [new GraphWrite.UpsertEntity(Board("board", "Renamed"))], ("board", 2)));
        handler.Entities(BoardV2);

        var reader = await store.GetScenarioReaderAsync("s1", CancellationToken.None);
        var scenarioReader = Assert.IsType<Neo4jScenarioReader>(reader);
        var read = await reader.GetEntitiesAsync(["board"], CancellationToken.None);
        await reader.QueryEntitiesAsync(new EntityQuery { Limit = 0 }, CancellationToken.None);
        await scenarioReader.DisposeAsync();
        await scenarioReader.DisposeAsync();

        Assert.Equal(["BEGIN", "SCENARIO", "ENTITIES", "UPSERT-ENTITIES", "ENTITIES", "MATCH (e:Entity)", "ROLLBACK"], handler.Steps());
        Assert.All(handler.Requests.Skip(1), r => Assert.EndsWith("/query/v2/tx/tx1", r.Path, StringComparison.Ordinal));
        Assert.DoesNotContain(statements, s => s.Text == Neo4jStatements.LockMeta || s.Text == Neo4jStatements.RecordAudit || s.Text == Neo4jStatements.BumpVersion);
        Assert.Equal("Write", JsonDocument.Parse(handler.Bodies[1]).RootElement.GetProperty("accessMode").GetString());
        var upserted = handler.Requests[3].Parameters.GetProperty("rows")[0].GetProperty("props");
        Assert.Equal(("Renamed", 3), (upserted.GetProperty("name").GetString(), upserted.GetProperty("version").GetInt64()));
        Assert.Equal("board", read[0]!.Id);
        Assert.True(scenarioReader.IsFinished);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => reader.GetEntitiesAsync(["board"], CancellationToken.None));
    }

    [Fact]
    public async Task A_scenario_reader_left_open_rolls_back_after_its_lifetime()
    {
        var time = new ManualTimeProvider(Now);
        var (store, handler, _) = NewStore(time);
        handler.Scenarios(OpenScenario());

        var reader = (Neo4jScenarioReader)(await store.GetScenarioReaderAsync("s1", CancellationToken.None))!;
        var timer = Assert.Single(time.Timers);
        timer.Fire();
        await WaitUntilAsync(() => reader.IsFinished);

        Assert.Equal(TimeSpan.FromSeconds(60), timer.DueTime);
        Assert.Equal("ROLLBACK", handler.Steps()[^1]);
        Assert.DoesNotContain("COMMIT", handler.Steps());
    }

    [Fact]
    public async Task An_unknown_scenario_has_no_reader_and_its_transaction_is_rolled_back()
    {
        var (store, handler, _) = NewStore();

        Assert.Null(await store.GetScenarioReaderAsync("nope", CancellationToken.None));
        Assert.Null(await store.GetScenarioDiffAsync("nope", CancellationToken.None));
        Assert.Equal(["BEGIN", "SCENARIO", "ROLLBACK", "BEGIN", "SCENARIO", "ROLLBACK"], handler.Steps());
    }

    [Fact]
    public async Task The_diff_compares_the_scenario_view_with_the_baseline_now_and_names_conflicts()
    {
        var (store, handler, _) = NewStore();
        var agreed = Line("person", RelationshipType.Chairs, "board") with { Version = 3 };
        handler.Scenarios(OpenScenario(revision: 2, [
            new GraphWrite.UpsertEntity(Board("board", "Renamed")),
            new GraphWrite.EndRelationship(agreed.Id, new DateOnly(2025, 1, 1)),
        ], ("board", 1), (agreed.Id, 3)));
        handler.Entities(BoardV2, PersonV1);
        handler.Relationships(agreed);

        var diff = (await store.GetScenarioDiffAsync("s1", CancellationToken.None))!;

        Assert.Equal([("board", ChangeKind.Updated, 1L, 2L), (agreed.Id, ChangeKind.Ended, 3L, 3L)], diff.Select(d => (d.TargetId, d.Kind, d.BaseVersion, d.BaselineVersion)));
        Assert.Contains("changed in the baseline", diff[0].Conflict, StringComparison.Ordinal);
        Assert.Null(diff[1].Conflict);
        Assert.Equal(["name"], diff[0].Fields.Select(f => f.Field));
        Assert.Equal(["status", "validTo"], diff[1].Fields.Select(f => f.Field));
    }

    [Fact]
    public async Task Scenarios_are_read_by_id_in_the_order_asked_or_all_newest_first()
    {
        var (store, handler, _) = NewStore();
        var older = OpenScenario() with { Info = OpenScenario().Info with { Id = "a", CreatedAt = Now.AddDays(-1) } };
        var newer = OpenScenario() with { Info = OpenScenario().Info with { Id = "b", CreatedAt = Now, Status = ScenarioStatus.Promoted, ClosedBy = "bob", ClosedAt = Now.AddHours(1) } };
        handler.Scenarios(older, newer);

        var byId = await store.GetScenariosAsync(["b", "zz", "a"], CancellationToken.None);
        var all = await store.GetScenariosAsync(null, CancellationToken.None);

        Assert.Equal(["b", null, "a"], byId.Select(s => s?.Id));
        Assert.Equal(newer.Info, byId[0]);
        Assert.Equal(["b", "a"], all.Select(s => s!.Id));
        Assert.Equal(Neo4jStatements.AllScenarios, handler.Requests[^1].Statement);
    }

    [Fact]
    public async Task The_audit_log_query_sends_its_filters_as_parameters_and_reads_the_entries()
    {
        var (store, handler, _) = NewStore();
        var entry = new AuditEntry(5, 9, Now, "ann", "linkEntities", "why", Source, null, "s1",
            [new AuditChange(ChangeTarget.Relationship, "x", ChangeKind.StatusChanged, 1, 2, [new FieldChange("status", "\"PROPOSED\"", "\"AGREED\"")])]);
        handler.Answers.Insert(0, ("AS json", """["json"]""", "[[" + JsonSerializer.Serialize(JsonSerializer.Serialize(entry, ScenarioRecordMapper.AuditJson)) + "]]"));

        var entries = await store.GetAuditLogAsync(new AuditQuery("x", Now.AddHours(-1), "s1", 10, ScenarioOnly: true), CancellationToken.None);
        var none = await store.GetAuditLogAsync(new AuditQuery(Limit: 0), CancellationToken.None);

        Assert.Empty(none);
        var read = Assert.Single(entries);
        Assert.Equal((5L, 9L, Now, "ann", "s1"), (read.Sequence, read.Version, read.At, read.Author, read.ScenarioId));
        Assert.Equal(("x", ChangeKind.StatusChanged, "\"AGREED\""), (read.Changes[0].TargetId, read.Changes[0].Kind, read.Changes[0].Fields[0].After));
        var parameters = Assert.Single(handler.Requests).Parameters;
        Assert.Equal(("x", "2026-03-02T09:30:00.0000000Z", "s1", true, "PROMOTED", 10),
            (parameters.GetProperty("targetId").GetString(), parameters.GetProperty("since").GetString(), parameters.GetProperty("scenarioId").GetString(),
             parameters.GetProperty("scenarioOnly").GetBoolean(), parameters.GetProperty("promoted").GetString(), parameters.GetProperty("limit").GetInt32()));
    }

    private static ScenarioState OpenScenario(long revision = 0, IReadOnlyList<GraphWrite>? writes = null, params (string Id, long Version)[] baseVersions) => new(
        new Scenario("s1", "Merge boards", null, "ann", Now.AddDays(-2), ScenarioStatus.Open, revision, writes?.Count ?? 0),
        [.. writes ?? []],
        baseVersions.ToImmutableDictionary(b => b.Id, b => b.Version, StringComparer.Ordinal));

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
