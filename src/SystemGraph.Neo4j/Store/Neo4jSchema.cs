using SystemGraph.Graph.Search;
using SystemGraph.Neo4j.Http;

namespace SystemGraph.Neo4j.Store;

/// <summary>
/// Constraints and indexes, created on start. Every statement says <c>IF NOT EXISTS</c>, so running them again
/// (every start, every instance) changes nothing. Schema statements cannot share a transaction with data, so each
/// runs on its own.
/// </summary>
internal static class Neo4jSchema
{
    /// <summary>
    /// The full-text index of entity search. The indexes before it: <c>entity_search</c> (one folded text) and
    /// <c>entity_search_terms</c> (without the initialisms and whole-name key); a full-text index's properties are
    /// fixed when it is created, so a new set of properties is a new index.
    /// </summary>
    public const string SearchIndexName = "entity_search_fields";

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

        // Entity search. The properties hold the terms of the embedded store's analyzer (SearchAnalyzer), so the
        // index's analyzer is 'whitespace': it splits those terms and changes nothing else, and both stores index the
        // same terms. No built-in analyzer does what SearchAnalyzer does ('standard-folding' comes closest: UAX#29
        // words, lower case, ASCII folding, but no possessives, apostrophes, acronym plurals or plural folding).
        // The kind is indexed too (as its one wire name), so a kinds filter narrows the search instead of its hits.
        // The whole-name key is one token (its words joined by '|'), which the whitespace analyzer keeps whole.
        "DROP INDEX entity_search IF EXISTS",
        "DROP INDEX entity_search_terms IF EXISTS",
        $"CREATE FULLTEXT INDEX {SearchIndexName} IF NOT EXISTS FOR (e:Entity) ON EACH " +
            $"[e.{SearchFields.Name}, e.{SearchFields.Alias}, e.{SearchFields.Code}, e.{SearchFields.Initials}, e.{SearchFields.Description}, " +
            $"e.{SearchFields.WholeName}, e.{SearchFields.Kind}] " +
            "OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}}",

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
