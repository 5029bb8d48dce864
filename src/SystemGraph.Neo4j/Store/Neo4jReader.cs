using System.Text.Json;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Search;
using SystemGraph.Graph.Store;
using SystemGraph.Neo4j.Http;

namespace SystemGraph.Neo4j.Store;

/// <summary>
/// The store's reads, parameterised by where their statements run: in auto-commit read transactions (the baseline,
/// <see cref="AutoCommit"/>) or inside one open transaction (<see cref="In"/>), which is how a scenario's reads see
/// its changes applied without committing them.
/// </summary>
internal sealed class Neo4jReader(Func<CypherStatement, CancellationToken, Task<Neo4jQueryResult>> run)
{
    /// <summary>Candidates read per name by <see cref="FindByNamesAsync"/>: every entity holding all its words, up to this many.</summary>
    private const int NameHits = 25;

    /// <summary>Names looked up in one statement: a paper's phrases in a few round trips, each a bounded request.</summary>
    private const int NamesPerStatement = 500;

    /// <summary>Each statement in its own read transaction (with the client's retries).</summary>
    public static Neo4jReader AutoCommit(Neo4jHttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        return new Neo4jReader((statement, cancellationToken) => client.RunAsync(statement, AccessMode.Read, cancellationToken));
    }

    /// <summary>Every statement inside <paramref name="transaction"/>: it sees the transaction's uncommitted writes.</summary>
    public static Neo4jReader In(Neo4jTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        return new Neo4jReader(transaction.RunAsync);
    }

    public Task<Neo4jQueryResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken) => run(statement, cancellationToken);

    public async Task<IReadOnlyList<Entity?>> GetEntitiesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }

        var found = await ReadEntitiesAsync(ids, cancellationToken).ConfigureAwait(false);
        return ids.Select(id => found.GetValueOrDefault(id)).ToList();
    }

    public async Task<IReadOnlyList<Relationship?>> GetRelationshipsAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }

        var found = await ReadRelationshipsAsync(ids, cancellationToken).ConfigureAwait(false);
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
            var result = await run(new CypherStatement(Neo4jStatements.RelationshipsOf(query.Direction), parameters), cancellationToken).ConfigureAwait(false);
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
            kv => (IReadOnlyList<Relationship>)[.. kv.Value.Order(RelationshipOrder.Instance)],
            StringComparer.Ordinal);
    }

    public async Task<Page<Entity>> QueryEntitiesAsync(EntityQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var result = await run(Neo4jPageStatements.Entities(query), cancellationToken).ConfigureAwait(false);
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
        var result = await run(Neo4jPageStatements.Relationships(query), cancellationToken).ConfigureAwait(false);
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
    /// Exact names through the full-text index, in batches of <see cref="NamesPerStatement"/> names a round trip: each
    /// name's words are required as spelled (<see cref="LuceneQuery.ForExactWords"/>), and of the candidates the
    /// entities are kept whose name, alias or ODS code has one of the names' keys (<see cref="EntityNames"/>).
    /// </summary>
    public async Task<IReadOnlyList<Entity>> FindByNamesAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(names);
        var keys = names.Select(EntityNames.Key).ToHashSet(StringComparer.Ordinal);
        var queries = names.Select(n => LuceneQuery.ForExactWords(SearchWords.Of(n))).Where(q => q.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var found = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var batch in queries.Chunk(NamesPerStatement))
        {
            var parameters = new Dictionary<string, object?>(StringComparer.Ordinal) { ["queries"] = batch, ["limit"] = (long)NameHits };
            var result = await run(new CypherStatement(Neo4jStatements.FindByNames, parameters), cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < result.Rows.Count; i++)
            {
                var entity = EntityRecordMapper.ToEntity(result.Get(i, "entity"));
                if (EntityNames.KeysOf(entity).Any(keys.Contains))
                {
                    found.TryAdd(entity.Id, entity);
                }
            }
        }

        return [.. found.Values];
    }

    /// <summary>
    /// Entity search through the full-text index: the query is built from the same analysed words and weights as
    /// the embedded store's (<see cref="LuceneQuery.ForSearch"/>), and the hits keep Neo4j's scores, best first
    /// (ties as the embedded store breaks them), normalised like the embedded store's (<see cref="SearchScores"/>).
    /// </summary>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string text, IReadOnlySet<EntityKind>? kinds, int limit, CancellationToken cancellationToken)
    {
        var words = SearchWords.Of(text);
        if (words.Count == 0 || limit <= 0)
        {
            return [];
        }

        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["query"] = LuceneQuery.ForSearch(words, SearchWords.WholeNameOf(text), kinds?.Select(k => GraphNames.ToWire(k)).ToList()),
            ["limit"] = (long)limit,
        };
        var result = await run(new CypherStatement(Neo4jStatements.Search, parameters), cancellationToken).ConfigureAwait(false);
        var hits = new List<(Entity Entity, float Score)>();
        for (var i = 0; i < result.Rows.Count; i++)
        {
            hits.Add((EntityRecordMapper.ToEntity(result.Get(i, "entity")), (float)(Neo4jValues.DoubleOrNull(result.Get(i, "score")) ?? 0)));
        }

        return SearchScores.Normalise([.. hits
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.Entity.Name.Length)
            .ThenBy(h => h.Entity.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(h => h.Entity.Id, StringComparer.Ordinal)]);
    }

    /// <summary>Counts by kind, relationships and documents, and the graph version they were read at.</summary>
    public async Task<(GraphStats Stats, long Version)> GetStatsAndVersionAsync(CancellationToken cancellationToken)
    {
        var result = await run(new CypherStatement(Neo4jStatements.Stats, Neo4jGraphStore.MetaParameters()), cancellationToken).ConfigureAwait(false);
        var version = Neo4jValues.LongOrNull(result.Get(0, "version")) ?? 0;
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

        return (new GraphStats(byKind.Values.Sum(), relationships, byKind, byKind.GetValueOrDefault(EntityKind.Document)), version);
    }

    /// <summary>Entities by id (unknown ids are left out).</summary>
    public async Task<Dictionary<string, Entity>> ReadEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, Entity>(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return found;
        }

        var statement = new CypherStatement(Neo4jStatements.EntitiesById, new Dictionary<string, object?>(StringComparer.Ordinal) { ["ids"] = ids.Distinct(StringComparer.Ordinal).ToArray() });
        var result = await run(statement, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < result.Rows.Count; i++)
        {
            var entity = EntityRecordMapper.ToEntity(result.Get(i, "entity"));
            found[entity.Id] = entity;
        }

        return found;
    }

    /// <summary>Relationships by id (unknown ids are left out).</summary>
    public async Task<Dictionary<string, Relationship>> ReadRelationshipsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, Relationship>(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return found;
        }

        var statement = new CypherStatement(Neo4jStatements.RelationshipsById, new Dictionary<string, object?>(StringComparer.Ordinal) { ["ids"] = ids.Distinct(StringComparer.Ordinal).ToArray() });
        var result = await run(statement, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < result.Rows.Count; i++)
        {
            var relationship = EntityRecordMapper.ToRelationship(result.Get(i, "relationship"));
            found[relationship.Id] = relationship;
        }

        return found;
    }
}
