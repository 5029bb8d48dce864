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
            var info = ChangeInfo.Stamp(batch.Info, time.GetUtcNow(), lastAt);

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

    private static async Task<Outcome> ApplyAsync(Neo4jCommit commit, GraphWriteBatch batch, ChangeInfo info, CancellationToken cancellationToken)
    {
        if (ScenarioLifecycle.ShapeProblem(batch) is { } shape)
        {
            return Outcome.Refused(shape);
        }

        return batch.Writes[0] switch
        {
            GraphWrite.OpenScenario open => await commit.OpenAsync(open, info, cancellationToken).ConfigureAwait(false),
            GraphWrite.PromoteScenario promote => await commit.PromoteAsync(promote, info, cancellationToken).ConfigureAwait(false),
            GraphWrite.DiscardScenario discard => await commit.DiscardAsync(discard, info, cancellationToken).ConfigureAwait(false),
            _ => batch.Scenario is { } scenarioId
                ? await commit.InScenarioAsync(batch.Writes, scenarioId, cancellationToken).ConfigureAwait(false)
                : await commit.BaselineAsync(batch.Writes, cancellationToken).ConfigureAwait(false),
        };
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

            var next = ScenarioLifecycle.Write(scenario, writes, plan.Before);
            await UpdateScenarioAsync(next, cancellationToken).ConfigureAwait(false);
            return Outcome.Done(scenarioId, ChangeRecorder.Record(writes, view, plan));
        }

        public async Task<Outcome> OpenAsync(GraphWrite.OpenScenario open, ChangeInfo info, CancellationToken cancellationToken)
        {
            var exists = !string.IsNullOrWhiteSpace(open.ScenarioId) && await ReadScenarioAsync(reader, open.ScenarioId, cancellationToken).ConfigureAwait(false) is not null;
            var (scenario, change, problem) = ScenarioLifecycle.Open(open, exists, info);
            if (scenario is null)
            {
                return Outcome.Refused(problem!);
            }

            var parameters = new Dictionary<string, object?>(StringComparer.Ordinal) { ["props"] = ScenarioRecordMapper.ToProperties(scenario) };
            await transaction.RunAsync(new CypherStatement(Neo4jStatements.CreateScenario, parameters), cancellationToken).ConfigureAwait(false);
            return Outcome.Done(open.ScenarioId, [change!]);
        }

        public async Task<Outcome> DiscardAsync(GraphWrite.DiscardScenario discard, ChangeInfo info, CancellationToken cancellationToken)
        {
            var (scenario, problem) = await OpenScenarioAsync(discard.ScenarioId, cancellationToken).ConfigureAwait(false);
            if (scenario is null)
            {
                return Outcome.Refused(problem!);
            }

            var (closed, change) = ScenarioLifecycle.Close(scenario, ScenarioStatus.Discarded, info);
            await UpdateScenarioAsync(closed, cancellationToken).ConfigureAwait(false);
            return Outcome.Done(discard.ScenarioId, [change]);
        }

        /// <summary>
        /// Applies the scenario's writes to the baseline as one batch, when <see cref="ScenarioLifecycle.PromoteProblems"/>
        /// finds none and every write still applies. Promoting is a baseline change (scenario id null).
        /// </summary>
        public async Task<Outcome> PromoteAsync(GraphWrite.PromoteScenario promote, ChangeInfo info, CancellationToken cancellationToken)
        {
            var (scenario, problem) = await OpenScenarioAsync(promote.ScenarioId, cancellationToken).ConfigureAwait(false);
            if (scenario is null)
            {
                return Outcome.Refused(problem!);
            }

            var plan = await ReadAsync(reader, scenario.Writes, withRecordIds: true, cancellationToken).ConfigureAwait(false);
            if (ScenarioLifecycle.PromoteProblems(scenario, promote.ExpectedRevision, plan.Before) is { Count: > 0 } problems)
            {
                return Outcome.Refused(problems);
            }

            if (plan.ApplyAll(scenario.Writes) is { Count: > 0 } errors)
            {
                return Outcome.Refused(errors);
            }

            await UpsertAsync(transaction.RunAsync, plan, cancellationToken).ConfigureAwait(false);
            var (promoted, closing) = ScenarioLifecycle.Close(scenario, ScenarioStatus.Promoted, info);
            await UpdateScenarioAsync(promoted, cancellationToken).ConfigureAwait(false);
            return Outcome.Done(null, ChangeRecorder.Record(scenario.Writes, plan.Before, plan).Append(closing).ToList());
        }

        private async Task<(ScenarioState? Scenario, WriteError? Problem)> OpenScenarioAsync(string id, CancellationToken cancellationToken) =>
            ScenarioLifecycle.RequireOpen(id, await ReadScenarioAsync(reader, id, cancellationToken).ConfigureAwait(false));

        private async Task UpdateScenarioAsync(ScenarioState scenario, CancellationToken cancellationToken)
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
    internal static async Task<ScenarioState?> ReadScenarioAsync(Neo4jReader reader, string id, CancellationToken cancellationToken)
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
