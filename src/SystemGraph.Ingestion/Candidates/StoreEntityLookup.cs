using SystemGraph.Graph.Store;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>
/// Looks candidate phrases up through the store's search (whatever ranks it: the embedded scorer or the full-text
/// index) and keeps the hits; <see cref="EntityCatalog"/> then decides which hit a phrase names (its name, an alias or
/// its ODS code, exactly). The phrase is passed as search text, never as query syntax.
/// </summary>
public sealed class StoreEntityLookup(IGraphReader reader, int hitsPerPhrase = 5) : IEntityLookup
{
    public async Task<IReadOnlyList<KnownEntity>> FindAsync(IReadOnlyCollection<string> phrases, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        var found = new Dictionary<string, KnownEntity>(StringComparer.Ordinal);
        foreach (var phrase in phrases)
        {
            foreach (var hit in await reader.SearchAsync(phrase, null, hitsPerPhrase, cancellationToken).ConfigureAwait(false))
            {
                if (hit.Entity.Kind != Graph.Model.EntityKind.Document)
                {
                    found.TryAdd(hit.Entity.Id, KnownEntity.From(hit.Entity));
                }
            }
        }

        return [.. found.Values];
    }
}
