using System.Globalization;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;
using SystemGraph.Graph.Traversals;
using SystemGraph.Neo4j.Http;
using SystemGraph.Neo4j.Store;

namespace SystemGraph.Neo4j.Traversals;

/// <summary>
/// Accountability chains computed by Neo4j: one variable-length pattern over ACCOUNTABLE_TO, REPORTS_TO and
/// HELD_TO_ACCOUNT_BY with the date and status predicates in the WHERE clause, returning every complete simple
/// path (ending at an apex, where a cycle closes, or at the depth limit) in one round trip, where the
/// store-neutral walk takes one round trip per level. The paths, apexes and truncation are the walk's
/// (<see cref="AccountabilityChainTraversal"/>), which the shared traversal conformance suite checks on a server.
/// </summary>
/// <remarks>
/// Cypher does not take a variable-length bound as a parameter: there is one constant statement per depth and
/// direction, and the depth only selects among them. Every value is a parameter.
/// </remarks>
public sealed class CypherAccountabilityPaths(Neo4jHttpClient client)
{
    /// <summary>The deepest chain the API allows (accountabilityChain(maxDepth:) is at most 20).</summary>
    public const int MaxDepth = 20;

    private const string Types = "ACCOUNTABLE_TO|REPORTS_TO|HELD_TO_ACCOUNT_BY";

    private static readonly string[] Upward = Enumerable.Range(0, MaxDepth + 1).Select(d => PathsStatement(d, "->")).ToArray();
    private static readonly string[] Downward = Enumerable.Range(0, MaxDepth + 1).Select(d => PathsStatement(d, "<-")).ToArray();

    /// <summary>Every statement this class can send (for the offline Cypher lint).</summary>
    internal static IEnumerable<string> AllStatements => Upward.Concat(Downward).Append(RootStepsUp).Append(RootStepsDown).Where(s => s.Length > 0);

    /// <summary>Null for an unknown root, or a depth beyond <see cref="MaxDepth"/> (the walk handles that).</summary>
    public async Task<AccountabilityPaths?> FindAsync(string rootId, Direction direction, ChainOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rootId);
        ArgumentNullException.ThrowIfNull(options);
        if (options.MaxDepth is < 1 or > MaxDepth || direction == Direction.Both)
        {
            return null;
        }

        var roots = await Neo4jGraphStore.ReadEntitiesAsync(client, [rootId], null, cancellationToken).ConfigureAwait(false);
        if (!roots.TryGetValue(rootId, out var root))
        {
            return null;
        }

        var parameters = Parameters(rootId, options);
        var statement = (direction == Direction.Outbound ? Upward : Downward)[options.MaxDepth];
        var result = await client.RunAsync(new CypherStatement(statement, parameters), AccessMode.Read, cancellationToken).ConfigureAwait(false);
        var paths = new List<FoundPath>(result.Rows.Count);
        for (var i = 0; i < result.Rows.Count; i++)
        {
            var path = CypherShortestPaths.ToPath(result.Get(i, "nodes"), result.Get(i, "lines"));
            paths.Add(new FoundPath(path, Neo4jValues.Unwrap(result.Get(i, "endIsApex"))!.Value.GetBoolean(), Neo4jValues.Unwrap(result.Get(i, "cut"))!.Value.GetBoolean()));
        }

        var tooMany = paths.Count > options.MaxPaths;
        if (paths.Count > 0)
        {
            return new AccountabilityPaths(root, paths.Take(options.MaxPaths).ToList(), false, tooMany);
        }

        // No complete path: the root is an apex unless it has a counted line (e.g. only a loop back to itself).
        var steps = await client.RunAsync(new CypherStatement(direction == Direction.Outbound ? RootStepsUp : RootStepsDown, parameters), AccessMode.Read, cancellationToken)
            .ConfigureAwait(false);
        var count = Neo4jValues.LongOrNull(steps.Get(0, "steps")) ?? 0;
        return new AccountabilityPaths(root, [], count == 0, false);
    }

    private static Dictionary<string, object?> Parameters(string rootId, ChainOptions options) => new(StringComparer.Ordinal)
    {
        ["root"] = rootId,
        ["asOf"] = EntityRecordMapper.IsoDate(options.AsOf),
        ["firmOnly"] = !options.IncludeProposed,
        ["statedOnly"] = !(options.Evidence ?? EvidenceFilter.All).IncludeInferred,
        ["evidencedSince"] = EntityRecordMapper.IsoDate((options.Evidence ?? EvidenceFilter.All).EvidencedSince),
        ["maxDepth"] = options.MaxDepth,
        ["maxPaths"] = options.MaxPaths + 1,
    };

    /// <summary>
    /// A line counts as <c>TraversalFilters.Counts</c> says: only agreed, in force or ended ones when proposals are
    /// excluded; ended ones only when a date is asked and they held on it; every line valid on the date; only
    /// STATED lines when inferred ones are excluded (a line stored before basis existed is STATED); only lines
    /// evidenced on or after evidencedSince when it is given (<c>EvidenceFilter.Admits</c>).
    /// </summary>
    private static string LineCounts(string r) => $"""
        (NOT $firmOnly OR {r}.status IN ['AGREED', 'IN_FORCE', 'ENDED'])
        AND (NOT $statedOnly OR coalesce({r}.basis, 'STATED') = 'STATED')
        AND ($evidencedSince IS NULL OR ({r}.lastEvidencedOn IS NOT NULL AND {r}.lastEvidencedOn >= $evidencedSince))
        AND ({r}.status <> 'ENDED' OR $asOf IS NOT NULL)
        AND ($asOf IS NULL OR (({r}.validFrom IS NULL OR {r}.validFrom <= $asOf) AND ({r}.validTo IS NULL OR $asOf <= {r}.validTo)))
        """;

    private static string NodeCounts(string n) =>
        $"($asOf IS NULL OR (({n}.validFrom IS NULL OR {n}.validFrom <= $asOf) AND ({n}.validTo IS NULL OR $asOf <= {n}.validTo)))";

    private static string Step(string arrow, string from, string r, string to) =>
        arrow == "->" ? $"({from})-[{r}:{Types}]->({to})" : $"({from})<-[{r}:{Types}]-({to})";

    /// <summary>
    /// Complete simple paths: every line and node after the root counts (the walk never judges the root), no node twice; the end has no counted step to a node not
    /// on the path (or the depth limit is reached). <c>endIsApex</c>: the end has no counted step at all;
    /// <c>cut</c>: the depth limit stopped a path that could go on.
    /// </summary>
    private static string PathsStatement(int depth, string arrow) => depth == 0 ? string.Empty : $$"""
        MATCH (root:{{Neo4jGraphModel.EntityLabel}} {id: $root})
        MATCH p = {{(arrow == "->" ? $"(root)-[:{Types}*1..{depth.ToString(CultureInfo.InvariantCulture)}]->(tail)" : $"(root)<-[:{Types}*1..{depth.ToString(CultureInfo.InvariantCulture)}]-(tail)")}}
        WHERE all(r IN relationships(p) WHERE {{LineCounts("r")}})
          AND all(n IN nodes(p)[1..] WHERE {{NodeCounts("n")}})
          AND all(i IN range(0, size(nodes(p)) - 2) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
        WITH p, tail, nodes(p) AS onPath
        WITH p, onPath,
             COUNT { MATCH {{Step(arrow, "tail", "s", "x")}} WHERE {{LineCounts("s")}} AND {{NodeCounts("x")}} } AS steps,
             COUNT { MATCH {{Step(arrow, "tail", "s", "x")}} WHERE {{LineCounts("s")}} AND {{NodeCounts("x")}} AND NOT x IN onPath } AS forward
        WHERE forward = 0 OR length(p) = $maxDepth
        WITH p, steps = 0 AS endIsApex, forward > 0 AS cut
        ORDER BY length(p), [r IN relationships(p) | r.id]
        LIMIT $maxPaths
        RETURN [n IN nodes(p) | n {.*}] AS nodes,
               [r IN relationships(p) | r {.*, type: type(r), fromId: startNode(r).id, toId: endNode(r).id}] AS lines,
               endIsApex, cut
        """;

    private static readonly string RootStepsUp = RootSteps("->");
    private static readonly string RootStepsDown = RootSteps("<-");

    private static string RootSteps(string arrow) => $$"""
        MATCH (root:{{Neo4jGraphModel.EntityLabel}} {id: $root})
        RETURN COUNT { MATCH {{Step(arrow, "root", "s", "x")}} WHERE {{LineCounts("s")}} AND {{NodeCounts("x")}} } AS steps
        """;
}
