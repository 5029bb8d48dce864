using SystemGraph.Graph.Store;
using SystemGraph.Neo4j.Http;

namespace SystemGraph.Neo4j.Store;

/// <summary>
/// One write batch in one explicit transaction: lock the graph version, read what the batch touches, check it
/// (<see cref="WriteBatchPlan"/>), write the final states, bump the version, commit. A rejected batch, or any
/// failure, rolls the transaction back, so nothing is half-applied.
/// </summary>
internal sealed class Neo4jBatchWriter(Neo4jHttpClient client)
{
    /// <summary>Rows per statement inside the write transaction (batches from the API are small; this bounds request size).</summary>
    private const int RowsPerStatement = 1000;

    public async Task<WriteResult> WriteAsync(GraphWriteBatch batch, CancellationToken cancellationToken)
    {
        var transaction = await client.BeginAsync(AccessMode.Write, cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var locked = await transaction.RunAsync(new CypherStatement(Neo4jStatements.LockMeta, Neo4jGraphStore.MetaParameters()), cancellationToken).ConfigureAwait(false);
            var current = Neo4jValues.LongOrNull(locked.Get(0, "version")) ?? 0;

            var entityIds = WriteBatchPlan.EntityIdsOf(batch);
            var relationshipIds = WriteBatchPlan.RelationshipIdsOf(batch);
            var entities = entityIds.Count == 0 ? [] : await Neo4jGraphStore.ReadEntitiesAsync(client, entityIds, transaction, cancellationToken).ConfigureAwait(false);
            var relationships = relationshipIds.Count == 0 ? [] : await Neo4jGraphStore.ReadRelationshipsAsync(client, relationshipIds, transaction, cancellationToken).ConfigureAwait(false);

            var plan = WriteBatchPlan.Check(batch, entities, relationships);
            if (plan.Errors.Count > 0)
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                return WriteResult.Rejected(current, plan.Errors);
            }

            foreach (var (statement, _) in UpsertStatements.Entities(plan.Entities, loadId: null, RowsPerStatement)
                .Concat(UpsertStatements.Relationships(plan.Relationships, loadId: null, RowsPerStatement)))
            {
                await transaction.RunAsync(statement, cancellationToken).ConfigureAwait(false);
            }

            var bumped = await transaction.RunAsync(new CypherStatement(Neo4jStatements.BumpVersion, Neo4jGraphStore.MetaParameters()), cancellationToken).ConfigureAwait(false);
            var next = Neo4jValues.LongOrNull(bumped.Get(0, "version")) ?? current + 1;
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return WriteResult.Success(next);
        }
    }
}
