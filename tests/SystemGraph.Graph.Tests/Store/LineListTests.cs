using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;
using static SystemGraph.TestSupport.GraphStoreConformance.TestGraph;

namespace SystemGraph.Graph.Tests.Store;

/// <summary>The (entity, direction, type) adjacency index: type ranges found by search, kept in order across writes.</summary>
public sealed class LineListTests
{
    private static readonly Relationship[] Lines =
    [
        Line("a", RelationshipType.MemberOf, "z"),
        Line("a", RelationshipType.AccountableTo, "y"),
        Line("a", RelationshipType.MemberOf, "b"),
        Line("a", RelationshipType.ReportsTo, "c"),
        Line("a", RelationshipType.AccountableTo, "b"),
    ];

    private static List<Relationship> Read(LineList list, params RelationshipType[] types)
    {
        var result = new List<Relationship>();
        list.AddMatching("a", new RelationshipQuery(Direction.Outbound, types.Length == 0 ? null : types.ToHashSet()), result, checkDuplicates: false);
        return result;
    }

    [Fact]
    public void Lines_of_the_asked_types_come_back_in_relationship_order()
    {
        var list = LineList.FromUnsorted([.. Lines]);

        Assert.Equal(new[] { "b", "y" }, Read(list, RelationshipType.AccountableTo).Select(r => r.ToId));
        Assert.Equal(
            Lines.Where(l => l.Type is RelationshipType.MemberOf or RelationshipType.ReportsTo).Order(RelationshipOrder.Instance).Select(l => l.Id),
            Read(list, RelationshipType.ReportsTo, RelationshipType.MemberOf).Select(r => r.Id));
        Assert.Empty(Read(list, RelationshipType.Chairs));
        Assert.Equal(5, Read(list).Count);
    }

    [Fact]
    public void Put_adds_in_order_and_replaces_a_changed_line_in_place()
    {
        var list = LineList.Empty;
        foreach (var line in Lines)
        {
            list = list.Put(null, line);
        }

        var ended = Lines[1] with { Status = RelationshipStatus.Ended };
        var changed = list.Put(Lines[1], ended);

        Assert.Equal(Lines.Order(RelationshipOrder.Instance).Select(l => l.Id), Read(list).Select(r => r.Id));
        Assert.Equal(5, changed.Count);
        Assert.Equal(RelationshipStatus.Ended, Read(changed, RelationshipType.AccountableTo).Single(r => r.Id == ended.Id).Status);
        Assert.Equal(RelationshipStatus.Agreed, Read(list, RelationshipType.AccountableTo).Single(r => r.Id == ended.Id).Status);
    }
}
