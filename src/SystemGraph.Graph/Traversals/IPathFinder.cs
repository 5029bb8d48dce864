using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;

namespace SystemGraph.Graph.Traversals;

/// <summary>
/// A store that can find paths itself, in one round trip, where its query language does them well (Neo4j:
/// variable-length Cypher patterns with date and status predicates, allShortestPaths). The traversals ask it
/// first and shape its answer exactly as they shape their own; a null answer means "walk it yourself".
/// </summary>
public interface IPathFinder
{
    /// <summary>
    /// The accountability paths from <paramref name="rootId"/> (outbound: upward; inbound: downward) under the
    /// options' date, status and depth rules; null for an unknown root or when the store leaves it to the traversal.
    /// </summary>
    Task<AccountabilityPaths?> FindAccountabilityPathsAsync(string rootId, Direction direction, ChainOptions options, CancellationToken cancellationToken);

    /// <summary>
    /// The shortest connections over the lines <paramref name="evidence"/> admits, as
    /// <see cref="ConnectionTraversal.ShortestPathsAsync"/> defines them; null to leave it to the traversal.
    /// </summary>
    Task<IReadOnlyList<GraphPath>?> FindShortestPathsAsync(
        string fromId, string toId, IReadOnlySet<RelationshipType>? via, int maxDepth, DateOnly? asOf, int maxPaths, EvidenceFilter evidence, CancellationToken cancellationToken);
}

/// <summary>
/// The complete paths of an accountability walk: each ends at an apex (nowhere to go), where a cycle closes, or at
/// the depth limit (<see cref="FoundPath.Cut"/>). <see cref="RootIsApex"/> says the root has no counted line at all.
/// </summary>
public sealed record AccountabilityPaths(Entity Root, IReadOnlyList<FoundPath> Paths, bool RootIsApex, bool TooMany);

/// <summary>One complete path, whether its end is an apex, and whether the depth limit cut it short.</summary>
public sealed record FoundPath(GraphPath Path, bool EndIsApex, bool Cut);
