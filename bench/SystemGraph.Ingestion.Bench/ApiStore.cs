using SystemGraph.Graph.Seed;
using SystemGraph.Graph.Seed.Reference;
using SystemGraph.Graph.Store;
using SystemGraph.Ingestion.Candidates;

namespace SystemGraph.Ingestion.Bench;

/// <summary>
/// The scorers' api setting: the embedded store holding the seed and the national ODS extracts, where names are looked
/// up as <c>ingestDocument</c> and <c>suggestLines</c> look them up, and the ids a new entity may not take.
/// </summary>
internal sealed class ApiStore : IDisposable
{
    private readonly EmbeddedGraphStore store;

    private ApiStore(EmbeddedGraphStore store, IReadOnlySet<string> ids)
    {
        this.store = store;
        Lookup = new StoreEntityLookup(store);
        Ids = ids;
    }

    public IEntityLookup Lookup { get; }

    public IReadOnlySet<string> Ids { get; }

    /// <summary>The lookup and ids as the scorers take an api-setting store.</summary>
    public (IEntityLookup Lookup, IReadOnlySet<string> Ids) Setting => (Lookup, Ids);

    public static async Task<ApiStore> LoadAsync(string odsFolder, SeedGraph seed, CancellationToken cancellationToken)
    {
        var graph = await OdsImporter.ImportAsync(odsFolder, seed, cancellationToken).ConfigureAwait(false);
        var store = new EmbeddedGraphStore();
        await store.LoadAsync([.. graph.Entities], [.. graph.Relationships], cancellationToken).ConfigureAwait(false);
        return new ApiStore(store, graph.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal));
    }

    public void Dispose() => store.Dispose();
}
