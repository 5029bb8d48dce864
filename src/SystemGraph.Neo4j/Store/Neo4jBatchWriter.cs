using SystemGraph.Graph.Changes;
using SystemGraph.Graph.Store;
using SystemGraph.Neo4j.Http;

namespace SystemGraph.Neo4j.Store;

/// <summary>
/// One write batch in one explicit transaction: lock the meta node (graph version and audit sequence), run the shared
/// commit algorithm (<see cref="GraphCommit"/>) over this transaction (<see cref="TransactionWorkspace"/>: what it reads
/// and how its outcome becomes Cypher), record the audit entry and the new version, commit. A rejected batch, or any
/// failure, rolls the transaction back, so nothing is half-applied. Scenarios live on <c>:Scenario</c> nodes.
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

            var outcome = await GraphCommit.ApplyAsync(new TransactionWorkspace(transaction, Neo4jReader.In(transaction)), batch, info, cancellationToken).ConfigureAwait(false);
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

    /// <summary>The transaction as the commit's workspace: reads what a batch touches, saves the outcome as Cypher.</summary>
    private sealed class TransactionWorkspace(Neo4jTransaction transaction, Neo4jReader reader) : ICommitWorkspace
    {
        public async ValueTask<ScenarioState?> FindScenarioAsync(string scenarioId, CancellationToken cancellationToken) =>
            await ReadScenarioAsync(reader, scenarioId, cancellationToken).ConfigureAwait(false);

        public async ValueTask<IBatchWorkspace> BaselineAsync(IReadOnlyList<GraphWrite> writes, bool withRecordIds, CancellationToken cancellationToken) =>
            await ReadAsync(reader, writes, withRecordIds, cancellationToken).ConfigureAwait(false);

        /// <summary>
        /// The scenario's view of what the batch touches: its writes applied to the baseline (those that no longer
        /// apply are left out, as its reads do); the batch starts from there.
        /// </summary>
        public async ValueTask<IBatchWorkspace> ScenarioAsync(ScenarioState scenario, IReadOnlyList<GraphWrite> writes, CancellationToken cancellationToken)
        {
            var plan = await ReadAsync(reader, [.. scenario.Writes, .. writes], withRecordIds: true, cancellationToken).ConfigureAwait(false);
            plan.ApplyAll(scenario.Writes);
            plan.BeginBatch();
            return plan;
        }

        public async ValueTask SaveBaselineAsync(IBatchWorkspace baseline, CancellationToken cancellationToken) =>
            await UpsertAsync(transaction.RunAsync, (WriteBatchPlan)baseline, cancellationToken).ConfigureAwait(false);

        public async ValueTask SaveScenarioAsync(ScenarioState scenario, bool created, IBatchWorkspace? written, CancellationToken cancellationToken)
        {
            var parameters = new Dictionary<string, object?>(StringComparer.Ordinal) { ["props"] = ScenarioRecordMapper.ToProperties(scenario) };
            if (!created)
            {
                parameters["id"] = scenario.Info.Id;
            }

            await transaction.RunAsync(new CypherStatement(created ? Neo4jStatements.CreateScenario : Neo4jStatements.UpdateScenario, parameters), cancellationToken).ConfigureAwait(false);
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
