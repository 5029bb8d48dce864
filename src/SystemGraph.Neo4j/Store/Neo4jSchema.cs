using SystemGraph.Neo4j.Http;

namespace SystemGraph.Neo4j.Store;

/// <summary>
/// Constraints and indexes, created on start. Every statement says <c>IF NOT EXISTS</c>, so running them again
/// (every start, every instance) changes nothing. Schema statements cannot share a transaction with data, so each
/// runs on its own.
/// </summary>
internal static class Neo4jSchema
{
    public const string SearchIndexName = "entity_search";

    public static IReadOnlyList<string> Statements { get; } =
    [
        "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE",
        "CREATE CONSTRAINT graph_meta_key IF NOT EXISTS FOR (m:GraphMeta) REQUIRE m.key IS UNIQUE",
        "CREATE INDEX entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind)",
        "CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)",
        "CREATE CONSTRAINT scenario_id IF NOT EXISTS FOR (s:Scenario) REQUIRE s.id IS UNIQUE",

        // The audit log is read newest first (by seq), often since a time. targetIds is a list: Neo4j's range
        // indexes do not serve list membership, so a record's history is a scan of the entries in seq order.
        "CREATE INDEX audit_seq IF NOT EXISTS FOR (a:AuditEntry) ON (a.seq)",
        "CREATE INDEX audit_at IF NOT EXISTS FOR (a:AuditEntry) ON (a.at)",

        // searchText is already folded (lower case, no accents, punctuation as spaces), so the whitespace analyzer
        // is enough, and it keeps every word: the standard analyzers drop English stop words such as "and".
        $"CREATE FULLTEXT INDEX {SearchIndexName} IF NOT EXISTS FOR (e:Entity) ON EACH [e.searchText] OPTIONS {{indexConfig: {{`fulltext.analyzer`: 'whitespace'}}}}",

        // Relationship property indexes are per type in Neo4j: one per type of the closed list.
        .. Neo4jGraphModel.AllRelationshipTypes.Select(t =>
            $"CREATE INDEX rel_id_{Neo4jGraphModel.RelationshipTypeName(t).ToLowerInvariant()} IF NOT EXISTS FOR ()-[r:{Neo4jGraphModel.RelationshipTypeName(t)}]-() ON (r.id)"),
    ];

    /// <summary>Waits for new indexes to come online so that the first searches see every entity.</summary>
    public const string AwaitIndexes = "CALL db.awaitIndexes(300)";

    public static async Task EnsureAsync(Neo4jHttpClient client, CancellationToken cancellationToken)
    {
        foreach (var statement in Statements)
        {
            await client.RunAsync(new CypherStatement(statement), AccessMode.Write, cancellationToken).ConfigureAwait(false);
        }

        await client.RunAsync(new CypherStatement(AwaitIndexes), AccessMode.Read, cancellationToken).ConfigureAwait(false);
    }
}
