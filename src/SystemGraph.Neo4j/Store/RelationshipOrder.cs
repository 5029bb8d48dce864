using SystemGraph.Graph.Model;

namespace SystemGraph.Neo4j.Store;

/// <summary>The order <see cref="Graph.Store.IGraphReader.GetRelationshipsOfAsync"/> promises: type (enum order), then from, to and id.</summary>
internal sealed class RelationshipOrder : IComparer<Relationship>
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

        var c = x.Type.CompareTo(y.Type);
        if (c == 0)
        {
            c = string.CompareOrdinal(x.FromId, y.FromId);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(x.ToId, y.ToId);
        }

        return c != 0 ? c : string.CompareOrdinal(x.Id, y.Id);
    }
}
