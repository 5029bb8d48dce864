using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;
using SystemGraph.Graph.Traversals;
using SystemGraph.Neo4j.Traversals;

namespace SystemGraph.Neo4j.Store;

/// <summary>Paths as Cypher: accountability chains and shortest connections in one round trip each (see <see cref="IPathFinder"/>).</summary>
public sealed partial class Neo4jGraphStore : IPathFinder
{
    public Task<AccountabilityPaths?> FindAccountabilityPathsAsync(string rootId, Direction direction, ChainOptions options, CancellationToken cancellationToken) =>
        new CypherAccountabilityPaths(client).FindAsync(rootId, direction, options, cancellationToken);

    public async Task<IReadOnlyList<GraphPath>?> FindShortestPathsAsync(
        string fromId, string toId, IReadOnlySet<RelationshipType>? via, int maxDepth, DateOnly? asOf, int maxPaths, EvidenceFilter evidence, CancellationToken cancellationToken) =>
        maxDepth > CypherShortestPaths.MaxDepth
            ? null
            : await new CypherShortestPaths(client).FindAsync(fromId, toId, via, maxDepth, asOf, cancellationToken, maxPaths, evidence).ConfigureAwait(false);
}
