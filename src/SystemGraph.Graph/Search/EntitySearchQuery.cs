using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SystemGraph.Graph.Search;

/// <summary>
/// The Lucene query for the words of a search: one optional clause per word (so an entity matching more words
/// scores more, <see cref="RankingSimilarity"/>), each the best of its matches over the fields, weighted by
/// <see cref="SearchWeights"/>: exact term, prefix, fuzzy (edit distance by length, <see cref="SearchWords.MaxEditsFor"/>).
/// </summary>
internal static class EntitySearchQuery
{
    /// <param name="reader">The index searched: a word it holds as spelled (in a name or alias) is matched exactly only.</param>
    /// <param name="everyWord">Require every word (the fast first pass of <see cref="EntitySearchView"/>) instead of any.</param>
    /// <param name="wholeName">The search's words as a whole-name key (<see cref="SearchWords.WholeNameOf"/>), or null.</param>
    public static Query For(IReadOnlyList<SearchWord> words, string? wholeName, IndexReader reader, bool everyWord = false)
    {
        var query = For(words, SearchWeights.Fields, reader, everyWord);
        if (wholeName is null)
        {
            return query;
        }

        // The words decide which entities match; an entity whose whole name they are scores the extra clause too.
        // (Coordination off here: the extra clause is a bonus, not a word missed by every other entity.)
        var withWholeName = new BooleanQuery(disableCoord: true)
        {
            { query, Occur.MUST },
            { new TermQuery(new Term(SearchFields.WholeName, wholeName)) { Boost = SearchWeights.WholeName }, Occur.SHOULD },
        };
        return withWholeName;
    }

    /// <summary>The same query over other fields (the evidence search's passage text).</summary>
    public static Query For(IReadOnlyList<SearchWord> words, IReadOnlyList<(string Field, float Weight, bool Loose)> fields, IndexReader reader, bool everyWord = false)
    {
        var query = new BooleanQuery(disableCoord: false);
        foreach (var word in words)
        {
            // Prefixes and near misses are for words being typed or mistyped: a word the index holds as it is spelled
            // is taken as meant. (Longer words and near neighbours of a real word would only rank below its exact
            // hits, and expanding them is the costliest part of a query over a large index.)
            var known = fields.Any(f => f.Loose && reader.DocFreq(new Term(f.Field, word.Term)) > 0);
            query.Add(ForWord(word, fields, exactOnly: known), everyWord ? Occur.MUST : Occur.SHOULD);
        }

        return query;
    }

    /// <summary>Only entities of these kinds (as wire names), or null for any kind.</summary>
    public static Filter? KindFilter(IReadOnlyCollection<string>? kinds)
    {
        if (kinds is null)
        {
            return null;
        }

        var any = new BooleanQuery(disableCoord: true);
        foreach (var kind in kinds)
        {
            any.Add(new TermQuery(new Term(SearchFields.Kind, kind)), Occur.SHOULD);
        }

        return new QueryWrapperFilter(any);
    }

    /// <summary>
    /// Prefix and fuzzy words expand to at most <see cref="SearchWeights.MaxExpansions"/> matching terms, each scored by BM25 like an exact term
    /// (Lucene's default scores them as constants, which would not compare with exact matches).
    /// </summary>
    private static MultiTermQuery.TopTermsScoringBooleanQueryRewrite ScoredExpansion() => new(SearchWeights.MaxExpansions);

    private static DisjunctionMaxQuery ForWord(SearchWord word, IReadOnlyList<(string Field, float Weight, bool Loose)> fields, bool exactOnly)
    {
        // The best match of the word counts (a word matching name and alias is not counted twice).
        var best = new DisjunctionMaxQuery(tieBreakerMultiplier: 0f);
        foreach (var (field, weight, loose) in fields)
        {
            var term = new Term(field, word.Term);
            best.Add(new TermQuery(term) { Boost = weight * SearchWeights.Exact });
            if (!loose || exactOnly)
            {
                continue;
            }

            best.Add(new PrefixQuery(term)
            {
                Boost = weight * SearchWeights.Prefix,
                MultiTermRewriteMethod = ScoredExpansion(),
            });
            if (word.MaxEdits > 0)
            {
                best.Add(new FuzzyQuery(term, word.MaxEdits, SearchWeights.FuzzyPrefixLength, SearchWeights.MaxExpansions, transpositions: true)
                {
                    Boost = weight * SearchWeights.Fuzzy,
                    MultiTermRewriteMethod = ScoredExpansion(),
                });
            }
        }

        return best;
    }
}
