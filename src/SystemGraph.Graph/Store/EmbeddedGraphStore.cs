using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Store;

/// <summary>
/// The default <see cref="IGraphStore"/>: the whole graph in memory as immutable snapshots. Reads take the
/// current snapshot and never wait; writes are serialised, build the next snapshot, append the batch to the
/// journal (fsync) and only then publish the snapshot and acknowledge. On start the journal is replayed on top
/// of the bulk-loaded seed, so no acknowledged write is lost.
/// </summary>
public sealed class EmbeddedGraphStore : IGraphStore, IDisposable
{
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private readonly ILogger logger;
    private readonly string? journalPath;
    private GraphJournal? journal;
    private GraphSnapshot snapshot = GraphSnapshot.Empty;

    /// <param name="journalPath">Journal file; null keeps writes in memory only (tests, read-only deployments).</param>
    public EmbeddedGraphStore(string? journalPath = null, ILogger<EmbeddedGraphStore>? logger = null)
    {
        this.journalPath = journalPath;
        this.logger = logger ?? (ILogger)NullLogger.Instance;
    }

    public long Version => Volatile.Read(ref snapshot).Version;

    internal GraphSnapshot Snapshot => Volatile.Read(ref snapshot);

    public async Task LoadAsync(IReadOnlyCollection<Entity> entities, IReadOnlyCollection<Relationship> relationships, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(relationships);
        await writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var loaded = GraphSnapshotBulkLoader.Build(entities, relationships, 1);
            journal?.Dispose();
            journal = null;
            if (journalPath is not null)
            {
                var (opened, batches) = GraphJournal.Open(journalPath, logger);
                journal = opened;
                foreach (var batch in batches)
                {
                    var (next, errors) = Apply(loaded, batch);
                    if (next is null)
                    {
                        throw new InvalidDataException($"Journal {journalPath} holds a batch that no longer applies to the seed: {errors[0].Message}");
                    }

                    loaded = next;
                }
            }

            Volatile.Write(ref snapshot, loaded);
        }
        finally
        {
            writeLock.Release();
        }
    }

    public async Task<WriteResult> WriteAsync(GraphWriteBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = snapshot;
            var (next, errors) = Apply(current, batch);
            if (next is null)
            {
                return WriteResult.Rejected(current.Version, errors);
            }

            // Durable before visible: a crash after this line replays the batch; before it, the write was never acknowledged.
            journal?.Append(batch);
            Volatile.Write(ref snapshot, next);
            return WriteResult.Success(next.Version);
        }
        finally
        {
            writeLock.Release();
        }
    }

    public Task<IReadOnlyList<Entity?>> GetEntitiesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var view = Snapshot;
        return Task.FromResult<IReadOnlyList<Entity?>>(ids.Select(view.Entity).ToList());
    }

    public Task<IReadOnlyList<Relationship?>> GetRelationshipsAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var view = Snapshot;
        return Task.FromResult<IReadOnlyList<Relationship?>>(ids.Select(id => view.Relationships.GetValueOrDefault(id)).ToList());
    }

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Relationship>>> GetRelationshipsOfAsync(
        IReadOnlyList<string> entityIds, RelationshipQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        ArgumentNullException.ThrowIfNull(query);
        var view = Snapshot;
        var result = new Dictionary<string, IReadOnlyList<Relationship>>(StringComparer.Ordinal);
        foreach (var id in entityIds)
        {
            result[id] = view.RelationshipsOf(id, query);
        }

        return Task.FromResult<IReadOnlyDictionary<string, IReadOnlyList<Relationship>>>(result);
    }

    public Task<Page<Entity>> QueryEntitiesAsync(EntityQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var view = Snapshot;
        var evaluator = new FilterEvaluator(view);
        IEnumerable<Entity> candidates = query.Kinds is null
            ? view.Entities.Values
            : query.Kinds.SelectMany(k => view.ByKind.GetValueOrDefault(k)?.Items ?? []);
        var matched = query.Filter is null ? candidates.ToList() : candidates.Where(e => evaluator.Matches(e, query.Filter)).ToList();
        if (query.Limit == 0)
        {
            // A count: no need to sort what will not be returned.
            return Task.FromResult(new Page<Entity>([], matched.Count));
        }

        var sorted = new EntitySorter(view).Sort(matched, query.Order, PageEnd(query.Offset, query.Limit));
        return Task.FromResult(new Page<Entity>(sorted.Skip(query.Offset).ToList(), matched.Count));
    }

    public Task<Page<Relationship>> QueryRelationshipsAsync(RelationshipPageQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var view = Snapshot;
        var evaluator = new FilterEvaluator(view);
        var matched = view.Relationships.Values.Where(r => evaluator.Matches(r, query.Filter)).ToList();
        if (query.Limit == 0)
        {
            return Task.FromResult(new Page<Relationship>([], matched.Count));
        }

        var sorted = new EntitySorter(view).Sort(matched, query.Order, PageEnd(query.Offset, query.Limit));
        return Task.FromResult(new Page<Relationship>(sorted.Skip(query.Offset).ToList(), matched.Count));
    }

    /// <summary>How many items from the front of the order a page needs (offset + limit, without overflow).</summary>
    private static int PageEnd(int offset, int limit) => limit >= int.MaxValue - offset ? int.MaxValue : offset + limit;

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string text, IReadOnlySet<EntityKind>? kinds, int limit, CancellationToken cancellationToken) =>
        Task.FromResult(NameSearch.Search(Snapshot, text, kinds, limit));

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken)
    {
        var view = Snapshot;
        var byKind = view.ByKind.Where(kv => kv.Value.Count > 0).ToDictionary(kv => kv.Key, kv => kv.Value.Count);
        return Task.FromResult(new GraphStats(view.Entities.Count, view.Relationships.Count, byKind, byKind.GetValueOrDefault(EntityKind.Document)));
    }

    public Task<bool> IsReadyAsync(CancellationToken cancellationToken) => Task.FromResult(Snapshot.Version > 0);

    public void Dispose()
    {
        journal?.Dispose();
        writeLock.Dispose();
    }

    /// <summary>Checks and applies a batch to a snapshot; returns the next snapshot, or null and the reasons.</summary>
    private static (GraphSnapshot? Next, IReadOnlyList<WriteError> Errors) Apply(GraphSnapshot current, GraphWriteBatch batch)
    {
        var builder = new GraphSnapshotBuilder(current);
        var errors = new List<WriteError>();
        for (var i = 0; i < batch.Writes.Count; i++)
        {
            if (GraphWriteApplier.Apply(builder, batch.Writes[i]) is { } problem)
            {
                errors.Add(problem with { Index = i });
            }
        }

        return errors.Count > 0 ? (null, errors) : (builder.Build(current.Version + 1), errors);
    }
}
