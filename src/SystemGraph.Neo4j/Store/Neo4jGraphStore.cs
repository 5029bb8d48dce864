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
    /// <summary>Full-text candidates fetched per search, as a multiple of the hits asked for (they are re-ranked here).</summary>
    private const int SearchCandidatesPerHit = 10;

    private readonly Neo4jHttpClient client;
    private readonly Neo4jOptions options;
    private readonly ILogger logger;
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private long version;

    public Neo4jGraphStore(Neo4jHttpClient client, Neo4jOptions options, ILogger<Neo4jGraphStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        this.client = client;
        this.options = options;
        this.logger = logger ?? (ILogger)NullLogger.Instance;
    }

    public long Version => Interlocked.Read(ref version);

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
            var result = await new Neo4jBatchWriter(client).WriteAsync(batch, cancellationToken).ConfigureAwait(false);
            Interlocked.Exchange(ref version, result.Version);
            return result;
        }
        finally
        {
            writeLock.Release();
        }
    }

    public async Task<IReadOnlyList<Entity?>> GetEntitiesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }

        var found = await ReadEntitiesAsync(client, ids, null, cancellationToken).ConfigureAwait(false);
        return ids.Select(id => found.GetValueOrDefault(id)).ToList();
    }

    public async Task<IReadOnlyList<Relationship?>> GetRelationshipsAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }

        var found = await ReadRelationshipsAsync(client, ids, null, cancellationToken).ConfigureAwait(false);
        return ids.Select(id => found.GetValueOrDefault(id)).ToList();
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Relationship>>> GetRelationshipsOfAsync(
        IReadOnlyList<string> entityIds, RelationshipQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        ArgumentNullException.ThrowIfNull(query);
        var byEntity = entityIds.Distinct(StringComparer.Ordinal).ToDictionary(id => id, _ => new List<Relationship>(), StringComparer.Ordinal);
        if (byEntity.Count > 0)
        {
            var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["ids"] = byEntity.Keys.ToArray(),
                ["types"] = query.Types?.Select(Neo4jGraphModel.RelationshipTypeName).ToArray(),
                ["statuses"] = query.Statuses?.Select(s => GraphNames.ToWire(s)).ToArray(),
                ["asOf"] = EntityRecordMapper.IsoDate(query.AsOf),
            };
            var result = await client.RunAsync(new CypherStatement(Neo4jStatements.RelationshipsOf(query.Direction), parameters), AccessMode.Read, cancellationToken)
                .ConfigureAwait(false);
            for (var i = 0; i < result.Rows.Count; i++)
            {
                var id = Neo4jValues.Unwrap(result.Get(i, "entityId"))?.GetString();
                if (id is not null && byEntity.TryGetValue(id, out var list))
                {
                    var relationship = EntityRecordMapper.ToRelationship(result.Get(i, "relationship"));

                    // An undirected match can meet a line from an entity to itself twice.
                    if (!list.Exists(r => string.Equals(r.Id, relationship.Id, StringComparison.Ordinal)))
                    {
                        list.Add(relationship);
                    }
                }
            }
        }

        return byEntity.ToDictionary(
            kv => kv.Key,
            kv => (IReadOnlyList<Relationship>)[.. kv.Value.Order(SystemGraph.Graph.Store.RelationshipOrder.Instance)],
            StringComparer.Ordinal);
    }

    public async Task<Page<Entity>> QueryEntitiesAsync(EntityQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var statement = Neo4jPageStatements.Entities(query);
        var result = await client.RunAsync(statement, AccessMode.Read, cancellationToken).ConfigureAwait(false);
        var total = (int)(Neo4jValues.LongOrNull(result.Get(0, "total")) ?? 0);
        if (query.Limit == 0)
        {
            return new Page<Entity>([], total);
        }

        var items = Neo4jValues.Unwrap(result.Get(0, "items")) is { ValueKind: JsonValueKind.Array } list
            ? list.EnumerateArray().Select(EntityRecordMapper.ToEntity).ToList()
            : [];
        return new Page<Entity>(items, total);
    }

    public async Task<Page<Relationship>> QueryRelationshipsAsync(RelationshipPageQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var statement = Neo4jPageStatements.Relationships(query);
        var result = await client.RunAsync(statement, AccessMode.Read, cancellationToken).ConfigureAwait(false);
        var total = (int)(Neo4jValues.LongOrNull(result.Get(0, "total")) ?? 0);
        if (query.Limit == 0)
        {
            return new Page<Relationship>([], total);
        }

        var items = Neo4jValues.Unwrap(result.Get(0, "items")) is { ValueKind: JsonValueKind.Array } list
            ? list.EnumerateArray().Select(EntityRecordMapper.ToRelationship).ToList()
            : [];
        return new Page<Relationship>(items, total);
    }

    /// <summary>
    /// The full-text index finds candidates (every folded word as a prefix); they are then scored and ranked with
    /// the embedded store's rules, so both stores answer a search the same way.
    /// </summary>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string text, IReadOnlySet<EntityKind>? kinds, int limit, CancellationToken cancellationToken)
    {
        var folded = SearchText.Fold(text);
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || limit <= 0)
        {
            return [];
        }

        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["query"] = LuceneQuery.ForWords(words),
            ["candidates"] = Math.Max(100, (long)limit * SearchCandidatesPerHit),
            ["kinds"] = kinds?.Select(k => GraphNames.ToWire(k)).ToArray(),
        };
        var result = await client.RunAsync(new CypherStatement(Neo4jStatements.Search, parameters), AccessMode.Read, cancellationToken).ConfigureAwait(false);
        var hits = new List<SearchHit>();
        for (var i = 0; i < result.Rows.Count; i++)
        {
            var entity = EntityRecordMapper.ToEntity(result.Get(i, "entity"));
            var score = NameSearch.ScoreEntity(entity, folded, words);
            if (score > 0)
            {
                hits.Add(new SearchHit(entity, score));
            }
        }

        return NameSearch.Rank(hits, limit);
    }

    public async Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken)
    {
        var result = await client.RunAsync(new CypherStatement(Neo4jStatements.Stats, MetaParameters()), AccessMode.Read, cancellationToken).ConfigureAwait(false);
        Interlocked.Exchange(ref version, Neo4jValues.LongOrNull(result.Get(0, "version")) ?? 0);
        var relationships = (int)(Neo4jValues.LongOrNull(result.Get(0, "relationships")) ?? 0);
        var byKind = new Dictionary<EntityKind, int>();
        if (Neo4jValues.Unwrap(result.Get(0, "kinds")) is { ValueKind: JsonValueKind.Array } kinds)
        {
            foreach (var row in kinds.EnumerateArray())
            {
                if (GraphNames.TryParse<EntityKind>(Neo4jValues.String(row, "kind"), out var kind))
                {
                    byKind[kind] = (int)(Neo4jValues.Long(row, "count") ?? 0);
                }
            }
        }

        return new GraphStats(byKind.Values.Sum(), relationships, byKind, byKind.GetValueOrDefault(EntityKind.Document));
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
    internal static async Task<Dictionary<string, Entity>> ReadEntitiesAsync(
        Neo4jHttpClient client, IReadOnlyCollection<string> ids, Neo4jTransaction? transaction, CancellationToken cancellationToken)
    {
        var statement = new CypherStatement(Neo4jStatements.EntitiesById, new Dictionary<string, object?>(StringComparer.Ordinal) { ["ids"] = ids.Distinct(StringComparer.Ordinal).ToArray() });
        var result = transaction is null
            ? await client.RunAsync(statement, AccessMode.Read, cancellationToken).ConfigureAwait(false)
            : await transaction.RunAsync(statement, cancellationToken).ConfigureAwait(false);
        var found = new Dictionary<string, Entity>(StringComparer.Ordinal);
        for (var i = 0; i < result.Rows.Count; i++)
        {
            var entity = EntityRecordMapper.ToEntity(result.Get(i, "entity"));
            found[entity.Id] = entity;
        }

        return found;
    }

    internal static async Task<Dictionary<string, Relationship>> ReadRelationshipsAsync(
        Neo4jHttpClient client, IReadOnlyCollection<string> ids, Neo4jTransaction? transaction, CancellationToken cancellationToken)
    {
        var statement = new CypherStatement(Neo4jStatements.RelationshipsById, new Dictionary<string, object?>(StringComparer.Ordinal) { ["ids"] = ids.Distinct(StringComparer.Ordinal).ToArray() });
        var result = transaction is null
            ? await client.RunAsync(statement, AccessMode.Read, cancellationToken).ConfigureAwait(false)
            : await transaction.RunAsync(statement, cancellationToken).ConfigureAwait(false);
        var found = new Dictionary<string, Relationship>(StringComparer.Ordinal);
        for (var i = 0; i < result.Rows.Count; i++)
        {
            var relationship = EntityRecordMapper.ToRelationship(result.Get(i, "relationship"));
            found[relationship.Id] = relationship;
        }

        return found;
    }

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
