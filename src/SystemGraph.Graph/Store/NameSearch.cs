using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Store;

/// <summary>
/// Ranked name and alias search over the token index. Scores: exact name 100, exact alias 90, name starts
/// with the text 70 (alias 60), every word of the text starts a word of the name 50 (alias 40), the text
/// occurs inside the name 20 (alias 15); shorter names win ties (a closer match), then name, then id. The scoring
/// and ranking are public so that every store ranks its candidates alike (Neo4j ranks its full-text candidates here).
/// </summary>
public static class NameSearch
{
    internal static IReadOnlyList<SearchHit> Search(GraphSnapshot snapshot, string text, IReadOnlySet<EntityKind>? kinds, int limit)
    {
        var query = SearchText.Fold(text);
        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || limit <= 0)
        {
            return [];
        }

        // Candidates: entities with a token that starts with the first query word (prefix scan of the token index).
        var candidates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (token, ids) in snapshot.ByToken)
        {
            if (token.StartsWith(words[0], StringComparison.Ordinal) || (words.Length == 1 && token.Contains(words[0], StringComparison.Ordinal)))
            {
                candidates.UnionWith(ids);
            }
        }

        var hits = new List<SearchHit>();
        foreach (var id in candidates)
        {
            if (snapshot.Entity(id) is not { } entity || (kinds is not null && !kinds.Contains(entity.Kind)))
            {
                continue;
            }

            var score = ScoreEntity(entity, query, words);
            if (score > 0)
            {
                hits.Add(new SearchHit(entity, score));
            }
        }

        return Rank(hits, limit);
    }

    /// <summary>The entity's best score for the folded query and its words; 0 when it does not match.</summary>
    /// <remarks>Shared with the Neo4j store, which finds candidates with its full-text index and ranks them here, so both stores rank alike.</remarks>
    public static double ScoreEntity(Entity entity, string query, string[] words)
    {
        var folded = Folded.GetValue(entity, FoldNames);
        var score = Score(folded.Name, query, words, isName: true);
        foreach (var alias in folded.Aliases)
        {
            score = Math.Max(score, Score(alias, query, words, isName: false));
        }

        if (folded.OdsCode is { } code && string.Equals(code, query, StringComparison.Ordinal))
        {
            score = Math.Max(score, 95);
        }

        return score;
    }

    /// <summary>
    /// Folded names per entity object, computed on first search: entities are immutable (a change is a new
    /// object), so the cache can never be stale, and it goes with the entity when no snapshot holds it any more.
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Entity, FoldedNames> Folded = new();

    private static FoldedNames FoldNames(Entity entity) =>
        new(SearchText.Fold(entity.Name), [.. entity.Aliases.Select(SearchText.Fold)], entity.OdsCode is { } code ? SearchText.Fold(code) : null);

    private sealed record FoldedNames(string Name, string[] Aliases, string? OdsCode);

    /// <summary>Best first; shorter names win ties (a closer match), then name, then id.</summary>
    public static IReadOnlyList<SearchHit> Rank(IEnumerable<SearchHit> hits, int limit)
    {
        return hits
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.Entity.Name.Length)
            .ThenBy(h => h.Entity.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(h => h.Entity.Id, StringComparer.Ordinal)
            .Take(limit)
            .ToList();
    }

    private static double Score(string candidate, string query, string[] words, bool isName)
    {
        if (candidate.Length == 0)
        {
            return 0;
        }

        if (candidate == query)
        {
            return isName ? 100 : 90;
        }

        if (candidate.StartsWith(query, StringComparison.Ordinal))
        {
            return isName ? 70 : 60;
        }

        var candidateWords = candidate.Split(' ');
        if (words.All(w => candidateWords.Any(c => c.StartsWith(w, StringComparison.Ordinal))))
        {
            return isName ? 50 : 40;
        }

        return candidate.Contains(query, StringComparison.Ordinal) ? (isName ? 20 : 15) : 0;
    }
}
