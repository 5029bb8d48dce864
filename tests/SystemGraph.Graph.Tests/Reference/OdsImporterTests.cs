using SystemGraph.Graph.Model;
using SystemGraph.Graph.Seed;
using SystemGraph.Graph.Seed.Reference;
using SystemGraph.Graph.Store;
using SystemGraph.Graph.Traversals;
using SystemGraph.TestSupport;

namespace SystemGraph.Graph.Tests.Reference;

/// <summary>The national reference import on the real extracts in ../shared/data/ods, merged with the real seed.</summary>
public sealed class OdsImporterTests : IClassFixture<OdsImporterTests.ImportedGraph>
{
    private readonly ImportedGraph imported;

    public OdsImporterTests(ImportedGraph imported) => this.imported = imported;

    private IEnumerable<Entity> OfType(string type) => imported.Graph.Entities.Where(e => e.Type == type);

    [Fact]
    public void England_has_7_regions_42_icbs_and_106_sub_icb_locations()
    {
        Assert.Equal(7, imported.Graph.Entities.Count(e => e.Level == SpatialLevel.Region));
        Assert.Equal(42, OfType("ICB").Count());
        Assert.Equal(42, imported.Graph.Entities.Count(e => e.Level == SpatialLevel.System && e.Attributes.ContainsKey("onsCode")));
        Assert.Equal(106, OfType("SUB_ICB_LOCATION").Count());
    }

    [Fact]
    public void Imported_lines_carry_the_date_of_their_extract_and_end_with_their_ends()
    {
        var entities = imported.Graph.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);

        Assert.All(imported.Graph.Relationships.Where(r => r.Sources.Any(s => s.DocumentId.StartsWith("ods-", StringComparison.Ordinal))), line =>
        {
            Assert.NotNull(line.LastEvidencedOn);
            if (line.Type != RelationshipType.SucceededBy)
            {
                foreach (var end in new[] { entities[line.FromId], entities[line.ToId] }.Where(e => e.ValidTo is not null))
                {
                    Assert.True(line.ValidTo is { } to && to <= end.ValidTo, $"{line.Id} outlives {end.Id}");
                }
            }
        });
    }

    [Fact]
    public void Counts_match_the_extracts()
    {
        var practices = File.ReadLines(Path.Combine(RepositoryPaths.Ods, "gp-practice-pcn-ccg-icb-map-2022-07.csv")).Skip(1).Select(l => l.Split(',')[0]).Distinct().Count();
        var pcns = File.ReadLines(Path.Combine(RepositoryPaths.Ods, "epcn-pcn-details-2023-01.csv")).Skip(1).Count(l => l.Length > 0);

        Assert.True(OfType("GP_PRACTICE").Count() >= practices);
        Assert.Equal(pcns, OfType("PCN").Count(e => e.OdsCode is not null));
        Assert.True(OfType("CCG").Count() >= 106);
    }

    [Fact]
    public void Seed_bodies_with_ods_codes_are_merged_not_duplicated()
    {
        Assert.Single(imported.Graph.Entities, e => e.OdsCode == "00V" && e.Type == "CCG");
        Assert.DoesNotContain(imported.Graph.Entities, e => e.Id == "ccg-00v");
        Assert.DoesNotContain(imported.Graph.Entities, e => e.Id == "icb-qop");
        Assert.Contains(imported.Graph.Relationships, r => r.FromId == "nhs-bury-ccg" && r.Type == RelationshipType.SucceededBy && r.ToId == "sub-icb-00v");
    }

    [Fact]
    public void Greater_manchester_has_its_pcns_under_its_sub_icb_locations()
    {
        var gmSubIcbs = imported.Graph.Relationships.Where(r => r.Type == RelationshipType.PartOf && r.ToId == "nhs-greater-manchester-icb").Select(r => r.FromId).ToHashSet();
        var gmPcns = imported.Graph.Relationships.Count(r => r.Type == RelationshipType.PartOf && gmSubIcbs.Contains(r.ToId) && r.FromId.StartsWith("pcn-", StringComparison.Ordinal));

        Assert.Equal(10, gmSubIcbs.Count);
        Assert.InRange(gmPcns, 50, 80);
    }

    [Fact]
    public async Task A_practice_chains_up_through_pcn_sub_icb_icb_and_system_to_its_region()
    {
        var practice = imported.Graph.Relationships.First(r => r.Type == RelationshipType.MemberOf && r.FromId.StartsWith("practice-", StringComparison.Ordinal) && r.Status == RelationshipStatus.InForce).FromId;
        var via = new HashSet<RelationshipType> { RelationshipType.MemberOf, RelationshipType.PartOf, RelationshipType.Covers };

        var paths = await ConnectionTraversal.ShortestPathsAsync(imported.Store, practice, "england", via, 8, new DateOnly(2023, 1, 1), CancellationToken.None);

        Assert.NotEmpty(paths);
        var ids = paths[0].Steps.Select(s => s.To.Id).ToList();
        Assert.Contains(ids, id => id.StartsWith("region-", StringComparison.Ordinal));
    }

    [Fact]
    public void Bury_ccg_was_succeeded_by_nhs_greater_manchester_icb_on_1_july_2022() =>
        Assert.Contains(imported.Graph.Relationships, r => r.FromId == "nhs-bury-ccg" && r.Type == RelationshipType.SucceededBy && r.ToId == "nhs-greater-manchester-icb" && r.ValidFrom == new DateOnly(2022, 7, 1));

    [Fact]
    public void Ccg_mergers_come_from_the_successions_extract() =>
        Assert.Contains(imported.Graph.Relationships, r => r.FromId == "ccg-00f" && r.Type == RelationshipType.SucceededBy && r.ToId == "nhs-newcastle-gateshead-ccg" && r.ValidFrom == new DateOnly(2015, 4, 1));

    [Fact]
    public void Every_imported_fact_cites_its_extract()
    {
        Assert.All(imported.Graph.Relationships, r => Assert.NotEmpty(r.Sources));
        Assert.All(imported.Graph.Entities.Where(e => e.Kind != EntityKind.Document), e => Assert.NotEmpty(e.Sources));
    }

    [Fact]
    public void Csv_fields_split_with_quotes_and_commas() =>
        Assert.Equal(["A", "B, C", "say \"hi\"", ""], OdsCsv.Split("A,\"B, C\",\"say \"\"hi\"\"\","));

    /// <summary>The real seed plus the national extracts, loaded once.</summary>
    public sealed class ImportedGraph : IAsyncLifetime
    {
        public SeedGraph Graph { get; private set; } = null!;

        public EmbeddedGraphStore Store { get; } = new();

        public async Task InitializeAsync()
        {
            var seed = await SeedLoader.LoadAsync(RepositoryPaths.GraphSeed, null, CancellationToken.None);
            Graph = await OdsImporter.ImportAsync(RepositoryPaths.Ods, seed.Graph!, CancellationToken.None);
            await Store.LoadAsync(Graph.Entities, Graph.Relationships, CancellationToken.None);
        }

        public Task DisposeAsync()
        {
            Store.Dispose();
            return Task.CompletedTask;
        }
    }
}
