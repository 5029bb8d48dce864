using SystemGraph.Graph.Store;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>
/// Looks a paper's candidate phrases up in the graph by exact name, alias or ODS code, all in one call
/// (<see cref="IGraphReader.FindByNamesAsync"/>: the embedded store's name index, Neo4j's full-text index);
/// <see cref="EntityCatalog"/> then decides which entity each phrase names. A phrase is only ever compared as text,
/// never used as query syntax.
/// </summary>
public sealed class StoreEntityLookup(IGraphReader reader) : IEntityLookup
{
    public async Task<IReadOnlyList<KnownEntity>> FindAsync(IReadOnlyCollection<string> phrases, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        var found = await reader.FindByNamesAsync(phrases, cancellationToken).ConfigureAwait(false);

        // In id order, so that the same paper gives the same candidates whatever order the store answers in.
        return [.. found.Where(e => e.Kind != Graph.Model.EntityKind.Document).OrderBy(e => e.Id, StringComparer.Ordinal).Select(KnownEntity.From)];
    }
}
