namespace SystemGraph.Graph.Store;

/// <summary>
/// What <see cref="GraphCommit"/> needs from a store to commit one batch: the scenarios, the records a batch touches
/// (as a workspace the writes are applied to), and where the outcome goes. Each store implements it over its own
/// storage, inside whatever makes the batch atomic (the embedded store: the next immutable state under its write
/// lock; Neo4j: one explicit transaction). The rules and their order live in <see cref="GraphCommit"/> only.
/// </summary>
public interface ICommitWorkspace
{
    /// <summary>The scenario with this id, or null when there is none.</summary>
    ValueTask<ScenarioState?> FindScenarioAsync(string scenarioId, CancellationToken cancellationToken);

    /// <summary>
    /// The baseline's records that <paramref name="writes"/> touch, as a workspace to apply them to. With
    /// <paramref name="withRecordIds"/>, every write's record id is read too, as an entity and as a relationship (a
    /// scenario's conflict checks need each record's baseline version).
    /// </summary>
    ValueTask<IBatchWorkspace> BaselineAsync(IReadOnlyList<GraphWrite> writes, bool withRecordIds, CancellationToken cancellationToken);

    /// <summary>
    /// The scenario's graph (its writes applied to the baseline; those that no longer apply left out), with the records
    /// <paramref name="writes"/> touch, as a workspace to apply them to.
    /// </summary>
    ValueTask<IBatchWorkspace> ScenarioAsync(ScenarioState scenario, IReadOnlyList<GraphWrite> writes, CancellationToken cancellationToken);

    /// <summary>Makes what was applied to a <see cref="BaselineAsync"/> workspace the new baseline.</summary>
    ValueTask SaveBaselineAsync(IBatchWorkspace baseline, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a scenario: new (<paramref name="created"/>), written to (<paramref name="written"/>: the
    /// <see cref="ScenarioAsync"/> workspace the batch was applied to, which a store may keep as the scenario's view),
    /// or closed.
    /// </summary>
    ValueTask SaveScenarioAsync(ScenarioState scenario, bool created, IBatchWorkspace? written, CancellationToken cancellationToken);
}

/// <summary>A write workspace that also shows the records as they were before the batch.</summary>
public interface IBatchWorkspace : IWriteWorkspace
{
    /// <summary>The baseline's records, as they were before the batch.</summary>
    IRecordLookup Baseline { get; }

    /// <summary>This workspace's records before the batch: the baseline, or the scenario's view of it.</summary>
    IRecordLookup Before { get; }
}
