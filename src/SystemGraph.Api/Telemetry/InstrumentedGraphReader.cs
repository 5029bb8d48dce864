using System.Diagnostics;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;
using SystemGraph.GraphQL.AspNetCore.Telemetry;

namespace SystemGraph.Api.Telemetry;

/// <summary>
/// A graph reader that runs every call inside a span (<c>GraphStore {Operation}</c>) and records its duration. It
/// passes disposal through to a reader that holds resources (a Neo4j scenario reader's transaction).
/// </summary>
internal class InstrumentedGraphReader(IGraphReader inner, string storeName, SystemGraphMetrics metrics) : IGraphReader, IAsyncDisposable
{
    public long Version => inner.Version;

    protected string StoreName => storeName;

    protected SystemGraphMetrics Metrics => metrics;

    public Task<IReadOnlyList<Entity?>> GetEntitiesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        TraceAsync("GetEntities", () => inner.GetEntitiesAsync(ids, cancellationToken));

    public Task<IReadOnlyList<Relationship?>> GetRelationshipsAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        TraceAsync("GetRelationships", () => inner.GetRelationshipsAsync(ids, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Relationship>>> GetRelationshipsOfAsync(IReadOnlyList<string> entityIds, RelationshipQuery query, CancellationToken cancellationToken) =>
        TraceAsync("GetRelationshipsOf", () => inner.GetRelationshipsOfAsync(entityIds, query, cancellationToken));

    public Task<Page<Entity>> QueryEntitiesAsync(EntityQuery query, CancellationToken cancellationToken) =>
        TraceAsync("QueryEntities", () => inner.QueryEntitiesAsync(query, cancellationToken));

    public Task<Page<Relationship>> QueryRelationshipsAsync(RelationshipPageQuery query, CancellationToken cancellationToken) =>
        TraceAsync("QueryRelationships", () => inner.QueryRelationshipsAsync(query, cancellationToken));

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string text, IReadOnlySet<EntityKind>? kinds, int limit, CancellationToken cancellationToken) =>
        TraceAsync("Search", () => inner.SearchAsync(text, kinds, limit, cancellationToken));

    public Task<IReadOnlyList<Entity>> FindByNamesAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken) =>
        TraceAsync("FindByNames", () => inner.FindByNamesAsync(names, cancellationToken));

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken) =>
        TraceAsync("GetStats", () => inner.GetStatsAsync(cancellationToken));

    public ValueTask DisposeAsync() => inner is IAsyncDisposable disposable ? disposable.DisposeAsync() : ValueTask.CompletedTask;

    /// <summary>
    /// One span (when it could be recorded: <see cref="ChildSpans"/>) and one duration measurement per call; a failure
    /// marks the span and is rethrown unchanged.
    /// </summary>
    protected async Task<T> TraceAsync<T>(string operation, Func<Task<T>> call)
    {
        using var activity = ChildSpans.CanRecord(SystemGraphMetrics.StoreSource) ? SystemGraphMetrics.StoreSource.StartActivity("GraphStore " + operation) : null;
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("systemgraph.store", storeName);
            activity.SetTag("systemgraph.store.operation", operation);
        }

        var started = Stopwatch.GetTimestamp();
        var failed = false;
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception e)
        {
            failed = true;
            activity?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            throw;
        }
        finally
        {
            metrics.RecordStoreCall(storeName, operation, Stopwatch.GetElapsedTime(started), failed);
        }
    }
}
