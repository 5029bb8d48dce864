using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;
using SystemGraph.Neo4j.Http;

namespace SystemGraph.Neo4j.Store;

/// <summary>
/// Reads in a scenario on Neo4j: an explicit write transaction in which the scenario's writes have been applied to
/// the baseline (never committed), and every read of this reader runs inside it, so it answers exactly like the
/// baseline reads with the scenario's changes in place. Disposing rolls the transaction back.
/// </summary>
/// <remarks>
/// The caller MUST dispose it (<c>await using</c>, or <c>DisposeAsync</c> when the request ends): until then the
/// transaction holds Neo4j's locks on the records the scenario changes, so a baseline write to one of those waits.
/// As a safety net it rolls itself back after <see cref="Neo4jOptions.ScenarioReaderLifetime"/>; reads after that
/// (or after disposal) throw <see cref="ObjectDisposedException"/>. Reads are run one at a time (a transaction takes
/// one statement at a time); concurrent callers wait their turn.
/// </remarks>
internal sealed class Neo4jScenarioReader : IGraphReader, IAsyncDisposable
{
    private readonly Neo4jTransaction transaction;
    private readonly Neo4jReader reader;
    private readonly SemaphoreSlim turn = new(1, 1);
    private readonly ITimer? expiry;
    private bool finished;

    internal Neo4jScenarioReader(string scenarioId, Neo4jTransaction transaction, long version, TimeProvider time, TimeSpan lifetime)
    {
        ScenarioId = scenarioId;
        this.transaction = transaction;
        reader = Neo4jReader.In(transaction);
        Version = version;
        if (lifetime > TimeSpan.Zero && lifetime != Timeout.InfiniteTimeSpan)
        {
            expiry = time.CreateTimer(_ => _ = DisposeAsync().AsTask(), null, lifetime, Timeout.InfiniteTimeSpan);
        }
    }

    public string ScenarioId { get; }

    /// <summary>The store's graph version when the reader was opened.</summary>
    public long Version { get; }

    /// <summary>True once the transaction has been rolled back (disposed, or expired).</summary>
    public bool IsFinished => Volatile.Read(ref finished);

    public Task<IReadOnlyList<Entity?>> GetEntitiesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        InTurnAsync(r => r.GetEntitiesAsync(ids, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<Relationship?>> GetRelationshipsAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        InTurnAsync(r => r.GetRelationshipsAsync(ids, cancellationToken), cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Relationship>>> GetRelationshipsOfAsync(
        IReadOnlyList<string> entityIds, RelationshipQuery query, CancellationToken cancellationToken) =>
        InTurnAsync(r => r.GetRelationshipsOfAsync(entityIds, query, cancellationToken), cancellationToken);

    public Task<Page<Entity>> QueryEntitiesAsync(EntityQuery query, CancellationToken cancellationToken) =>
        InTurnAsync(r => r.QueryEntitiesAsync(query, cancellationToken), cancellationToken);

    public Task<Page<Relationship>> QueryRelationshipsAsync(RelationshipPageQuery query, CancellationToken cancellationToken) =>
        InTurnAsync(r => r.QueryRelationshipsAsync(query, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string text, IReadOnlySet<EntityKind>? kinds, int limit, CancellationToken cancellationToken) =>
        InTurnAsync(r => r.SearchAsync(text, kinds, limit, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<Entity>> FindByNamesAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken) =>
        InTurnAsync(r => r.FindByNamesAsync(names, cancellationToken), cancellationToken);

    public async Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken) =>
        (await InTurnAsync(r => r.GetStatsAndVersionAsync(cancellationToken), cancellationToken).ConfigureAwait(false)).Stats;

    /// <summary>Rolls the scenario's transaction back (nothing it applied was ever visible to anyone else). Idempotent.</summary>
    public async ValueTask DisposeAsync()
    {
        if (expiry is not null)
        {
            await expiry.DisposeAsync().ConfigureAwait(false);
        }

        await turn.WaitAsync().ConfigureAwait(false);
        try
        {
            if (finished)
            {
                return;
            }

            Volatile.Write(ref finished, true);
            await transaction.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            turn.Release();
        }
    }

    private async Task<T> InTurnAsync<T>(Func<Neo4jReader, Task<T>> read, CancellationToken cancellationToken)
    {
        await turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(finished, this);
            return await read(reader).ConfigureAwait(false);
        }
        finally
        {
            turn.Release();
        }
    }
}
