using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;
using Xunit;
using static SystemGraph.TestSupport.GraphStoreConformance.TestGraph;

namespace SystemGraph.TestSupport.GraphStoreConformance;

/// <summary>
/// Filters and sort keys that follow lines (the API's object fields: parent, chair, members, sources), written
/// once for every <see cref="IGraphStore"/>. The principal end of a single-valued field is the one
/// <see cref="RelatedEnds"/> picks: ended lines never count, agreed lines before proposed ones.
/// </summary>
public abstract class RelatedFilterConformanceTests
{
    private static readonly RelationshipQuery ParentScope = new(Direction.Outbound, new HashSet<RelationshipType> { RelationshipType.PartOf });

    private static readonly RelationshipQuery ChairScope = new(Direction.Inbound, new HashSet<RelationshipType> { RelationshipType.Chairs });

    private static readonly RelationshipQuery MemberScope = new(Direction.Inbound, new HashSet<RelationshipType> { RelationshipType.MemberOf });

    /// <summary>A new, empty store.</summary>
    protected abstract Task<IGraphStore> CreateStoreAsync();

    /// <summary>Whether the store can filter inside sources (the Neo4j store keeps them as JSON and says so).</summary>
    protected virtual bool FiltersSources => true;

    private static readonly Entity[] Entities =
    [
        Document(),
        Document("doc-other") with { Name = "The other paper" },
        Area("ics-a", "ICS A"),
        Area("ics-b", "ICS B"),
        Area("place-1", "Place One"),
        Area("place-2", "Place Two"),
        Area("place-3", "Place Three"),
        Board("board-x", "Board X"),
        Board("board-y", "Board Y"),
        Person("ann", "Ann Alder"),
        Person("bob", "Bob Birch"),
        Org("trust", "The Trust") with { Sources = [new SourceRef("doc-other", "4.2", "the Trust will host")] },
    ];

    private static readonly Relationship[] Lines =
    [
        Line("place-1", RelationshipType.PartOf, "ics-a"),
        // place-2 sits in ICS A; a proposal would move it to ICS B. The agreed line is its parent until then.
        Line("place-2", RelationshipType.PartOf, "ics-b", RelationshipStatus.Proposed),
        Line("place-2", RelationshipType.PartOf, "ics-a"),
        // place-3 was in ICS B; that line has ended, so it has no parent now.
        Line("place-3", RelationshipType.PartOf, "ics-b", RelationshipStatus.Ended),
        Line("ann", RelationshipType.Chairs, "board-x"),
        Line("bob", RelationshipType.Chairs, "board-y"),
        Line("trust", RelationshipType.MemberOf, "board-x", role: "Full member"),
        Line("ann", RelationshipType.MemberOf, "board-x", role: "Chair") with { Sources = [new SourceRef("doc-other", "2.1", "chaired by Ann")] },
        Line("bob", RelationshipType.MemberOf, "board-y", role: "Member"),
    ];

    private async Task<IGraphStore> SeededAsync()
    {
        var store = await CreateStoreAsync();
        await store.LoadAsync(Entities, Lines, CancellationToken.None);
        return store;
    }

    private static Task<Page<Entity>> QueryAsync(IGraphStore store, EntityKind kind, EntityFilter? filter, params SortField[] order) =>
        store.QueryEntitiesAsync(new EntityQuery { Kinds = new HashSet<EntityKind> { kind }, Filter = filter, Order = order }, CancellationToken.None);

    private static EntityFilter.Compare NameIs(string name) => new EntityFilter.Compare("name", FilterOperator.Eq, name);

    private static string[] Ids(Page<Entity> page) => page.Items.Select(e => e.Id).ToArray();

    [SkippableFact]
    public async Task Single_valued_fields_match_their_principal_end_agreed_before_proposed_and_never_ended()
    {
        var store = await SeededAsync();

        var inA = await QueryAsync(store, EntityKind.Area, new EntityFilter.Ends(ParentScope, EntityKind.Area, null, NameIs("ICS A")));
        var inB = await QueryAsync(store, EntityKind.Area, new EntityFilter.Ends(ParentScope, EntityKind.Area, null, NameIs("ICS B")));
        var hasParent = await QueryAsync(store, EntityKind.Area, new EntityFilter.Ends(ParentScope, EntityKind.Area, null, null));

        Assert.Equal(["place-1", "place-2"], Ids(inA).Order());
        Assert.Empty(inB.Items);
        Assert.Equal(["place-1", "place-2"], Ids(hasParent).Order());
    }

    [SkippableFact]
    public async Task List_fields_quantify_over_every_current_end()
    {
        var store = await SeededAsync();
        EntityFilter Ends(ListQuantifier q, EntityFilter? f) => new EntityFilter.Ends(ParentScope, EntityKind.Area, q, f);

        var someB = await QueryAsync(store, EntityKind.Area, Ends(ListQuantifier.Some, NameIs("ICS B")));
        var allA = await QueryAsync(store, EntityKind.Area, Ends(ListQuantifier.All, NameIs("ICS A")));
        var noneA = await QueryAsync(store, EntityKind.Area, Ends(ListQuantifier.None, NameIs("ICS A")));
        var any = await QueryAsync(store, EntityKind.Area, Ends(ListQuantifier.Any, null));

        Assert.Equal(["place-2"], Ids(someB));
        // All holds vacuously where there is no end (the ICSs and place-3), as Hot Chocolate's list filters do.
        Assert.Equal(["ics-a", "ics-b", "place-1", "place-3"], Ids(allA).Order());
        Assert.Equal(["ics-a", "ics-b", "place-3"], Ids(noneA).Order());
        Assert.Equal(["place-1", "place-2"], Ids(any).Order());
    }

    [SkippableFact]
    public async Task Line_fields_filter_only_the_lines_in_scope_with_their_ends()
    {
        var store = await SeededAsync();
        var chairedByMember = new EntityFilter.Lines(MemberScope, ListQuantifier.Some, new RelationshipFilter.And(
        [
            new RelationshipFilter.Compare("role", FilterOperator.Eq, "Chair"),
            new RelationshipFilter.From(new EntityFilter.Compare("kind", FilterOperator.Eq, "PERSON")),
        ]));
        var chairLinesOnly = new EntityFilter.Lines(ChairScope, ListQuantifier.All, new RelationshipFilter.Compare("type", FilterOperator.Eq, "CHAIRS"));

        Assert.Equal(["board-x"], Ids(await QueryAsync(store, EntityKind.Board, chairedByMember)));
        Assert.Equal(["board-x", "board-y"], Ids(await QueryAsync(store, EntityKind.Board, chairLinesOnly)).Order());
    }

    [SkippableFact]
    public async Task Sources_filter_on_section_quote_and_the_cited_document()
    {
        Skip.IfNot(FiltersSources, "This store does not filter inside sources; it refuses such filters with FilterNotSupportedException.");
        var store = await SeededAsync();
        var fromOther = new EntityFilter.Sources(ListQuantifier.Some, new SourceFilter.And(
        [
            new SourceFilter.Document(NameIs("The other paper")),
            new SourceFilter.Compare("section", FilterOperator.StartsWith, "4."),
        ]));
        var quoted = new RelationshipFilter.Sources(ListQuantifier.Some, new SourceFilter.Compare("quote", FilterOperator.Contains, "Ann"));
        var unsourced = new EntityFilter.Sources(ListQuantifier.None, null);

        Assert.Equal(["trust"], Ids(await QueryAsync(store, EntityKind.Organisation, fromOther)));
        var lines = await store.QueryRelationshipsAsync(new RelationshipPageQuery { Filter = quoted }, CancellationToken.None);
        Assert.Equal(["ann.member-of.board-x"], lines.Items.Select(r => r.Id).ToArray());
        Assert.Equal(["doc-other", "doc-test"], Ids(await QueryAsync(store, EntityKind.Document, unsourced)).Order());
    }

    [SkippableFact]
    public async Task Sort_keys_follow_hops_with_missing_values_last_in_both_directions()
    {
        var store = await SeededAsync();
        SortField ByParentName(bool descending) => new("name", descending, [new SortHop.PrincipalEnd(ParentScope, EntityKind.Area)]);
        var places = new EntityFilter.Compare("id", FilterOperator.StartsWith, "place-");

        var ascending = await QueryAsync(store, EntityKind.Area, places, ByParentName(false), new SortField("name", true));
        var descending = await QueryAsync(store, EntityKind.Area, places, ByParentName(true), new SortField("name"));

        Assert.Equal(["place-2", "place-1", "place-3"], Ids(ascending));
        Assert.Equal(["place-1", "place-2", "place-3"], Ids(descending));
    }

    [SkippableFact]
    public async Task Relationships_sort_by_a_property_of_either_end()
    {
        var store = await SeededAsync();
        var members = new RelationshipFilter.Compare("type", FilterOperator.Eq, "MEMBER_OF");

        var page = await store.QueryRelationshipsAsync(
            new RelationshipPageQuery { Filter = members, Order = [new SortField("name", true, [new SortHop.From()])] }, CancellationToken.None);
        var byBoard = await store.QueryRelationshipsAsync(
            new RelationshipPageQuery { Filter = members, Order = [new SortField("name", false, [new SortHop.To()]), new SortField("role")] }, CancellationToken.None);

        Assert.Equal(["trust", "bob", "ann"], page.Items.Select(r => r.FromId).ToArray());
        Assert.Equal(["ann", "trust", "bob"], byBoard.Items.Select(r => r.FromId).ToArray());
    }

    private static Entity Area(string id, string name) => new()
    {
        Id = id,
        Kind = EntityKind.Area,
        Name = name,
        Level = id.StartsWith("ics", StringComparison.Ordinal) ? SpatialLevel.System : SpatialLevel.Place,
        Sources = [Source],
    };
}
