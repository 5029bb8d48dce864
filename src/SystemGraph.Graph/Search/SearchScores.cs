using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;

namespace SystemGraph.Graph.Search;

/// <summary>
/// The score a search hit carries: the engine's (Lucene BM25) score as a share of the best hit's, 0 to 100 with one
/// decimal. Raw BM25 scores depend on the index's statistics and mean nothing across queries or stores; relative
/// to the best hit they say how close each hit is to the top one.
/// </summary>
public static class SearchScores
{
    public static IReadOnlyList<SearchHit> Normalise(IReadOnlyList<(Entity Entity, float Score)> hits)
    {
        ArgumentNullException.ThrowIfNull(hits);
        if (hits.Count == 0)
        {
            return [];
        }

        var best = hits.Max(h => h.Score);
        return [.. hits.Select(h => new SearchHit(h.Entity, best > 0 ? Math.Round(100.0 * h.Score / best, 1) : 0))];
    }
}
