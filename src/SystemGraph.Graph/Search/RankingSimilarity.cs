using Lucene.Net.Search.Similarities;

namespace SystemGraph.Graph.Search;

/// <summary>
/// BM25 with Lucene's classic coordination factor: a hit's score is multiplied by the share of the query's words it
/// matches, so every word is optional but an entity matching three of three words outranks one matching two.
/// (Plain BM25 in Lucene 4.8 turns coordination off; Neo4j's Lucene 9 has none, see the Neo4j store.)
/// </summary>
public sealed class RankingSimilarity : BM25Similarity
{
    public static RankingSimilarity Instance { get; } = new();

    public override float Coord(int overlap, int maxOverlap) => maxOverlap == 0 ? 1f : (float)overlap / maxOverlap;
}
