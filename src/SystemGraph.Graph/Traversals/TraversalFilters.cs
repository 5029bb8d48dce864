using System.Collections.Frozen;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;

namespace SystemGraph.Graph.Traversals;

/// <summary>The line filters traversals share: which statuses count, validity on a date, and the evidence asked for.</summary>
internal static class TraversalFilters
{
    public static readonly IReadOnlySet<RelationshipType> AccountabilityTypes =
        new HashSet<RelationshipType> { RelationshipType.AccountableTo, RelationshipType.ReportsTo, RelationshipType.HeldToAccountBy };

    private static readonly FrozenSet<RelationshipStatus> FirmStatuses =
        new[] { RelationshipStatus.Agreed, RelationshipStatus.InForce, RelationshipStatus.Ended }.ToFrozenSet();

    /// <summary>
    /// Proposed and draft lines count unless excluded. Ended lines count only when a date is asked for and
    /// they held on it (the date filter checks that); without a date, the graph as it stands excludes them.
    /// Lines the evidence filter refuses (inferred ones when only stated are asked for; lines no paper since a date
    /// supports) never count.
    /// </summary>
    public static bool Counts(Relationship line, bool includeProposed, DateOnly? asOf, EvidenceFilter? evidence = null)
    {
        if (!includeProposed && !FirmStatuses.Contains(line.Status))
        {
            return false;
        }

        if (evidence is not null && !evidence.Admits(line))
        {
            return false;
        }

        return line.Status != RelationshipStatus.Ended || asOf is not null;
    }

    public static bool EntityCounts(Entity? entity, DateOnly? asOf) => entity is not null && (asOf is not { } date || entity.IsValidOn(date));

    /// <summary>Loads entities by id in one call, into a dictionary.</summary>
    public static async Task<Dictionary<string, Entity>> LoadAsync(IGraphReader store, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var distinct = ids.Distinct(StringComparer.Ordinal).ToList();
        var found = await store.GetEntitiesAsync(distinct, cancellationToken).ConfigureAwait(false);
        var map = new Dictionary<string, Entity>(StringComparer.Ordinal);
        for (var i = 0; i < distinct.Count; i++)
        {
            if (found[i] is { } entity)
            {
                map[distinct[i]] = entity;
            }
        }

        return map;
    }
}
