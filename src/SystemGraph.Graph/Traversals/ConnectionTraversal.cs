using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;

namespace SystemGraph.Graph.Traversals;

/// <summary>
/// Shortest connections between two entities over any (or the given) relationship types, ignoring direction:
/// bidirectional breadth-first search, one store call per level, always widening the smaller frontier (two
/// searches of half the depth touch far fewer entities than one of the full depth). Every shortest path is
/// returned (up to <c>maxPaths</c>), ordered by the ids of their relationships for determinism.
/// </summary>
public static class ConnectionTraversal
{
    public static async Task<IReadOnlyList<GraphPath>> ShortestPathsAsync(
        IGraphReader store, string fromId, string toId, IReadOnlySet<RelationshipType>? via, int maxDepth, DateOnly? asOf, CancellationToken cancellationToken,
        int maxPaths = 100, EvidenceFilter? evidence = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        evidence ??= EvidenceFilter.All;
        if (store is IPathFinder finder && await finder.FindShortestPathsAsync(fromId, toId, via, maxDepth, asOf, maxPaths, evidence, cancellationToken).ConfigureAwait(false) is { } found)
        {
            return found;
        }

        var ends = await TraversalFilters.LoadAsync(store, [fromId, toId], cancellationToken).ConfigureAwait(false);
        if (!ends.ContainsKey(fromId) || !ends.ContainsKey(toId))
        {
            return [];
        }

        if (fromId == toId)
        {
            return [new GraphPath([])];
        }

        var query = new RelationshipQuery(Direction.Both, via, asOf);
        var forward = new BreadthFirstSide(fromId, evidence);
        var backward = new BreadthFirstSide(toId, evidence);
        List<string> meeting = [];
        while (forward.Depth + backward.Depth < maxDepth && forward.Frontier.Count > 0 && backward.Frontier.Count > 0)
        {
            var (side, other) = forward.Frontier.Count <= backward.Frontier.Count ? (forward, backward) : (backward, forward);
            var lines = await store.GetRelationshipsOfAsync(side.Frontier, query, cancellationToken).ConfigureAwait(false);
            side.Expand(lines, asOf);

            // Every shortest path crosses the level just reached at a node the other side has seen; the nearest such nodes win.
            var touched = side.Frontier.Where(other.Level.ContainsKey).ToList();
            if (touched.Count > 0)
            {
                var nearest = touched.Min(id => other.Level[id]);
                meeting = [.. touched.Where(id => other.Level[id] == nearest).Order(StringComparer.Ordinal)];
                break;
            }
        }

        var paths = new List<List<(string From, Relationship Line, string To)>>();
        foreach (var middle in meeting)
        {
            foreach (var prefix in forward.PathsTo(middle, maxPaths))
            {
                foreach (var suffix in backward.PathsTo(middle, maxPaths))
                {
                    if (paths.Count >= maxPaths)
                    {
                        break;
                    }

                    // The backward side's steps run from the target towards the middle: reverse them to read from start to target.
                    paths.Add([.. prefix, .. Enumerable.Reverse(suffix).Select(s => (s.To, s.Line, s.From))]);
                }
            }
        }

        var entities = await TraversalFilters.LoadAsync(store, paths.SelectMany(p => p.SelectMany(s => new[] { s.From, s.To })).Distinct(StringComparer.Ordinal), cancellationToken).ConfigureAwait(false);
        return paths
            .OrderBy(p => string.Join('\u0001', p.Select(s => s.Line.Id)), StringComparer.Ordinal)
            .Select(p => new GraphPath(p.Select(s => new PathStep(entities[s.From], s.Line, entities[s.To])).ToList()))
            .ToList();
    }

    /// <summary>One half of the search: levels reached so far and, for each node, its parents one level closer to the origin.</summary>
    private sealed class BreadthFirstSide
    {
        private readonly string origin;
        private readonly EvidenceFilter evidence;
        private readonly Dictionary<string, List<(string Parent, Relationship Line)>> parents = new(StringComparer.Ordinal);

        public BreadthFirstSide(string origin, EvidenceFilter evidence)
        {
            this.origin = origin;
            this.evidence = evidence;
            Level[origin] = 0;
            Frontier = [origin];
        }

        public Dictionary<string, int> Level { get; } = new(StringComparer.Ordinal);

        public List<string> Frontier { get; private set; }

        public int Depth { get; private set; }

        public void Expand(IReadOnlyDictionary<string, IReadOnlyList<Relationship>> lines, DateOnly? asOf)
        {
            Depth++;
            var next = new List<string>();
            foreach (var node in Frontier)
            {
                foreach (var line in lines[node].Where(l => TraversalFilters.Counts(l, includeProposed: true, asOf, evidence)))
                {
                    var other = line.OtherEnd(node);
                    if (!Level.TryGetValue(other, out var seen))
                    {
                        Level[other] = Depth;
                        next.Add(other);
                    }
                    else if (seen != Depth)
                    {
                        continue;
                    }

                    if (!parents.TryGetValue(other, out var list))
                    {
                        parents[other] = list = [];
                    }

                    list.Add((node, line));
                }
            }

            Frontier = next;
        }

        /// <summary>Every shortest path from the origin to <paramref name="node"/> (up to <paramref name="limit"/>), as steps away from the origin.</summary>
        public List<List<(string From, Relationship Line, string To)>> PathsTo(string node, int limit)
        {
            var paths = new List<List<(string From, Relationship Line, string To)>>();
            void Back(string current, List<(string From, Relationship Line, string To)> suffix)
            {
                if (paths.Count >= limit)
                {
                    return;
                }

                if (current == origin)
                {
                    paths.Add(suffix);
                    return;
                }

                foreach (var (parent, line) in parents[current].OrderBy(p => p.Line.Id, StringComparer.Ordinal))
                {
                    Back(parent, [(parent, line, current), .. suffix]);
                }
            }

            Back(node, []);
            return paths;
        }
    }
}
