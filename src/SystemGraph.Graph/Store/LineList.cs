using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Store;

/// <summary>
/// One entity's lines in one direction: an immutable array kept in <see cref="RelationshipOrder"/> (type first),
/// so the lines of one type are a contiguous range found by binary search, and a query for a few types reads
/// only those ranges, already in order. This is the (entity, direction, type) adjacency index: an org chart
/// that follows ACCOUNTABLE_TO never walks a board's hundreds of membership lines. A write copies the array
/// (O(degree)), which is cheap next to what every read saves.
/// </summary>
internal sealed class LineList
{
    public static readonly LineList Empty = new([]);

    private static readonly RelationshipType[] TypesAscending = Enum.GetValues<RelationshipType>().Order().ToArray();

    private readonly Relationship[] lines;

    private LineList(Relationship[] sortedLines) => lines = sortedLines;

    public int Count => lines.Length;

    /// <summary>A list from lines in any order (the bulk loader).</summary>
    public static LineList FromUnsorted(List<Relationship> unsorted)
    {
        var array = unsorted.ToArray();
        if (array.Length > 1)
        {
            Array.Sort(array, RelationshipOrder.Instance);
        }

        return new LineList(array);
    }

    /// <summary>The list with <paramref name="current"/> in place of <paramref name="previous"/> (or added when new).</summary>
    public LineList Put(Relationship? previous, Relationship current)
    {
        var without = previous is null ? lines : Without(previous.Id);
        var at = Array.BinarySearch(without, current, RelationshipOrder.Instance);
        at = at < 0 ? ~at : at;
        var result = new Relationship[without.Length + 1];
        Array.Copy(without, 0, result, 0, at);
        result[at] = current;
        Array.Copy(without, at, result, at + 1, without.Length - at);
        return new LineList(result);
    }

    /// <summary>Appends the lines matching <paramref name="query"/> seen from <paramref name="entityId"/>, in order.</summary>
    public void AddMatching(string entityId, RelationshipQuery query, List<Relationship> result, bool checkDuplicates)
    {
        if (query.Types is null)
        {
            AddRange(0, lines.Length, entityId, query, result, checkDuplicates);
            return;
        }

        // Ascending type order keeps the result in RelationshipOrder without a sort.
        foreach (var type in TypesAscending)
        {
            if (query.Types.Contains(type))
            {
                var (start, end) = RangeOf(type);
                AddRange(start, end, entityId, query, result, checkDuplicates);
            }
        }
    }

    private void AddRange(int start, int end, string entityId, RelationshipQuery query, List<Relationship> result, bool checkDuplicates)
    {
        for (var i = start; i < end; i++)
        {
            var relationship = lines[i];

            // A line from an entity to itself sits in both of its lists; only those need the duplicate check.
            if (query.Matches(relationship, entityId)
                && (!checkDuplicates || !string.Equals(relationship.FromId, relationship.ToId, StringComparison.Ordinal) || !result.Exists(r => r.Id == relationship.Id)))
            {
                result.Add(relationship);
            }
        }
    }

    /// <summary>The half-open range of lines of one type (lines are sorted by type first).</summary>
    private (int Start, int End) RangeOf(RelationshipType type)
    {
        int First(Func<RelationshipType, bool> atOrAfter)
        {
            int low = 0, high = lines.Length;
            while (low < high)
            {
                var middle = (low + high) >>> 1;
                if (atOrAfter(lines[middle].Type))
                {
                    high = middle;
                }
                else
                {
                    low = middle + 1;
                }
            }

            return low;
        }

        var start = First(t => t >= type);
        return start < lines.Length && lines[start].Type == type ? (start, First(t => t > type)) : (start, start);
    }

    private Relationship[] Without(string id)
    {
        var index = Array.FindIndex(lines, r => string.Equals(r.Id, id, StringComparison.Ordinal));
        if (index < 0)
        {
            return lines;
        }

        var result = new Relationship[lines.Length - 1];
        Array.Copy(lines, 0, result, 0, index);
        Array.Copy(lines, index + 1, result, index, lines.Length - index - 1);
        return result;
    }
}

/// <summary>Stable order of an entity's relationships: type, then the ends, then id (every store lists lines in it).</summary>
public sealed class RelationshipOrder : IComparer<Relationship>
{
    public static readonly RelationshipOrder Instance = new();

    public int Compare(Relationship? x, Relationship? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var byType = x.Type.CompareTo(y.Type);
        if (byType != 0)
        {
            return byType;
        }

        var byFrom = string.CompareOrdinal(x.FromId, y.FromId);
        if (byFrom != 0)
        {
            return byFrom;
        }

        var byTo = string.CompareOrdinal(x.ToId, y.ToId);
        return byTo != 0 ? byTo : string.CompareOrdinal(x.Id, y.Id);
    }
}
