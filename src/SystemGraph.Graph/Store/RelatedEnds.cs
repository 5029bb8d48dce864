using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Store;

/// <summary>
/// The entities an entity reaches through its lines, in one agreed order, so that the API's object fields
/// (<c>Area.parent</c>, <c>Board.chair</c>), their filters and their sort keys all pick the same entity.
/// Ended lines never count. Established lines (agreed, in force) come before proposals and drafts, so a
/// proposed second parent does not displace the agreed one; otherwise the store's stable line order holds.
/// </summary>
public static class RelatedEnds
{
    /// <summary>The distinct other ends of <paramref name="lines"/> seen from <paramref name="selfId"/>, principal first.</summary>
    public static IReadOnlyList<string> OtherEnds(IEnumerable<Relationship> lines, string selfId)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var ordered = lines
            .Where(l => l.Status != RelationshipStatus.Ended)
            .Select((line, index) => (Line: line, Index: index))
            .OrderBy(x => Rank(x.Line.Status))
            .ThenBy(x => x.Index);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var (line, _) in ordered)
        {
            var other = line.OtherEnd(selfId);
            if (seen.Add(other))
            {
                result.Add(other);
            }
        }

        return result;
    }

    private static int Rank(RelationshipStatus status) => status is RelationshipStatus.Agreed or RelationshipStatus.InForce ? 0 : 1;
}
