using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;
using Xunit;
using static SystemGraph.TestSupport.GraphStoreConformance.TestGraph;

namespace SystemGraph.TestSupport.GraphStoreConformance;

/// <summary>
/// What every <see cref="IGraphStore"/> must do, written once: the embedded store's tests and the Neo4j store's
/// inherit it. The tests are skippable: a store that needs a server it does not have skips them, saying why.
/// </summary>
public abstract partial class GraphStoreConformanceTests
{
    /// <summary>A new, empty store.</summary>
    protected abstract Task<IGraphStore> CreateStoreAsync();

    private static readonly Entity[] Entities =
    [
        Document(),
        Org("nhs-bury-ccg", "NHS Bury Clinical Commissioning Group", "CCG", Date(2013, 4, 1), Date(2022, 6, 30), "Bury CCG", "NHS Bury CCG"),
        Org("bury-council", "Bury Council", "LOCAL_AUTHORITY"),
        Org("cafe-trust", "Café Trust"),
        Board("bury-locality-board", "Bury Locality Board"),
        Board("bury-idc", "Bury Integrated Delivery Collaborative"),
        Person("geoff-little", "Geoff Little"),
    ];

    private static readonly Relationship[] Lines =
    [
        Line("bury-idc", RelationshipType.AccountableTo, "bury-locality-board", RelationshipStatus.Proposed),
        Line("nhs-bury-ccg", RelationshipType.MemberOf, "bury-locality-board", validTo: Date(2022, 6, 30)),
        Line("bury-council", RelationshipType.MemberOf, "bury-locality-board"),
        Line("geoff-little", RelationshipType.HoldsPost, "bury-council", role: "Chief Executive"),
        Line("geoff-little", RelationshipType.HoldsPost, "nhs-bury-ccg", role: "Accountable Officer", validTo: Date(2022, 6, 30)),
    ];

    protected async Task<IGraphStore> SeededAsync()
    {
        var store = await CreateStoreAsync();
        await store.LoadAsync(Entities, Lines, CancellationToken.None);
        return store;
    }

    [SkippableFact]
    public async Task Entities_are_read_by_id_in_the_order_asked_with_nulls_for_unknown_ids()
    {
        var store = await SeededAsync();

        var found = await store.GetEntitiesAsync(["bury-council", "nope", "nhs-bury-ccg"], CancellationToken.None);

        Assert.Equal("Bury Council", found[0]!.Name);
        Assert.Null(found[1]);
        Assert.Equal(["Bury CCG", "NHS Bury CCG"], found[2]!.Aliases.ToArray());
        Assert.Equal(Date(2022, 6, 30), found[2]!.ValidTo);
    }

    [SkippableFact]
    public async Task Relationships_of_many_entities_come_back_in_one_call_by_direction_and_type()
    {
        var store = await SeededAsync();

        var result = await store.GetRelationshipsOfAsync(
            ["bury-locality-board", "geoff-little"],
            new RelationshipQuery(Direction.Inbound, new HashSet<RelationshipType> { RelationshipType.MemberOf }),
            CancellationToken.None);

        Assert.Equal(["bury-council", "nhs-bury-ccg"], result["bury-locality-board"].Select(r => r.FromId).Order(StringComparer.Ordinal));
        Assert.Empty(result["geoff-little"]);
    }

    [SkippableFact]
    public async Task AsOf_keeps_lines_valid_on_that_date_and_statuses_filter()
    {
        var store = await SeededAsync();

        var in2023 = await store.GetRelationshipsOfAsync(["geoff-little"], new RelationshipQuery(Direction.Outbound, AsOf: Date(2023, 1, 1)), CancellationToken.None);
        var proposedOnly = await store.GetRelationshipsOfAsync(["bury-locality-board"],
            new RelationshipQuery(Statuses: new HashSet<RelationshipStatus> { RelationshipStatus.Proposed }), CancellationToken.None);

        Assert.Equal("Chief Executive", Assert.Single(in2023["geoff-little"]).Role);
        Assert.Equal("bury-idc", Assert.Single(proposedOnly["bury-locality-board"]).FromId);
    }

    [SkippableFact]
    public async Task Query_filters_sorts_and_pages_with_a_total_count()
    {
        var store = await SeededAsync();
        var query = new EntityQuery
        {
            Kinds = new HashSet<EntityKind> { EntityKind.Organisation },
            Filter = new EntityFilter.Compare("name", FilterOperator.Contains, "Bury"),
            Order = [new SortField("name", Descending: true)],
            Offset = 1,
            Limit = 1,
        };

        var page = await store.QueryEntitiesAsync(query, CancellationToken.None);

        Assert.Equal(2, page.TotalCount);
        Assert.Equal("bury-council", Assert.Single(page.Items).Id);
    }

    [SkippableFact]
    public async Task Query_filters_on_aliases_dates_and_related_lines()
    {
        var store = await SeededAsync();

        var byAlias = await store.QueryEntitiesAsync(new EntityQuery { Filter = new EntityFilter.StringList("aliases", ListQuantifier.Some, FilterOperator.Eq, "Bury CCG") }, CancellationToken.None);
        var endedBefore2023 = await store.QueryEntitiesAsync(new EntityQuery { Filter = new EntityFilter.Compare("validTo", FilterOperator.Lt, Date(2023, 1, 1)) }, CancellationToken.None);
        var accountable = await store.QueryEntitiesAsync(new EntityQuery
        {
            Filter = new EntityFilter.Relationships(ListQuantifier.Some, new RelationshipFilter.And([
                new RelationshipFilter.Compare("type", FilterOperator.Eq, "ACCOUNTABLE_TO"),
                new RelationshipFilter.From(new EntityFilter.Compare("id", FilterOperator.Eq, "bury-idc")),
            ])),
        }, CancellationToken.None);

        Assert.Equal("nhs-bury-ccg", Assert.Single(byAlias.Items).Id);
        Assert.Equal("nhs-bury-ccg", Assert.Single(endedBefore2023.Items).Id);
        Assert.Equal(["bury-idc", "bury-locality-board"], accountable.Items.Select(e => e.Id).Order(StringComparer.Ordinal));
    }

    [SkippableTheory]
    [InlineData("Bury CCG", "nhs-bury-ccg")]
    [InlineData("bury council", "bury-council")]
    [InlineData("cafe", "cafe-trust")]
    [InlineData("CAFÉ TRUST", "cafe-trust")]
    [InlineData("integrated delivery", "bury-idc")]
    public async Task Search_is_case_and_accent_insensitive_and_finds_aliases(string text, string expectedFirst)
    {
        var store = await SeededAsync();

        var hits = await store.SearchAsync(text, null, 5, CancellationToken.None);

        Assert.Equal(expectedFirst, hits[0].Entity.Id);
    }

    [SkippableFact]
    public async Task Search_ranks_exact_before_prefix_before_words_and_filters_kinds()
    {
        var store = await SeededAsync();

        var hits = await store.SearchAsync("Bury", null, 10, CancellationToken.None);
        var boards = await store.SearchAsync("Bury", new HashSet<EntityKind> { EntityKind.Board }, 10, CancellationToken.None);

        Assert.True(hits.Select(h => h.Score).SequenceEqual(hits.Select(h => h.Score).OrderDescending()));
        Assert.All(boards, h => Assert.Equal(EntityKind.Board, h.Entity.Kind));
        Assert.Equal(2, boards.Count);
    }

    [SkippableFact]
    public async Task Names_find_the_entities_they_name_exactly_by_name_or_alias_and_nothing_near()
    {
        var store = await SeededAsync();

        // Case and white space folded; a near miss ("Bury CC") or part of a name ("Bury") finds nothing.
        var found = await store.FindByNamesAsync(["NHS BURY  clinical commissioning group", "Bury CCG", "bury council", "Bury CC", "Bury", "Nowhere Board"], CancellationToken.None);

        Assert.Equal(["bury-council", "nhs-bury-ccg"], found.Select(e => e.Id).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task A_renamed_entity_is_found_by_its_new_name_only()
    {
        var store = await SeededAsync();

        var renamed = await store.WriteAsync(new GraphWriteBatch([new GraphWrite.UpsertEntity(Org("bury-council", "Borough of Ramsbottom", "LOCAL_AUTHORITY"), 1)]), CancellationToken.None);

        Assert.True(renamed.Committed);
        Assert.Equal(["bury-council"], (await store.FindByNamesAsync(["Borough of Ramsbottom"], CancellationToken.None)).Select(e => e.Id));
        Assert.Empty(await store.FindByNamesAsync(["Bury Council"], CancellationToken.None));
    }

    [SkippableFact]
    public async Task A_committed_write_is_searchable_at_once_by_its_new_words_only()
    {
        var store = await SeededAsync();

        var created = await store.WriteAsync(new GraphWriteBatch([new GraphWrite.UpsertEntity(Person("new-person", "Ottoline Quarrington"))]), CancellationToken.None);
        var renamed = await store.WriteAsync(new GraphWriteBatch([new GraphWrite.UpsertEntity(Org("bury-council", "Borough of Ramsbottom", "LOCAL_AUTHORITY"), 1)]), CancellationToken.None);

        Assert.True(created.Committed && renamed.Committed);
        Assert.Equal("new-person", (await store.SearchAsync("Quarington", null, 3, CancellationToken.None))[0].Entity.Id);
        Assert.Equal("bury-council", (await store.SearchAsync("Ramsbottom", null, 3, CancellationToken.None))[0].Entity.Id);
        Assert.DoesNotContain(await store.SearchAsync("Bury Council", null, 10, CancellationToken.None), h => h.Entity.Id == "bury-council");
    }

    [SkippableFact]
    public async Task A_batch_with_one_bad_write_changes_nothing()
    {
        var store = await SeededAsync();
        var version = store.Version;

        var result = await store.WriteAsync(new GraphWriteBatch([
            new GraphWrite.UpsertEntity(Person("new-person")),
            new GraphWrite.AddRelationship(Line("new-person", RelationshipType.Chairs, "no-such-board")),
        ]), CancellationToken.None);

        Assert.False(result.Committed);
        Assert.Equal("NOT_FOUND", Assert.Single(result.Errors).Code);
        Assert.Equal(1, Assert.Single(result.Errors).Index);
        Assert.Equal(version, store.Version);
        Assert.Null((await store.GetEntitiesAsync(["new-person"], CancellationToken.None))[0]);
    }

    [SkippableFact]
    public async Task Writes_commit_atomically_and_bump_versions()
    {
        var store = await SeededAsync();
        var version = store.Version;

        var result = await store.WriteAsync(new GraphWriteBatch([
            new GraphWrite.UpsertEntity(Person("chair-person")),
            new GraphWrite.AddRelationship(Line("chair-person", RelationshipType.Chairs, "bury-locality-board", RelationshipStatus.Proposed)),
            new GraphWrite.SetRelationshipStatus("bury-idc.accountable-to.bury-locality-board", RelationshipStatus.Agreed, ExpectedVersion: 1),
        ]), CancellationToken.None);

        Assert.True(result.Committed);
        Assert.Equal(version + 1, store.Version);
        var line = (await store.GetRelationshipsAsync(["bury-idc.accountable-to.bury-locality-board"], CancellationToken.None))[0]!;
        Assert.Equal(RelationshipStatus.Agreed, line.Status);
        Assert.Equal(2, line.Version);
    }

    [SkippableFact]
    public async Task A_stale_expected_version_is_a_conflict()
    {
        var store = await SeededAsync();

        var result = await store.WriteAsync(new GraphWriteBatch([
            new GraphWrite.EndRelationship("bury-council.member-of.bury-locality-board", Date(2024, 3, 31), ExpectedVersion: 7),
        ]), CancellationToken.None);

        Assert.Equal("CONFLICT", Assert.Single(result.Errors).Code);
    }

    [SkippableFact]
    public async Task Ending_a_line_sets_its_end_date_and_status()
    {
        var store = await SeededAsync();

        await store.WriteAsync(new GraphWriteBatch([new GraphWrite.EndRelationship("bury-council.member-of.bury-locality-board", Date(2024, 3, 31))]), CancellationToken.None);

        var line = (await store.GetRelationshipsAsync(["bury-council.member-of.bury-locality-board"], CancellationToken.None))[0]!;
        Assert.Equal(RelationshipStatus.Ended, line.Status);
        Assert.Equal(Date(2024, 3, 31), line.ValidTo);
    }

    [SkippableFact]
    public async Task Stats_count_by_kind()
    {
        var store = await SeededAsync();

        var stats = await store.GetStatsAsync(CancellationToken.None);

        Assert.Equal(7, stats.Entities);
        Assert.Equal(5, stats.Relationships);
        Assert.Equal(3, stats.ByKind[EntityKind.Organisation]);
        Assert.Equal(1, stats.Documents);
        Assert.True(await store.IsReadyAsync(CancellationToken.None));
    }
}
