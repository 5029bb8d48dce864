using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;
using SystemGraph.Graph.Traversals;

namespace SystemGraph.Graph.Transitions;

/// <summary>
/// Walks every destination's accountability lines upward at its transfer date, all destinations together: one
/// store call for the lines and one for the entities per level (not per destination), so a report over England
/// costs a dozen round trips at most. A line counts when it is agreed or in force (or ended, having held on the
/// date) and holds on the date; the walk stops at the first statutory body.
/// </summary>
internal static class AccountabilityReachLoader
{
    private const int MaxDepth = 12;

    private sealed class Walk
    {
        public Entity? Statutory { get; set; }
        public List<Relationship> Walked { get; } = [];
        public List<Relationship> NotInForce { get; } = [];
        public HashSet<string> Visited { get; } = new(StringComparer.Ordinal);
    }

    public static async Task<Dictionary<(string Destination, DateOnly? Date), AccountabilityReach>> LoadAsync(
        IGraphReader reader, IReadOnlyCollection<(string Destination, DateOnly? Date)> starts, Dictionary<string, Entity> entities, CancellationToken cancellationToken)
    {
        var walks = starts.Distinct().ToDictionary(s => s, s => new Walk { Visited = { s.Destination } });
        var frontier = walks.Keys.Select(s => (Start: s, At: s.Destination)).ToList();
        for (var depth = 0; depth < MaxDepth && frontier.Count > 0; depth++)
        {
            var lines = await reader.GetRelationshipsOfAsync(
                frontier.Select(f => f.At).Distinct(StringComparer.Ordinal).ToList(),
                new RelationshipQuery(Direction.Outbound, TraversalFilters.AccountabilityTypes), cancellationToken).ConfigureAwait(false);
            var next = new List<((string Destination, DateOnly? Date) Start, string At)>();
            foreach (var (start, at) in frontier)
            {
                var walk = walks[start];
                foreach (var line in lines.GetValueOrDefault(at) ?? [])
                {
                    if (!InForce(line, start.Date))
                    {
                        if (at == start.Destination)
                        {
                            walk.NotInForce.Add(line);
                        }

                        continue;
                    }

                    walk.Walked.Add(line);
                    if (walk.Visited.Add(line.ToId))
                    {
                        next.Add((start, line.ToId));
                    }
                }
            }

            var missing = next.Select(n => n.At).Where(id => !entities.ContainsKey(id)).ToList();
            foreach (var (id, entity) in await TraversalFilters.LoadAsync(reader, missing, cancellationToken).ConfigureAwait(false))
            {
                entities[id] = entity;
            }

            foreach (var (start, at) in next)
            {
                if (walks[start].Statutory is null && entities.GetValueOrDefault(at) is { } entity && LineFirmness.IsStatutory(entity))
                {
                    walks[start].Statutory = entity;
                }
            }

            frontier = next.Where(n => walks[n.Start].Statutory is null).ToList();
        }

        return walks.ToDictionary(kv => kv.Key, kv => new AccountabilityReach(kv.Value.Statutory, kv.Value.Walked, kv.Value.NotInForce));
    }

    private static bool InForce(Relationship line, DateOnly? date) =>
        LineFirmness.IsFirm(line) && (line.Status != RelationshipStatus.Ended || date is not null) && LineFirmness.HoldsOn(line, date);
}
