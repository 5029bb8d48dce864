using SystemGraph.Graph.Changes;
using SystemGraph.Graph.Store;
using SystemGraph.Neo4j.Http;

namespace SystemGraph.Neo4j.Store;

/// <summary>
/// One write batch in one explicit transaction: lock the meta node (graph version and audit sequence), read what
/// the batch touches, check it with the shared <see cref="GraphWriteApplier"/> (<see cref="WriteBatchPlan"/>),
/// write the final states, record the audit entry and the new version, commit. A rejected batch, or any failure,
/// rolls the transaction back, so nothing is half-applied. The three kinds of batch and their rules are the
/// embedded store's (<c>StoreCommit</c>): baseline changes, changes inside an open scenario (kept on its
/// <c>:Scenario</c> node, the baseline untouched), and scenario lifecycle (open, promote, discard).
/// </summary>
internal sealed class Neo4jBatchWriter(Neo4jHttpClient client, TimeProvider time)
{
    /// <summary>Rows per statement inside the write transaction (batches from the API are small; this bounds request size).</summary>
    private const int RowsPerStatement = 1000;

    public async Task<WriteResult> WriteAsync(GraphWriteBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var transaction = await client.BeginAsync(AccessMode.Write, cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var locked = await transaction.RunAsync(new CypherStatement(Neo4jStatements.LockMeta, Neo4jGraphStore.MetaParameters()), cancellationToken).ConfigureAwait(false);
            var current = Neo4jValues.LongOrNull(locked.Get(0, "version")) ?? 0;
            var sequence = Neo4jValues.LongOrNull(locked.Get(0, "auditSeq")) ?? 0;
            var lastAt = Neo4jValues.Unwrap(locked.Get(0, "auditAt"))?.GetString() is { } text ? ScenarioRecordMapper.ParseTime(text) : (DateTimeOffset?)null;
            var info = Stamp(batch.Info, lastAt);

            var outcome = await ApplyAsync(new Neo4jCommit(transaction, Neo4jReader.In(transaction)), batch, info, cancellationToken).ConfigureAwait(false);
            if (outcome.Errors.Count > 0)
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                return WriteResult.Rejected(current, outcome.Errors);
            }

            var entry = new AuditEntry(sequence + 1, current + 1, info.At, info.Author, info.Operation, info.Reason, info.Source, info.Rationale, outcome.ScenarioId, outcome.Changes);
            var parameters = Neo4jGraphStore.MetaParameters();
            parameters["version"] = entry.Version;
            parameters["seq"] = entry.Sequence;
            parameters["at"] = ScenarioRecordMapper.Time(entry.At);
            parameters["audit"] = ScenarioRecordMapper.ToProperties(entry);
            await transaction.RunAsync(new CypherStatement(Neo4jStatements.RecordAudit, parameters), cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return WriteResult.Success(entry.Version, entry);
        }
    }

    /// <summary>
    /// The commit time is this server's clock, never earlier than the last entry's (so the log reads in time order
    /// even when instances' clocks differ); a batch without change information is a direct store write.
    /// </summary>
    private ChangeInfo Stamp(ChangeInfo? info, DateTimeOffset? lastAt)
    {
        var now = time.GetUtcNow();
        var at = lastAt is { } last && now < last ? last : now;
        return info is null ? new ChangeInfo("system", at, "write", "Direct store write.") : info with { At = at };
    }

    private static async Task<Outcome> ApplyAsync(Neo4jCommit commit, GraphWriteBatch batch, ChangeInfo info, CancellationToken cancellationToken)
    {
        if (batch.Writes.Count == 0)
        {
            return Outcome.Refused(new WriteError(0, "INVALID", "The batch holds no writes."));
        }

        if (batch.Writes.Any(w => w.IsScenarioLifecycle))
        {
            return batch.Writes.Count != 1 || batch.Scenario is not null
                ? Outcome.Refused(new WriteError(0, "INVALID", "A scenario write (open, promote, discard) must be the only write in its batch."))
                : batch.Writes[0] switch
                {
                    GraphWrite.OpenScenario open => await commit.OpenAsync(open, info, cancellationToken).ConfigureAwait(false),
                    GraphWrite.PromoteScenario promote => await commit.PromoteAsync(promote, info, cancellationToken).ConfigureAwait(false),
                    _ => await commit.DiscardAsync((GraphWrite.DiscardScenario)batch.Writes[0], info, cancellationToken).ConfigureAwait(false),
                };
        }

        return batch.Scenario is { } scenarioId
            ? await commit.InScenarioAsync(batch.Writes, scenarioId, cancellationToken).ConfigureAwait(false)
            : await commit.BaselineAsync(batch.Writes, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>What a batch did (its scenario, null for the baseline, and its changes), or why it was refused.</summary>
    internal sealed record Outcome(IReadOnlyList<WriteError> Errors, string? ScenarioId, IReadOnlyList<AuditChange> Changes)
    {
        public static Outcome Refused(WriteError error) => new([error], null, []);

        public static Outcome Refused(IReadOnlyList<WriteError> errors) => new(errors, null, []);

        public static Outcome Done(string? scenarioId, IReadOnlyList<AuditChange> changes) => new([], scenarioId, changes);
    }

    /// <summary>The checks and writes of each kind of batch, inside one transaction.</summary>
    private sealed class Neo4jCommit(Neo4jTransaction transaction, Neo4jReader reader)
    {
        public async Task<Outcome> BaselineAsync(IReadOnlyList<GraphWrite> writes, CancellationToken cancellationToken)
        {
            var plan = await ReadAsync(reader, writes, withRecordIds: false, cancellationToken).ConfigureAwait(false);
            if (plan.ApplyAll(writes) is { Count: > 0 } errors)
            {
                return Outcome.Refused(errors);
            }

            await UpsertAsync(transaction.RunAsync, plan, cancellationToken).ConfigureAwait(false);
            return Outcome.Done(null, ChangeRecorder.Record(writes, plan.Before, plan));
        }

        public async Task<Outcome> InScenarioAsync(IReadOnlyList<GraphWrite> writes, string scenarioId, CancellationToken cancellationToken)
        {
            var (scenario, problem) = await OpenScenarioAsync(scenarioId, cancellationToken).ConfigureAwait(false);
            if (scenario is null)
            {
                return Outcome.Refused(problem!);
            }

            // The scenario's view of what the batch touches: its writes applied to the baseline (those that no longer
            // apply are left out, as its reads do), then the batch, whose refusals reject it.
            var plan = await ReadAsync(reader, [.. scenario.Writes, .. writes], withRecordIds: true, cancellationToken).ConfigureAwait(false);
            plan.ApplyAll(scenario.Writes);
            var view = plan.Freeze();
            if (plan.ApplyAll(writes) is { Count: > 0 } errors)
            {
                return Outcome.Refused(errors);
            }

            // The first time the scenario touches a record, remember the baseline version it started from.
            var baseVersions = scenario.BaseVersions;
            foreach (var id in writes.Select(w => w.RecordId).OfType<string>())
            {
                if (!baseVersions.ContainsKey(id))
                {
                    baseVersions = baseVersions.Add(id, ScenarioComparison.BaselineVersionOf(plan.Before, id));
                }
            }

            var next = scenario with
            {
                Info = scenario.Info with { Revision = scenario.Info.Revision + 1, ChangeCount = scenario.Info.ChangeCount + writes.Count },
                Writes = scenario.Writes.AddRange(writes.Select(w => w.WithoutExpectedVersion())),
                BaseVersions = baseVersions,
            };
            await UpdateScenarioAsync(next, cancellationToken).ConfigureAwait(false);
            return Outcome.Done(scenarioId, ChangeRecorder.Record(writes, view, plan));
        }

        public async Task<Outcome> OpenAsync(GraphWrite.OpenScenario open, ChangeInfo info, CancellationToken cancellationToken)
        {
            if (string.IsNullOrWhiteSpace(open.ScenarioId) || string.IsNullOrWhiteSpace(open.Name))
            {
                return Outcome.Refused(new WriteError(0, "INVALID", "A scenario needs an id and a name."));
            }

            if (await ReadScenarioAsync(reader, open.ScenarioId, cancellationToken).ConfigureAwait(false) is not null)
            {
                return Outcome.Refused(new WriteError(0, "DUPLICATE", $"Scenario '{open.ScenarioId}' already exists."));
            }

            var scenario = new Scenario(open.ScenarioId, open.Name.Trim(), open.Description, info.Author, info.At, ScenarioStatus.Open, 0, 0);
            var parameters = new Dictionary<string, object?>(StringComparer.Ordinal) { ["props"] = ScenarioRecordMapper.ToProperties(StoredScenario.Open(scenario)) };
            await transaction.RunAsync(new CypherStatement(Neo4jStatements.CreateScenario, parameters), cancellationToken).ConfigureAwait(false);
            var change = new AuditChange(ChangeTarget.Scenario, open.ScenarioId, ChangeKind.Created, null, 0, FieldDiff.Compute(null, new { name = scenario.Name, description = scenario.Description }));
            return Outcome.Done(open.ScenarioId, [change]);
        }

        public async Task<Outcome> DiscardAsync(GraphWrite.DiscardScenario discard, ChangeInfo info, CancellationToken cancellationToken)
        {
            var (scenario, problem) = await OpenScenarioAsync(discard.ScenarioId, cancellationToken).ConfigureAwait(false);
            if (scenario is null)
            {
                return Outcome.Refused(problem!);
            }

            var closed = scenario with { Info = scenario.Info with { Status = ScenarioStatus.Discarded, ClosedBy = info.Author, ClosedAt = info.At, Revision = scenario.Info.Revision + 1 } };
            await UpdateScenarioAsync(closed, cancellationToken).ConfigureAwait(false);
            var change = new AuditChange(ChangeTarget.Scenario, discard.ScenarioId, ChangeKind.Discarded, scenario.Info.Revision, closed.Info.Revision, []);
            return Outcome.Done(discard.ScenarioId, [change]);
        }

        /// <summary>
        /// Applies the scenario's writes to the baseline as one batch. Refused when the scenario changed since the
        /// revision the promoter reviewed, or when any record it changed has moved in the baseline since the scenario
        /// first changed it, or when a write no longer applies. Promoting is a baseline change (scenario id null).
        /// </summary>
        public async Task<Outcome> PromoteAsync(GraphWrite.PromoteScenario promote, ChangeInfo info, CancellationToken cancellationToken)
        {
            var (scenario, problem) = await OpenScenarioAsync(promote.ScenarioId, cancellationToken).ConfigureAwait(false);
            if (scenario is null)
            {
                return Outcome.Refused(problem!);
            }

            if (promote.ExpectedRevision is { } expected && expected != scenario.Info.Revision)
            {
                return Outcome.Refused(new WriteError(0, "CONFLICT", $"Scenario '{scenario.Info.Id}' is at revision {scenario.Info.Revision}, not the expected {expected}: it changed since you reviewed it."));
            }

            if (scenario.Writes.Count == 0)
            {
                return Outcome.Refused(new WriteError(0, "INVALID", $"Scenario '{scenario.Info.Id}' holds no changes to promote."));
            }

            var plan = await ReadAsync(reader, scenario.Writes, withRecordIds: true, cancellationToken).ConfigureAwait(false);
            var conflicts = ScenarioComparison.Conflicts(plan.Before, scenario).Select(c => new WriteError(0, "CONFLICT", c)).ToList();
            if (conflicts.Count > 0)
            {
                return Outcome.Refused(conflicts);
            }

            if (plan.ApplyAll(scenario.Writes) is { Count: > 0 } errors)
            {
                return Outcome.Refused(errors);
            }

            await UpsertAsync(transaction.RunAsync, plan, cancellationToken).ConfigureAwait(false);
            var promoted = scenario with { Info = scenario.Info with { Status = ScenarioStatus.Promoted, ClosedBy = info.Author, ClosedAt = info.At, Revision = scenario.Info.Revision + 1 } };
            await UpdateScenarioAsync(promoted, cancellationToken).ConfigureAwait(false);
            var changes = ChangeRecorder.Record(scenario.Writes, plan.Before, plan).ToList();
            changes.Add(new AuditChange(ChangeTarget.Scenario, scenario.Info.Id, ChangeKind.Promoted, scenario.Info.Revision, promoted.Info.Revision, []));
            return Outcome.Done(null, changes);
        }

        private async Task<(StoredScenario? Scenario, WriteError? Problem)> OpenScenarioAsync(string id, CancellationToken cancellationToken)
        {
            if (await ReadScenarioAsync(reader, id, cancellationToken).ConfigureAwait(false) is not { } scenario)
            {
                return (null, new WriteError(0, "NOT_FOUND", $"Scenario '{id}' does not exist."));
            }

            return scenario.Info.Status == ScenarioStatus.Open
                ? (scenario, null)
                : (null, new WriteError(0, "INVALID", $"Scenario '{id}' was {scenario.Info.Status.ToString().ToUpperInvariant()} on {scenario.Info.ClosedAt:yyyy-MM-dd}; it takes no more changes."));
        }

        private async Task UpdateScenarioAsync(StoredScenario scenario, CancellationToken cancellationToken)
        {
            var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["id"] = scenario.Info.Id,
                ["props"] = ScenarioRecordMapper.ToProperties(scenario),
            };
            await transaction.RunAsync(new CypherStatement(Neo4jStatements.UpdateScenario, parameters), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A scenario with its writes and base versions, or null when there is none with that id.</summary>
    internal static async Task<StoredScenario?> ReadScenarioAsync(Neo4jReader reader, string id, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal) { ["ids"] = new[] { id } };
        var result = await reader.RunAsync(new CypherStatement(Neo4jStatements.ScenariosById, parameters), cancellationToken).ConfigureAwait(false);
        return result.Rows.Count == 0 ? null : ScenarioRecordMapper.ToScenario(result.Get(0, "scenario"));
    }

    /// <summary>
    /// Reads the baseline records <paramref name="writes"/> touch into a plan. With <paramref name="withRecordIds"/>,
    /// every record id is looked up as both an entity and a relationship, which is what a record's baseline
    /// version (for a scenario's conflict checks) needs.
    /// </summary>
    internal static async Task<WriteBatchPlan> ReadAsync(Neo4jReader reader, IReadOnlyList<GraphWrite> writes, bool withRecordIds, CancellationToken cancellationToken)
    {
        var recordIds = withRecordIds ? writes.Select(w => w.RecordId).OfType<string>().ToList() : [];
        var entityIds = WriteBatchPlan.EntityIdsOf(writes).Union(recordIds, StringComparer.Ordinal).ToList();
        var relationshipIds = WriteBatchPlan.RelationshipIdsOf(writes).Union(recordIds, StringComparer.Ordinal).ToList();
        var entities = await reader.ReadEntitiesAsync(entityIds, cancellationToken).ConfigureAwait(false);
        var relationships = await reader.ReadRelationshipsAsync(relationshipIds, cancellationToken).ConfigureAwait(false);
        return new WriteBatchPlan(entities, relationships);
    }

    /// <summary>Writes the plan's changed entities, then its changed relationships (whose ends must exist first).</summary>
    internal static async Task UpsertAsync(Func<CypherStatement, CancellationToken, Task<Neo4jQueryResult>> run, WriteBatchPlan plan, CancellationToken cancellationToken)
    {
        foreach (var (statement, _) in UpsertStatements.Entities(plan.Entities, loadId: null, RowsPerStatement)
            .Concat(UpsertStatements.Relationships(plan.Relationships, loadId: null, RowsPerStatement)))
        {
            await run(statement, cancellationToken).ConfigureAwait(false);
        }
    }
}
