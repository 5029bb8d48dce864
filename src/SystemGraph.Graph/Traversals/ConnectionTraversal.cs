using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;

namespace SystemGraph.Graph.Traversals;

/// <summary>
/// Shortest connections between two entities over any (or the given) relationship types, ignoring direction:
/// breadth-first from the start, one store call per level, stopping at the first level that reaches the
/// target; every shortest path is returned (up to <c>maxPaths</c>), in a stable order.
/// </summary>
public static class ConnectionTraversal
{
    public static async Task<IReadOnlyList<GraphPath>> ShortestPathsAsync(
        IGraphReader store, string fromId, string toId, IReadOnlySet<RelationshipType>? via, int maxDepth, DateOnly? asOf, CancellationToken cancellationToken, int maxPaths = 100)
    {
        ArgumentNullException.ThrowIfNull(store);
        var entities = await TraversalFilters.LoadAsync(store, [fromId, toId], cancellationToken).ConfigureAwait(false);
        if (!entities.ContainsKey(fromId) || !entities.ContainsKey(toId))
        {
            return [];
        }

        if (fromId == toId)
        {
            return [new GraphPath([])];
        }

        var query = new RelationshipQuery(Direction.Both, via, asOf);
        var level = new Dictionary<string, int>(StringComparer.Ordinal) { [fromId] = 0 };
        var parents = new Dictionary<string, List<(string Parent, Relationship Line)>>(StringComparer.Ordinal);
        var frontier = new List<string> { fromId };
        for (var depth = 1; depth <= maxDepth && frontier.Count > 0 && !level.ContainsKey(toId); depth++)
        {
            var lines = await store.GetRelationshipsOfAsync(frontier, query, cancellationToken).ConfigureAwait(false);
            var next = new List<string>();
            foreach (var node in frontier)
            {
                foreach (var line in lines[node].Where(l => TraversalFilters.Counts(l, includeProposed: true, asOf)))
                {
                    var other = line.OtherEnd(node);
                    if (level.TryGetValue(other, out var seen) && seen < depth)
                    {
                        continue;
                    }

                    if (!level.ContainsKey(other))
                    {
                        level[other] = depth;
                        next.Add(other);
                    }

                    if (!parents.TryGetValue(other, out var list))
                    {
                        parents[other] = list = [];
                    }

                    list.Add((node, line));
                }
            }

            frontier = next;
        }

        if (!level.ContainsKey(toId))
        {
            return [];
        }

        foreach (var (id, entity) in await TraversalFilters.LoadAsync(store, level.Keys.Where(k => !entities.ContainsKey(k)), cancellationToken).ConfigureAwait(false))
        {
            entities[id] = entity;
        }

        // Walk back from the target through every parent one level closer to the start.
        var paths = new List<List<PathStep>>();
        void Back(string node, List<PathStep> suffix)
        {
            if (paths.Count >= maxPaths)
            {
                return;
            }

            if (node == fromId)
            {
                paths.Add(suffix);
                return;
            }

            foreach (var (parent, line) in parents[node].Where(p => level[p.Parent] == level[node] - 1).OrderBy(p => p.Line.Id, StringComparer.Ordinal))
            {
                Back(parent, [new PathStep(entities[parent], line, entities[node]), .. suffix]);
            }
        }

        Back(toId, []);
        return paths.Select(p => new GraphPath(p)).ToList();
    }
}
