using SystemGraph.Graph.Changes;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;
using Xunit;
using static SystemGraph.TestSupport.GraphStoreConformance.TestGraph;

namespace SystemGraph.TestSupport.GraphStoreConformance;

/// <summary>
/// Writes, the audit log and scenarios, as every <see cref="IGraphStore"/> must do them: rules and versions
/// checked, refused batches change nothing, every committed batch audited, scenarios isolated, promotion atomic
/// and refused over a conflicting baseline change. Skippable, like the rest of the conformance suite.
/// </summary>
public abstract class ScenarioConformanceTests
{
    protected abstract Task<IGraphStore> CreateStoreAsync();

    private static readonly ChangeInfo Planner = new("priya", DateTimeOffset.UnixEpoch, "test", "what if", Rationale: "a planner's note");
    private static readonly ChangeInfo Editor = new("erin", DateTimeOffset.UnixEpoch, "test", "signed", Source);

    private static readonly Entity Function = new() { Id = "ccg-functions", Kind = EntityKind.Function, Name = "CCG functions" };

    private async Task<IGraphStore> SeededAsync()
    {
        var store = await CreateStoreAsync();
        await store.LoadAsync(
            [Document(), Org("ccg", "A CCG", "CCG"), Org("icb", "An ICB", "ICB"), Board("locality"), Function],
            [Line("ccg-functions", RelationshipType.HeldBy, "ccg", RelationshipStatus.InForce), Line("ccg", RelationshipType.MemberOf, "locality", RelationshipStatus.Proposed)],
            CancellationToken.None);
        return store;
    }

    private static Task<WriteResult> WriteAsync(IGraphStore store, ChangeInfo info, string? scenario, params GraphWrite[] writes) =>
        store.WriteAsync(new GraphWriteBatch(writes, info, scenario), CancellationToken.None);

    private static string LineId => "ccg.member-of.locality";

    [SkippableFact]
    public async Task A_rule_violation_is_refused_and_changes_nothing()
    {
        var store = await SeededAsync();
        var version = store.Version;

        var result = await WriteAsync(store, Editor, null,
            new GraphWrite.UpsertEntity(Board("new-board")),
            new GraphWrite.AddRelationship(Line("ccg", RelationshipType.TransfersTo, "icb")));

        Assert.False(result.Committed);
        Assert.Equal("RULE_VIOLATION", Assert.Single(result.Errors).Code);
        Assert.Equal(1, result.Errors[0].Index);
        Assert.Null((await store.GetEntitiesAsync(["new-board"], CancellationToken.None))[0]);
        Assert.Equal(version, store.Version);
        Assert.Empty(await store.GetAuditLogAsync(new AuditQuery(), CancellationToken.None));
    }

    [SkippableFact]
    public async Task A_stale_expected_version_is_a_conflict_naming_both_versions()
    {
        var store = await SeededAsync();
        Assert.True((await WriteAsync(store, Editor, null, new GraphWrite.SetRelationshipStatus(LineId, RelationshipStatus.Agreed, 1))).Committed);

        var stale = await WriteAsync(store, Editor, null, new GraphWrite.SetRelationshipStatus(LineId, RelationshipStatus.InForce, 1));

        var error = Assert.Single(stale.Errors);
        Assert.Equal(("CONFLICT", LineId, 1L, 2L), (error.Code, error.Id!, error.Expected!.Value, error.Actual!.Value));
    }

    [SkippableFact]
    public async Task Every_committed_batch_is_audited_with_who_why_evidence_and_fields()
    {
        var store = await SeededAsync();

        var result = await WriteAsync(store, Editor, null, new GraphWrite.SetRelationshipStatus(LineId, RelationshipStatus.Agreed, 1));

        var entry = Assert.Single(await store.GetAuditLogAsync(new AuditQuery(LineId), CancellationToken.None));
        Assert.Equal(result.Audit, entry);
        Assert.Equal(("erin", "signed", "doc-test"), (entry.Author, entry.Reason, entry.Source!.DocumentId));
        var change = Assert.Single(entry.Changes);
        Assert.Equal((ChangeTarget.Relationship, ChangeKind.StatusChanged, 1L, 2L), (change.Target, change.Kind, change.VersionBefore!.Value, change.VersionAfter));
        Assert.Equal(new FieldChange("status", "\"PROPOSED\"", "\"AGREED\""), Assert.Single(change.Fields));
    }

    [SkippableFact]
    public async Task Many_histories_come_back_in_one_call_as_the_audit_log_shows_them()
    {
        var store = await SeededAsync();
        await WriteAsync(store, Editor, null, new GraphWrite.SetRelationshipStatus(LineId, RelationshipStatus.Agreed, 1));
        await WriteAsync(store, Editor, null, new GraphWrite.UpsertEntity(Board("locality", "Renamed")), new GraphWrite.SetRelationshipStatus(LineId, RelationshipStatus.InForce, 2));
        await WriteAsync(store, Planner, null, new GraphWrite.OpenScenario("s", "what if"));
        await WriteAsync(store, Planner, "s", new GraphWrite.UpsertEntity(Board("locality", "Scenario name")));

        var baseline = await store.GetHistoriesAsync([LineId, "locality", "icb"], null, 1, CancellationToken.None);
        var inScenario = await store.GetHistoriesAsync(["locality"], "s", 10, CancellationToken.None);

        Assert.Equal(["erin"], baseline[LineId].Select(e => e.Author));
        Assert.Equal(2, baseline[LineId][0].Sequence);
        Assert.Equal((await store.GetAuditLogAsync(new AuditQuery("locality", Limit: 1), CancellationToken.None)).Select(e => e.Sequence), baseline["locality"].Select(e => e.Sequence));
        Assert.Empty(baseline["icb"]);
        Assert.Equal(["priya", "erin"], inScenario["locality"].Select(e => e.Author));
    }

    [SkippableFact]
    public async Task A_scenario_is_invisible_to_the_baseline_and_to_other_scenarios()
    {
        var store = await SeededAsync();
        await WriteAsync(store, Planner, null, new GraphWrite.OpenScenario("s1", "one"));
        await WriteAsync(store, Planner, null, new GraphWrite.OpenScenario("s2", "two"));

        var write = await WriteAsync(store, Planner, "s1", new GraphWrite.AddRelationship(Line("ccg-functions", RelationshipType.TransfersTo, "icb")));

        Assert.True(write.Committed, string.Join("; ", write.Errors.Select(e => e.Message)));
        var inScenario = (await store.GetScenarioReaderAsync("s1", CancellationToken.None))!;
        var other = (await store.GetScenarioReaderAsync("s2", CancellationToken.None))!;
        var id = "ccg-functions.transfers-to.icb";
        Assert.NotNull((await inScenario.GetRelationshipsAsync([id], CancellationToken.None))[0]);
        Assert.Null((await other.GetRelationshipsAsync([id], CancellationToken.None))[0]);
        Assert.Null((await store.GetRelationshipsAsync([id], CancellationToken.None))[0]);
        Assert.Empty(await store.GetAuditLogAsync(new AuditQuery(id), CancellationToken.None));
        Assert.Single(await store.GetAuditLogAsync(new AuditQuery(id, ScenarioId: "s1"), CancellationToken.None));
        var diff = Assert.Single((await store.GetScenarioDiffAsync("s1", CancellationToken.None))!);
        Assert.Equal((ChangeKind.Created, (string?)null), (diff.Kind, diff.Conflict));
    }

    [SkippableFact]
    public async Task Search_finds_a_scenario_entity_inside_its_scenario_only_until_it_is_promoted()
    {
        var store = await SeededAsync();
        await WriteAsync(store, Planner, null, new GraphWrite.OpenScenario("s", "rename"));
        await WriteAsync(store, Planner, null, new GraphWrite.OpenScenario("other", "nothing"));
        await WriteAsync(store, Planner, "s", new GraphWrite.UpsertEntity(Board("hypothetical-board", "Hypothetical Quorum Board")));
        await WriteAsync(store, Planner, "s", new GraphWrite.UpsertEntity(Org("icb", "Zanzibar Commissioning Body", "ICB"), 1));

        async Task<string[]> Ids(string? scenario, string text)
        {
            var reader = scenario is null ? store : (await store.GetScenarioReaderAsync(scenario, CancellationToken.None))!;
            try
            {
                return [.. (await reader.SearchAsync(text, null, 5, CancellationToken.None)).Select(h => h.Entity.Id)];
            }
            finally
            {
                if (scenario is not null && reader is IAsyncDisposable disposable)
                {
                    await disposable.DisposeAsync();
                }
            }
        }

        Assert.Equal(["hypothetical-board"], await Ids("s", "Quorum"));
        Assert.Equal(["icb"], await Ids("s", "Zanzibar"));
        Assert.DoesNotContain("icb", await Ids("s", "An ICB"));
        Assert.Empty(await Ids(null, "Quorum"));
        Assert.Empty(await Ids("other", "Quorum"));
        Assert.Empty(await Ids(null, "Zanzibar"));
        Assert.Contains("icb", await Ids(null, "An ICB"));

        Assert.True((await WriteAsync(store, Editor, null, new GraphWrite.PromoteScenario("s"))).Committed);
        Assert.Equal(["hypothetical-board"], await Ids(null, "Quorum"));
        Assert.Equal(["icb"], await Ids(null, "Zanzibar"));
    }

    [SkippableFact]
    public async Task Promoting_applies_the_scenario_atomically_and_closes_it()
    {
        var store = await SeededAsync();
        await WriteAsync(store, Planner, null, new GraphWrite.OpenScenario("s", "agree"));
        await WriteAsync(store, Planner, "s", new GraphWrite.SetRelationshipStatus(LineId, RelationshipStatus.Agreed, 1));
        await WriteAsync(store, Planner, "s", new GraphWrite.AddRelationship(Line("ccg-functions", RelationshipType.TransfersTo, "icb")));

        var promoted = await WriteAsync(store, Editor, null, new GraphWrite.PromoteScenario("s", ExpectedRevision: 2));

        Assert.True(promoted.Committed, string.Join("; ", promoted.Errors.Select(e => e.Message)));
        var lines = await store.GetRelationshipsAsync([LineId, "ccg-functions.transfers-to.icb"], CancellationToken.None);
        Assert.Equal(RelationshipStatus.Agreed, lines[0]!.Status);
        Assert.NotNull(lines[1]);
        Assert.Equal(ScenarioStatus.Promoted, (await store.GetScenariosAsync(["s"], CancellationToken.None))[0]!.Status);
        Assert.False((await WriteAsync(store, Planner, "s", new GraphWrite.UpsertEntity(Board("late")))).Committed);

        // The planner's entries are the baseline's history now, after the editor's promotion.
        Assert.Equal(["erin", "priya"], (await store.GetAuditLogAsync(new AuditQuery(LineId), CancellationToken.None)).Select(e => e.Author));
    }

    [SkippableFact]
    public async Task Promoting_over_a_conflicting_baseline_change_is_refused_and_changes_nothing()
    {
        var store = await SeededAsync();
        await WriteAsync(store, Planner, null, new GraphWrite.OpenScenario("s", "agree"));
        await WriteAsync(store, Planner, "s", new GraphWrite.SetRelationshipStatus(LineId, RelationshipStatus.Agreed, 1));
        await WriteAsync(store, Planner, "s", new GraphWrite.UpsertEntity(Board("scenario-board")));
        await WriteAsync(store, Editor, null, new GraphWrite.SetRelationshipStatus(LineId, RelationshipStatus.Draft, 1));
        var version = store.Version;

        var refused = await WriteAsync(store, Editor, null, new GraphWrite.PromoteScenario("s"));
        var staleReview = await WriteAsync(store, Editor, null, new GraphWrite.PromoteScenario("s", ExpectedRevision: 1));

        var conflict = Assert.Single(refused.Errors);
        Assert.Equal(("PROMOTE_CONFLICT", LineId, 1L, 2L), (conflict.Code, conflict.Id!, conflict.Expected!.Value, conflict.Actual!.Value));
        Assert.Equal("CONFLICT", Assert.Single(staleReview.Errors).Code);
        Assert.Equal(version, store.Version);
        Assert.Null((await store.GetEntitiesAsync(["scenario-board"], CancellationToken.None))[0]);
        Assert.Equal(RelationshipStatus.Draft, (await store.GetRelationshipsAsync([LineId], CancellationToken.None))[0]!.Status);
        Assert.Equal(ScenarioStatus.Open, (await store.GetScenariosAsync(["s"], CancellationToken.None))[0]!.Status);
        Assert.Contains((await store.GetScenarioDiffAsync("s", CancellationToken.None))!, d => d.TargetId == LineId && d.Conflict is not null);
    }

    [SkippableFact]
    public async Task A_discarded_scenario_takes_no_more_changes_and_cannot_be_promoted()
    {
        var store = await SeededAsync();
        await WriteAsync(store, Planner, null, new GraphWrite.OpenScenario("s", "drop"));
        await WriteAsync(store, Planner, "s", new GraphWrite.UpsertEntity(Board("b")));

        Assert.True((await WriteAsync(store, Planner, null, new GraphWrite.DiscardScenario("s"))).Committed);

        Assert.Equal("INVALID", (await WriteAsync(store, Planner, "s", new GraphWrite.UpsertEntity(Board("c")))).Errors[0].Code);
        Assert.Equal("INVALID", (await WriteAsync(store, Editor, null, new GraphWrite.PromoteScenario("s"))).Errors[0].Code);
        Assert.Equal("NOT_FOUND", (await WriteAsync(store, Editor, null, new GraphWrite.PromoteScenario("nope"))).Errors[0].Code);
        Assert.Null((await store.GetEntitiesAsync(["b"], CancellationToken.None))[0]);
    }
}
