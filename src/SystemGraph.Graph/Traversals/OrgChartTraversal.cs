using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;

namespace SystemGraph.Graph.Traversals;

/// <summary>
/// Options of an org chart: which lines to follow, in which direction, how deep, on which date, how many nodes at
/// most, and on what evidence (null: every line).
/// </summary>
public sealed record OrgChartOptions(
    IReadOnlySet<RelationshipType>? Via = null,
    Direction Direction = Direction.Inbound,
    int Depth = 3,
    DateOnly? AsOf = null,
    int MaxNodes = 2000,
    EvidenceFilter? Evidence = null)
{
    /// <summary>The default lines: accountability lines and membership.</summary>
    public static readonly IReadOnlySet<RelationshipType> DefaultVia = new HashSet<RelationshipType>
    {
        RelationshipType.AccountableTo, RelationshipType.ReportsTo, RelationshipType.HeldToAccountBy, RelationshipType.MemberOf,
    };
}

/// <summary>
/// An org chart by breadth-first search from a root, one store call per level. A node reachable from several
/// parents appears once, under its nearest parent (lowest parent id on ties); its other links among charted
/// nodes come back as <see cref="OrgChart.Edges"/>, so a drawing can show them without duplicating the node.
/// </summary>
public static class OrgChartTraversal
{
    public static async Task<OrgChart?> BuildAsync(IGraphReader store, string rootId, OrgChartOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        var entities = await TraversalFilters.LoadAsync(store, [rootId], cancellationToken).ConfigureAwait(false);
        if (!entities.TryGetValue(rootId, out var root))
        {
            return null;
        }

        var query = new RelationshipQuery(options.Direction, options.Via ?? OrgChartOptions.DefaultVia, options.AsOf);
        var placed = new Dictionary<string, (string? Parent, int Depth, Relationship? Via)>(StringComparer.Ordinal) { [rootId] = (null, 0, null) };
        var order = new List<string> { rootId };
        var allLines = new Dictionary<string, Relationship>(StringComparer.Ordinal);
        var frontier = new List<string> { rootId };
        var truncated = false;

        for (var depth = 1; frontier.Count > 0; depth++)
        {
            var lines = await store.GetRelationshipsOfAsync(frontier, query, cancellationToken).ConfigureAwait(false);
            if (depth > options.Depth)
            {
                // One level past the depth: only links among charted nodes are kept (as edges), and any line
                // to an uncharted node says the chart was cut short. Nothing here is placed or loaded.
                foreach (var parent in frontier)
                {
                    foreach (var line in lines[parent])
                    {
                        if (TraversalFilters.Counts(line, includeProposed: true, options.AsOf, options.Evidence))
                        {
                            if (placed.ContainsKey(line.OtherEnd(parent)))
                            {
                                allLines[line.Id] = line;
                            }
                            else
                            {
                                truncated = true;
                            }
                        }
                    }
                }

                break;
            }

            var candidates = new List<(string Child, string Parent, Relationship Line)>();
            foreach (var parent in frontier.Order(StringComparer.Ordinal))
            {
                foreach (var line in lines[parent])
                {
                    if (TraversalFilters.Counts(line, includeProposed: true, options.AsOf, options.Evidence))
                    {
                        allLines[line.Id] = line;
                        candidates.Add((line.OtherEnd(parent), parent, line));
                    }
                }
            }

            foreach (var (id, entity) in await TraversalFilters.LoadAsync(store, candidates.Select(c => c.Child).Where(c => !entities.ContainsKey(c)), cancellationToken).ConfigureAwait(false))
            {
                entities[id] = entity;
            }

            var next = new List<string>();
            foreach (var (child, parent, line) in candidates)
            {
                if (placed.ContainsKey(child) || !TraversalFilters.EntityCounts(entities.GetValueOrDefault(child), options.AsOf))
                {
                    continue;
                }

                if (placed.Count >= options.MaxNodes)
                {
                    truncated = true;
                    break;
                }

                placed[child] = (parent, depth, line);
                order.Add(child);
                next.Add(child);
            }

            frontier = next;
        }

        var childCounts = placed.Values.Where(p => p.Parent is not null).GroupBy(p => p.Parent!).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var nodes = order.Select(id => new OrgChartNode(entities[id], placed[id].Parent, placed[id].Depth, placed[id].Via, childCounts.GetValueOrDefault(id))).ToList();
        var treeLines = placed.Values.Where(p => p.Via is not null).Select(p => p.Via!.Id).ToHashSet(StringComparer.Ordinal);
        var otherEdges = allLines.Values
            .Where(l => !treeLines.Contains(l.Id) && placed.ContainsKey(l.FromId) && placed.ContainsKey(l.ToId))
            .OrderBy(l => l.Id, StringComparer.Ordinal)
            .ToList();
        return new OrgChart(root, nodes, otherEdges, truncated);
    }
}
