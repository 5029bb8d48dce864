using System.Globalization;
using System.Text.Json;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Traversals;
using SystemGraph.Neo4j.Http;
using SystemGraph.Neo4j.Store;

namespace SystemGraph.Neo4j.Traversals;

/// <summary>
/// Shortest connections computed by Neo4j itself (<c>allShortestPaths</c>) in one round trip, returning the same
/// shape and the same paths as <see cref="ConnectionTraversal.ShortestPathsAsync"/> (which works on any store
/// and takes one round trip per level). Optional: the API keeps using the store-neutral traversal.
/// </summary>
/// <remarks>
/// Cypher does not take the depth bound of a variable-length pattern as a parameter, so there is one constant
/// statement per allowed depth (1 to <see cref="MaxDepth"/>) and the depth only selects among them.
/// </remarks>
public sealed class CypherShortestPaths(Neo4jHttpClient client)
{
    public const int MaxDepth = 15;

    private static readonly string[] Statements = Enumerable.Range(0, MaxDepth + 1).Select(Statement).ToArray();

    /// <summary>Every statement this class can send (for the offline Cypher lint).</summary>
    internal static IEnumerable<string> AllStatements => Statements.Where(s => s.Length > 0);

    public async Task<IReadOnlyList<GraphPath>> FindAsync(
        string fromId, string toId, IReadOnlySet<RelationshipType>? via, int maxDepth, DateOnly? asOf, CancellationToken cancellationToken, int maxPaths = 100,
        EvidenceFilter? evidence = null)
    {
        evidence ??= EvidenceFilter.All;
        ArgumentNullException.ThrowIfNull(fromId);
        ArgumentNullException.ThrowIfNull(toId);
        if (string.Equals(fromId, toId, StringComparison.Ordinal) || maxDepth < 1 || maxPaths < 1)
        {
            // Neo4j refuses a shortest path from a node to itself; like the traversal, that is the empty path (when it exists).
            if (string.Equals(fromId, toId, StringComparison.Ordinal))
            {
                var ends = await Neo4jGraphStore.ReadEntitiesAsync(client, [fromId], null, cancellationToken).ConfigureAwait(false);
                return ends.ContainsKey(fromId) ? [new GraphPath([])] : [];
            }

            return [];
        }

        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["from"] = fromId,
            ["to"] = toId,
            ["types"] = via?.Select(Neo4jGraphModel.RelationshipTypeName).ToArray(),
            ["asOf"] = EntityRecordMapper.IsoDate(asOf),
            ["statedOnly"] = !evidence.IncludeInferred,
            ["evidencedSince"] = EntityRecordMapper.IsoDate(evidence.EvidencedSince),
            ["maxPaths"] = maxPaths,
        };
        var statement = new CypherStatement(Statements[Math.Min(maxDepth, MaxDepth)], parameters);
        var result = await client.RunAsync(statement, AccessMode.Read, cancellationToken).ConfigureAwait(false);
        var paths = new List<GraphPath>(result.Rows.Count);
        for (var i = 0; i < result.Rows.Count; i++)
        {
            paths.Add(ToPath(result.Get(i, "nodes"), result.Get(i, "lines")));
        }

        return paths;
    }

    /// <summary>Nodes and lines of one path, in walking order, as steps.</summary>
    internal static GraphPath ToPath(JsonElement nodes, JsonElement lines)
    {
        var entities = Neo4jValues.Unwrap(nodes)!.Value.EnumerateArray().Select(EntityRecordMapper.ToEntity).ToList();
        var relationships = Neo4jValues.Unwrap(lines)!.Value.EnumerateArray().Select(EntityRecordMapper.ToRelationship).ToList();
        return new GraphPath(relationships.Select((r, i) => new PathStep(entities[i], r, entities[i + 1])).ToList());
    }

    /// <summary>
    /// Lines count as the traversal counts them: of the asked types, valid on the date when one is given, and ended
    /// lines only when a date is given, and on the evidence asked for (<c>EvidenceFilter.Admits</c>). Paths are
    /// ordered by their relationship ids, as the traversal orders them.
    /// </summary>
    private static string Statement(int depth) => depth == 0 ? string.Empty : $$"""
        MATCH (s:Entity {id: $from}), (t:Entity {id: $to})
        MATCH p = allShortestPaths((s)-[*..{{depth.ToString(CultureInfo.InvariantCulture)}}]-(t))
        WHERE all(r IN relationships(p) WHERE ($types IS NULL OR type(r) IN $types)
          AND ($asOf IS NOT NULL OR r.status <> 'ENDED')
          AND (NOT $statedOnly OR coalesce(r.basis, 'STATED') = 'STATED')
          AND ($evidencedSince IS NULL OR (r.lastEvidencedOn IS NOT NULL AND r.lastEvidencedOn >= $evidencedSince))
          AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR $asOf <= r.validTo))))
        WITH p ORDER BY [r IN relationships(p) | r.id] LIMIT $maxPaths
        RETURN [n IN nodes(p) | n {.*}] AS nodes,
               [r IN relationships(p) | r {.*, type: type(r), fromId: startNode(r).id, toId: endNode(r).id}] AS lines
        """;
}
