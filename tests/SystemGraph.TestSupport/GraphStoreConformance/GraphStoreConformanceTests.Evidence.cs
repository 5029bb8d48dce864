using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;
using Xunit;
using static SystemGraph.TestSupport.GraphStoreConformance.TestGraph;

namespace SystemGraph.TestSupport.GraphStoreConformance;

/// <summary>The evidence properties of issue #14 kept, filtered and sorted the same by every store.</summary>
public abstract partial class GraphStoreConformanceTests
{
    private static readonly Entity MergedBoard = Board("bury-system-board", "Bury System Board") with { FormerIds = ["bury-locality-board-old"], SharedAliases = ["System Board"] };

    private static readonly Entity ExternalDocument = Document("doc-act") with { Title = "Health and Care Act 2022", Url = "https://www.legislation.gov.uk/ukpga/2022/31", PublishedOn = Date(2022, 4, 28) };

    private static readonly Relationship[] EvidenceLines =
    [
        Line("bury-idc", RelationshipType.AccountableTo, "bury-system-board", RelationshipStatus.Proposed) with { LastEvidencedOn = Date(2021, 4, 12) },
        Line("bury-system-board", RelationshipType.AccountableTo, "nhs-bury-ccg", validTo: Date(2022, 6, 30)) with
        {
            Basis = RelationshipBasis.Inferred, Rationale = "The paper names a post, not the body.", LastEvidencedOn = Date(2014, 9, 3),
        },
    ];

    private async Task<IGraphStore> EvidenceGraphAsync()
    {
        var store = await CreateStoreAsync();
        await store.LoadAsync([.. Entities, MergedBoard, ExternalDocument], EvidenceLines, CancellationToken.None);
        return store;
    }

    [SkippableFact]
    public async Task Evidence_properties_are_kept()
    {
        var store = await EvidenceGraphAsync();

        var entities = await store.GetEntitiesAsync(["bury-system-board", "doc-act"], CancellationToken.None);
        var lines = await store.QueryRelationshipsAsync(new RelationshipPageQuery { Order = [new SortField("id")] }, CancellationToken.None);

        Assert.Equal(["bury-locality-board-old"], entities[0]!.FormerIds.ToArray());
        Assert.Equal(["System Board"], entities[0]!.SharedAliases.ToArray());
        Assert.Equal(("Health and Care Act 2022", "https://www.legislation.gov.uk/ukpga/2022/31"), (entities[1]!.Title, entities[1]!.Url));
        var inferred = lines.Items.Single(l => l.FromId == "bury-system-board");
        Assert.Equal((RelationshipBasis.Inferred, "The paper names a post, not the body.", (DateOnly?)Date(2014, 9, 3)), (inferred.Basis, inferred.Rationale, inferred.LastEvidencedOn));
        var stated = lines.Items.Single(l => l.FromId == "bury-idc");
        Assert.Equal((RelationshipBasis.Stated, (string?)null, (DateOnly?)Date(2021, 4, 12)), (stated.Basis, stated.Rationale, stated.LastEvidencedOn));
    }

    [SkippableFact]
    public async Task Lines_filter_and_sort_on_basis_and_last_evidenced_on()
    {
        var store = await EvidenceGraphAsync();

        var inferred = await store.QueryRelationshipsAsync(
            new RelationshipPageQuery { Filter = new RelationshipFilter.Compare("basis", FilterOperator.Eq, "INFERRED") }, CancellationToken.None);
        var stated = await store.QueryRelationshipsAsync(
            new RelationshipPageQuery { Filter = new RelationshipFilter.Compare("basis", FilterOperator.Eq, "STATED") }, CancellationToken.None);
        var recent = await store.QueryRelationshipsAsync(
            new RelationshipPageQuery { Filter = new RelationshipFilter.Compare("lastEvidencedOn", FilterOperator.Gte, Date(2020, 1, 1)) }, CancellationToken.None);
        var byBasis = await store.QueryRelationshipsAsync(
            new RelationshipPageQuery { Order = [new SortField("basis", Descending: true), new SortField("id")] }, CancellationToken.None);

        Assert.Equal(["bury-system-board.accountable-to.nhs-bury-ccg"], inferred.Items.Select(l => l.Id));
        Assert.Equal(["bury-idc.accountable-to.bury-system-board"], stated.Items.Select(l => l.Id));
        Assert.Equal(["bury-idc.accountable-to.bury-system-board"], recent.Items.Select(l => l.Id));
        Assert.Equal(["bury-idc.accountable-to.bury-system-board", "bury-system-board.accountable-to.nhs-bury-ccg"], byBasis.Items.Select(l => l.Id));
    }

    [SkippableFact]
    public async Task A_written_line_ends_with_its_ends_and_is_evidence_as_at_its_documents_date()
    {
        var store = await EvidenceGraphAsync();
        var line = Line("bury-council", RelationshipType.MemberOf, "nhs-bury-ccg", RelationshipStatus.InForce) with
        {
            Sources = [new SourceRef("doc-act", "s.1", "a quote long enough to identify the passage it comes from")],
        };

        var result = await store.WriteAsync(new GraphWriteBatch([new GraphWrite.AddRelationship(line)]), CancellationToken.None);

        Assert.True(result.Committed);
        var written = (await store.GetRelationshipsAsync([line.Id], CancellationToken.None))[0]!;
        Assert.Equal(Date(2022, 6, 30), written.ValidTo);
        Assert.Equal(Date(2022, 4, 28), written.LastEvidencedOn);
    }

    [SkippableFact]
    public async Task Entities_are_found_by_a_former_id()
    {
        var store = await EvidenceGraphAsync();

        var found = await store.QueryEntitiesAsync(
            new EntityQuery { Filter = new EntityFilter.StringList("formerIds", ListQuantifier.Some, FilterOperator.Eq, "bury-locality-board-old") }, CancellationToken.None);

        Assert.Equal(["bury-system-board"], found.Items.Select(e => e.Id));
    }
}
