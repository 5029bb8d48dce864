using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SystemGraph.Graph.Changes;
using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Store;

/// <summary>
/// The default <see cref="IGraphStore"/>: the whole graph in memory as immutable snapshots, with its scenarios
/// and audit log. Reads take the current state and never wait; writes are serialised, build the next state
/// (<see cref="StoreCommit"/>), append the batch to the journal (fsync) and only then publish the state and
/// acknowledge. On start the journal is replayed on top of the bulk-loaded seed, so no acknowledged write (nor
/// scenario, nor audit entry) is lost.
/// </summary>
public sealed class EmbeddedGraphStore : IGraphStore, IDisposable
{
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private readonly ILogger logger;
    private readonly string? journalPath;
    private readonly TimeProvider time;
    private readonly ScenarioViews views = new();
    private GraphJournal? journal;
    private StoreState state = StoreState.Empty;
    private StoreWriteFailure? writeFailure;

    /// <param name="journalPath">Journal file; null keeps writes in memory only (tests, read-only deployments).</param>
    public EmbeddedGraphStore(string? journalPath = null, ILogger<EmbeddedGraphStore>? logger = null, TimeProvider? time = null)
    {
        this.journalPath = journalPath;
        this.logger = logger ?? (ILogger)NullLogger.Instance;
        this.time = time ?? TimeProvider.System;
    }

    public long Version => Current.Version;

    /// <summary>Why the last write could not be made durable (a full disk), until a write succeeds again; null when writes work.</summary>
    public StoreWriteFailure? WriteFailure => Volatile.Read(ref writeFailure);

    internal GraphSnapshot Snapshot => Current.Graph;

    private StoreState Current => Volatile.Read(ref state);

    private SnapshotReader Baseline
    {
        get
        {
            var current = Current;
            return new SnapshotReader(current.Graph, current.Version);
        }
    }

    public async Task LoadAsync(IReadOnlyCollection<Entity> entities, IReadOnlyCollection<Relationship> relationships, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(relationships);
        await writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var loaded = StoreState.Empty with { Version = 1, Graph = GraphSnapshotBulkLoader.Build(entities, relationships, 1) };
            views.Clear();
            journal?.Dispose();
            journal = null;
            if (journalPath is not null)
            {
                var (opened, batches) = GraphJournal.Open(journalPath, logger);
                journal = opened;
                foreach (var batch in batches)
                {
                    var outcome = await StoreCommit.ApplyAsync(loaded, batch.Info is null ? batch with { Info = Unrecorded } : batch, views, cancellationToken).ConfigureAwait(false);
                    loaded = outcome.Next
                        ?? throw new InvalidDataException($"Journal {journalPath} holds a batch that no longer applies to the seed: {outcome.Errors[0].Message}");
                }
            }

            Volatile.Write(ref state, loaded);
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
            var current = state;
            var stamped = batch with { Info = ChangeInfo.Stamp(batch.Info, time.GetUtcNow(), current.Audit.LastAt) };
            var outcome = await StoreCommit.ApplyAsync(current, stamped, views, cancellationToken).ConfigureAwait(false);
            if (outcome.Next is not { } next)
            {
                return WriteResult.Rejected(current.Version, outcome.Errors);
            }

            // Durable before visible: a crash after this line replays the batch; before it, the write was never acknowledged.
            try
            {
                journal?.Append(stamped);
            }
            catch (Exception e)
            {
                // Not committed after all: the search index forgets what the commit wrote to it.
                next.Graph.Search.Retract();
                if (e is StoreUnavailableException)
                {
                    Volatile.Write(ref writeFailure, new StoreWriteFailure(writeFailure?.Since ?? time.GetUtcNow(), e.InnerException?.Message ?? e.Message));
                }

                throw;
            }

            Volatile.Write(ref writeFailure, null);
            Volatile.Write(ref state, next);
            return WriteResult.Success(next.Version, outcome.Audit);
        }
        finally
        {
            writeLock.Release();
        }
    }

    /// <summary>Who and why for a batch journaled before the audit log was kept: unknown, and said so.</summary>
    private static readonly ChangeInfo Unrecorded = new("unknown", DateTimeOffset.UnixEpoch, "write", "Journaled before the audit log was kept; author and reason unknown.");

    public Task<IReadOnlyList<Entity?>> GetEntitiesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        Baseline.GetEntitiesAsync(ids, cancellationToken);

    public Task<IReadOnlyList<Relationship?>> GetRelationshipsAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        Baseline.GetRelationshipsAsync(ids, cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Relationship>>> GetRelationshipsOfAsync(
        IReadOnlyList<string> entityIds, RelationshipQuery query, CancellationToken cancellationToken) =>
        Baseline.GetRelationshipsOfAsync(entityIds, query, cancellationToken);

    public Task<Page<Entity>> QueryEntitiesAsync(EntityQuery query, CancellationToken cancellationToken) =>
        Baseline.QueryEntitiesAsync(query, cancellationToken);

    public Task<Page<Relationship>> QueryRelationshipsAsync(RelationshipPageQuery query, CancellationToken cancellationToken) =>
        Baseline.QueryRelationshipsAsync(query, cancellationToken);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string text, IReadOnlySet<EntityKind>? kinds, int limit, CancellationToken cancellationToken) =>
        Baseline.SearchAsync(text, kinds, limit, cancellationToken);

    public Task<IReadOnlyList<Entity>> FindByNamesAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken) =>
        Baseline.FindByNamesAsync(names, cancellationToken);

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken) => Baseline.GetStatsAsync(cancellationToken);

    public Task<bool> IsReadyAsync(CancellationToken cancellationToken) => Task.FromResult(Current.Version > 0);

    public Task<IGraphReader?> GetScenarioReaderAsync(string scenarioId, CancellationToken cancellationToken)
    {
        var current = Current;
        if (!current.Scenarios.TryGetValue(scenarioId, out var scenario))
        {
            return Task.FromResult<IGraphReader?>(null);
        }

        var view = views.Get(current.Graph, scenario);
        return Task.FromResult<IGraphReader?>(new SnapshotReader(view.Graph, current.Version));
    }

    public Task<IReadOnlyList<Scenario?>> GetScenariosAsync(IReadOnlyList<string>? ids, CancellationToken cancellationToken)
    {
        var current = Current;
        IReadOnlyList<Scenario?> found = ids is null
            ? current.Scenarios.Values.Select(s => (Scenario?)s.Info).OrderByDescending(s => s!.CreatedAt).ThenBy(s => s!.Id, StringComparer.Ordinal).ToList()
            : ids.Select(id => current.Scenarios.GetValueOrDefault(id)?.Info).ToList();
        return Task.FromResult(found);
    }

    public Task<IReadOnlyList<ScenarioDiffEntry>?> GetScenarioDiffAsync(string scenarioId, CancellationToken cancellationToken)
    {
        var current = Current;
        if (!current.Scenarios.TryGetValue(scenarioId, out var scenario))
        {
            return Task.FromResult<IReadOnlyList<ScenarioDiffEntry>?>(null);
        }

        var view = views.Get(current.Graph, scenario);
        return Task.FromResult<IReadOnlyList<ScenarioDiffEntry>?>(ScenarioDiff.Compute(current.Graph, scenario, view.Graph, view.Skipped));
    }

    public Task<IReadOnlyList<AuditEntry>> GetAuditLogAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var current = Current;

        // A promoted scenario's changes are the baseline's history now: its entries are shown with the baseline's.
        return Task.FromResult(current.Audit.Query(query, id => current.Scenarios.GetValueOrDefault(id)?.Info.Status == ScenarioStatus.Promoted));
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<AuditEntry>>> GetHistoriesAsync(
        IReadOnlyList<string> recordIds, string? scenarioId, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recordIds);
        var histories = new Dictionary<string, IReadOnlyList<AuditEntry>>(StringComparer.Ordinal);
        foreach (var id in recordIds.Distinct(StringComparer.Ordinal))
        {
            histories[id] = await GetAuditLogAsync(new AuditQuery(id, ScenarioId: scenarioId, Limit: limit), cancellationToken).ConfigureAwait(false);
        }

        return histories;
    }

    public void Dispose()
    {
        journal?.Dispose();
        writeLock.Dispose();
    }
}
