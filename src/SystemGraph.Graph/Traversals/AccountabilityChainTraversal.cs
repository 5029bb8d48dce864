using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;

namespace SystemGraph.Graph.Traversals;

/// <summary>Options of an accountability chain walk; <see cref="Evidence"/> null follows every line.</summary>
public sealed record ChainOptions(DateOnly? AsOf = null, int MaxDepth = 12, bool IncludeProposed = true, int MaxPaths = 1000, EvidenceFilter? Evidence = null);

/// <summary>
/// Accountability chains along ACCOUNTABLE_TO, REPORTS_TO and HELD_TO_ACCOUNT_BY: upward (to whom an entity
/// answers, following lines outward) or downward (who answers to it, following them inward). Every simple
/// path is explored level by level (one store call per level), so cycles end a path instead of looping;
/// paths are reported shortest first, then by the ids along them, so answers are stable.
/// </summary>
public static class AccountabilityChainTraversal
{
    public static Task<AccountabilityChain?> UpwardAsync(IGraphReader store, string fromId, ChainOptions options, CancellationToken cancellationToken) =>
        WalkAsync(store, fromId, Direction.Outbound, options, cancellationToken);

    public static Task<AccountabilityChain?> DownwardAsync(IGraphReader store, string toId, ChainOptions options, CancellationToken cancellationToken) =>
        WalkAsync(store, toId, Direction.Inbound, options, cancellationToken);

    private static async Task<AccountabilityChain?> WalkAsync(IGraphReader store, string rootId, Direction direction, ChainOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        if (store is IPathFinder finder)
        {
            var found = await finder.FindAccountabilityPathsAsync(rootId, direction, options, cancellationToken).ConfigureAwait(false);
            return found is null ? null : FromFoundPaths(found, options);
        }

        var entities = await TraversalFilters.LoadAsync(store, [rootId], cancellationToken).ConfigureAwait(false);
        if (!entities.TryGetValue(rootId, out var root))
        {
            return null;
        }

        var query = new RelationshipQuery(direction, TraversalFilters.AccountabilityTypes, options.AsOf);
        var finished = new List<List<(Relationship Line, string Next)>>();
        var open = new List<List<(Relationship Line, string Next)>> { new() };
        var apexIds = new HashSet<string>(StringComparer.Ordinal);
        var truncated = false;

        for (var depth = 0; open.Count > 0; depth++)
        {
            var ends = open.Select(p => p.Count == 0 ? rootId : p[^1].Next).Distinct(StringComparer.Ordinal).ToList();
            var lines = await store.GetRelationshipsOfAsync(ends, query, cancellationToken).ConfigureAwait(false);
            var nextIds = lines.Values.SelectMany(l => l).Select(l => direction == Direction.Outbound ? l.ToId : l.FromId).Where(id => !entities.ContainsKey(id));
            foreach (var (id, entity) in await TraversalFilters.LoadAsync(store, nextIds, cancellationToken).ConfigureAwait(false))
            {
                entities[id] = entity;
            }

            var extended = new List<List<(Relationship Line, string Next)>>();
            var steps = new List<(Relationship Line, string Next)>();
            var forward = new List<(Relationship Line, string Next)>();
            foreach (var path in open)
            {
                var end = path.Count == 0 ? rootId : path[^1].Next;
                steps.Clear();
                forward.Clear();
                foreach (var line in lines[end])
                {
                    var next = direction == Direction.Outbound ? line.ToId : line.FromId;
                    if (TraversalFilters.Counts(line, options.IncludeProposed, options.AsOf, options.Evidence) && TraversalFilters.EntityCounts(entities.GetValueOrDefault(next), options.AsOf))
                    {
                        steps.Add((line, next));
                        if (!OnPath(path, rootId, next))
                        {
                            forward.Add((line, next));
                        }
                    }
                }

                if (steps.Count == 0)
                {
                    apexIds.Add(end);
                }

                if (forward.Count == 0)
                {
                    // Nowhere new to go: the path is complete (at an apex, or where a cycle closes).
                    if (path.Count > 0)
                    {
                        finished.Add(path);
                    }

                    continue;
                }

                if (depth >= options.MaxDepth)
                {
                    truncated = true;
                    finished.Add(path);
                    continue;
                }

                foreach (var step in forward)
                {
                    extended.Add([.. path, step]);
                }
            }

            if (finished.Count + extended.Count > options.MaxPaths)
            {
                truncated = true;
                extended = extended.Take(Math.Max(0, options.MaxPaths - finished.Count)).ToList();
            }

            open = extended;
        }

        var apexes = apexIds.Select(id => entities[id]).ToList();
        return Assemble(root, finished.Select(p => ToPath(rootId, p, entities)), apexes, truncated);
    }

    /// <summary>A chain from a store's own path search, shaped as the walk shapes it.</summary>
    private static AccountabilityChain FromFoundPaths(AccountabilityPaths found, ChainOptions options)
    {
        var paths = found.Paths.Take(options.MaxPaths).ToList();
        var apexes = paths.Where(p => p.EndIsApex).Select(p => p.Path.Steps[^1].To).ToList();
        if (found.RootIsApex)
        {
            apexes.Add(found.Root);
        }

        return Assemble(found.Root, paths.Select(p => p.Path), apexes, found.TooMany || found.Paths.Count > options.MaxPaths || paths.Any(p => p.Cut));
    }

    /// <summary>Paths shortest first (then by the ids along them), their union, and the apexes (the root only when nothing leads on).</summary>
    private static AccountabilityChain Assemble(Entity root, IEnumerable<GraphPath> found, IEnumerable<Entity> apexEntities, bool truncated)
    {
        var paths = found
            .OrderBy(p => p.Length)
            .ThenBy(p => string.Join('/', p.Steps.Select(s => s.Relationship.Id)), StringComparer.Ordinal)
            .ToList();
        var edges = paths.SelectMany(p => p.Steps.Select(s => s.Relationship)).DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var nodes = paths.SelectMany(p => p.Steps.SelectMany(s => new[] { s.From, s.To })).Prepend(root).DistinctBy(e => e.Id).ToList();
        var apexes = apexEntities
            .Where(e => e.Id != root.Id || paths.Count == 0)
            .DistinctBy(e => e.Id)
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        return new AccountabilityChain(root, paths, new Subgraph(nodes, edges), apexes, truncated);
    }

    /// <summary>True when <paramref name="id"/> is already on the path (paths are short: a scan beats a set).</summary>
    private static bool OnPath(List<(Relationship Line, string Next)> path, string rootId, string id)
    {
        if (string.Equals(id, rootId, StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var step in path)
        {
            if (string.Equals(step.Next, id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Steps read in the direction of the walk: upward from the root to the apex, downward from the root to the leaf.</summary>
    private static GraphPath ToPath(string rootId, List<(Relationship Line, string Next)> path, Dictionary<string, Entity> entities)
    {
        var steps = new List<PathStep>(path.Count);
        var current = rootId;
        foreach (var (line, next) in path)
        {
            steps.Add(new PathStep(entities[current], line, entities[next]));
            current = next;
        }

        return new GraphPath(steps);
    }
}
