using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;
using SystemGraph.Neo4j.Http;

namespace SystemGraph.Neo4j.Store;

/// <summary>
/// <see cref="IGraphStore"/> over Neo4j's HTTP Query API. Every statement is a constant (or built from closed lists
/// of labels, types and properties) with its values in parameters. Layout: <see cref="Neo4jGraphModel"/>.
/// </summary>
/// <remarks>
/// <see cref="Version"/> is the graph version last seen by this instance (the <c>:GraphMeta</c> node's
/// <c>version</c>, incremented in the transaction of every write). It is refreshed by every write and load made
/// here, by <see cref="GetStatsAsync"/> and by <see cref="IsReadyAsync"/>, which the readiness probe calls every few
/// seconds; so another instance's write is seen here within one probe interval. Caches keyed on it can be that
/// stale, never more.
/// </remarks>
public sealed partial class Neo4jGraphStore : IGraphStore, IDisposable
{
    private readonly Neo4jHttpClient client;
    private readonly Neo4jOptions options;
    private readonly ILogger logger;
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private readonly TimeProvider time;
    private long version;

    /// <param name="time">The clock that stamps audit entries and scenario times (the system clock by default).</param>
    internal Neo4jGraphStore(Neo4jHttpClient client, Neo4jOptions options, ILogger<Neo4jGraphStore>? logger = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        this.client = client;
        this.options = options;
        this.logger = logger ?? (ILogger)NullLogger.Instance;
        this.time = time ?? TimeProvider.System;
    }

    public long Version => Interlocked.Read(ref version);

    /// <summary>The baseline reads, each statement in its own (auto-commit) read transaction.</summary>
    private Neo4jReader Reader => Neo4jReader.AutoCommit(client);

    /// <summary>
    /// Start-up: checks that Neo4j answers and accepts the credentials (a clear error naming the URI, never the
    /// password), creates the schema and reads the graph version.
    /// </summary>
    /// <returns>True when the database already holds a graph.</returns>
    public async Task<bool> InitializeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await client.RunAsync(new CypherStatement(Neo4jStatements.Ping), AccessMode.Read, cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException e) when (e.IsAuthentication)
        {
            throw new InvalidOperationException(
                $"Neo4j at {options.Uri} (database '{options.Database}') refused the credentials of user '{options.User}' ({e.Code}). Check Neo4j:User and Neo4j:Password.", e);
        }
        catch (Neo4jException e)
        {
            throw new InvalidOperationException($"Neo4j at {options.Uri} (database '{options.Database}') is not usable: {e.Message} ({e.Code}).", e);
        }

        await Neo4jSchema.EnsureAsync(client, cancellationToken).ConfigureAwait(false);
        await RefreshVersionAsync(cancellationToken).ConfigureAwait(false);
        var any = await client.RunAsync(new CypherStatement(Neo4jStatements.HasEntities), AccessMode.Read, cancellationToken).ConfigureAwait(false);
        var hasGraph = any.Rows.Count > 0 && Neo4jValues.Unwrap(any.Rows[0][0]) is { ValueKind: JsonValueKind.True };
        LogStarted(logger, options.Uri, options.Database, Version, hasGraph);
        return hasGraph;
    }

    /// <summary>Deletes every node and relationship of the database (tests start each case from an empty graph).</summary>
    public async Task ClearAsync(CancellationToken cancellationToken)
    {
        await Neo4jSeeder.DeleteInBatchesAsync(client, new CypherStatement(Neo4jStatements.DeleteSome), cancellationToken).ConfigureAwait(false);
        Interlocked.Exchange(ref version, 0);
    }

    public async Task LoadAsync(IReadOnlyCollection<Entity> entities, IReadOnlyCollection<Relationship> relationships, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(relationships);
        await writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var loaded = await new Neo4jSeeder(client, options, logger).LoadAsync(entities, relationships, cancellationToken).ConfigureAwait(false);
            Interlocked.Exchange(ref version, loaded);
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
            var result = await new Neo4jBatchWriter(client, time).WriteAsync(batch, cancellationToken).ConfigureAwait(false);
            Interlocked.Exchange(ref version, result.Version);
            return result;
        }
        finally
        {
            writeLock.Release();
        }
    }

    public Task<IReadOnlyList<Entity?>> GetEntitiesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        Reader.GetEntitiesAsync(ids, cancellationToken);

    public Task<IReadOnlyList<Relationship?>> GetRelationshipsAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        Reader.GetRelationshipsAsync(ids, cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Relationship>>> GetRelationshipsOfAsync(
        IReadOnlyList<string> entityIds, RelationshipQuery query, CancellationToken cancellationToken) =>
        Reader.GetRelationshipsOfAsync(entityIds, query, cancellationToken);

    public Task<Page<Entity>> QueryEntitiesAsync(EntityQuery query, CancellationToken cancellationToken) =>
        Reader.QueryEntitiesAsync(query, cancellationToken);

    public Task<Page<Relationship>> QueryRelationshipsAsync(RelationshipPageQuery query, CancellationToken cancellationToken) =>
        Reader.QueryRelationshipsAsync(query, cancellationToken);

    /// <summary>
    /// The full-text index finds candidates (every folded word as a prefix); they are then scored and ranked with
    /// the embedded store's rules, so both stores answer a search the same way.
    /// </summary>
    public Task<IReadOnlyList<SearchHit>> SearchAsync(string text, IReadOnlySet<EntityKind>? kinds, int limit, CancellationToken cancellationToken) =>
        Reader.SearchAsync(text, kinds, limit, cancellationToken);

    public Task<IReadOnlyList<Entity>> FindByNamesAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken) =>
        Reader.FindByNamesAsync(names, cancellationToken);

    public async Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken)
    {
        var (stats, current) = await Reader.GetStatsAndVersionAsync(cancellationToken).ConfigureAwait(false);
        Interlocked.Exchange(ref version, current);
        return stats;
    }

    /// <summary>Ready when Neo4j answers and holds a loaded graph (version above 0). Failures are logged and reported as not ready.</summary>
    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await RefreshVersionAsync(cancellationToken).ConfigureAwait(false) > 0;
        }
        catch (Neo4jException e)
        {
            LogNotReady(logger, options.Uri, e.Code, e.Message);
            return false;
        }
    }

    public void Dispose() => writeLock.Dispose();

    /// <summary>Entities by id, read in <paramref name="transaction"/> when given (writes check what they change inside their own transaction).</summary>
    internal static Task<Dictionary<string, Entity>> ReadEntitiesAsync(
        Neo4jHttpClient client, IReadOnlyCollection<string> ids, Neo4jTransaction? transaction, CancellationToken cancellationToken) =>
        (transaction is null ? Neo4jReader.AutoCommit(client) : Neo4jReader.In(transaction)).ReadEntitiesAsync(ids, cancellationToken);

    /// <summary>Relationships by id, read in <paramref name="transaction"/> when given.</summary>
    internal static Task<Dictionary<string, Relationship>> ReadRelationshipsAsync(
        Neo4jHttpClient client, IReadOnlyCollection<string> ids, Neo4jTransaction? transaction, CancellationToken cancellationToken) =>
        (transaction is null ? Neo4jReader.AutoCommit(client) : Neo4jReader.In(transaction)).ReadRelationshipsAsync(ids, cancellationToken);

    internal static Dictionary<string, object?> MetaParameters() => new(StringComparer.Ordinal) { ["metaKey"] = Neo4jGraphModel.MetaKey };

    private async Task<long> RefreshVersionAsync(CancellationToken cancellationToken)
    {
        var result = await client.RunAsync(new CypherStatement(Neo4jStatements.MetaVersion, MetaParameters()), AccessMode.Read, cancellationToken).ConfigureAwait(false);
        var current = result.Rows.Count > 0 ? Neo4jValues.LongOrNull(result.Get(0, "version")) ?? 0 : 0;
        Interlocked.Exchange(ref version, current);
        return current;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Neo4j store ready at {Uri}, database {Database}: graph version {Version}, graph present {HasGraph}")]
    private static partial void LogStarted(ILogger logger, Uri? uri, string database, long version, bool hasGraph);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Neo4j at {Uri} not ready: {Code} {Message}")]
    private static partial void LogNotReady(ILogger logger, Uri? uri, string code, string message);
}
