using System.Collections.Immutable;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;

namespace SystemGraph.Graph.Search;

/// <summary>
/// Entity search as one snapshot of the embedded graph sees it: the store's shared index, whose hits are kept only
/// when the snapshot holds the entity version they were written for, plus, for a snapshot not yet published to the
/// index (a scenario's graph, or a commit being built), an overlay of the entities it changed. The overlay is a
/// small index of its own, searched together with the shared one (one <see cref="MultiReader"/>, so BM25's
/// statistics are shared); the shared index's documents of overlaid entities are left out. So a scenario's
/// entities are found inside that scenario only, and a published snapshot needs no overlay at all.
/// </summary>
internal sealed class EntitySearchView
{
    private static readonly ImmutableDictionary<string, EntityChange> NoChanges = ImmutableDictionary.Create<string, EntityChange>(StringComparer.Ordinal);

    public static readonly EntitySearchView Empty = new(null, NoChanges, 0);

    private readonly EntitySearchIndex? index;
    private readonly ImmutableDictionary<string, EntityChange> overlay;
    private readonly Lazy<DirectoryReader?> overlayReader;
    private long publication;

    private EntitySearchView(EntitySearchIndex? index, ImmutableDictionary<string, EntityChange> overlay, long publication)
    {
        this.index = index;
        this.overlay = overlay;
        this.publication = publication;
        overlayReader = new Lazy<DirectoryReader?>(BuildOverlay, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The view of a bulk-loaded graph: its index holds every entity.</summary>
    public static EntitySearchView Over(EntitySearchIndex index) => new(index, NoChanges, 0);

    /// <summary>The view after entities changed (each: its version before this view's base, and now), not yet published.</summary>
    public EntitySearchView With(IEnumerable<(string Id, Entity? Before, Entity? Now)> changes)
    {
        var next = overlay.ToBuilder();
        foreach (var (id, before, now) in changes)
        {
            // An entity already overlaid keeps the version the shared index holds as its "before".
            next[id] = new EntityChange(next.TryGetValue(id, out var earlier) ? earlier.Before : before, now);
        }

        return next.Count == 0 ? this : new EntitySearchView(index, next.ToImmutable(), 0);
    }

    /// <summary>
    /// Writes the overlay into the shared index (the store's commit does this before publishing the snapshot) and
    /// returns the view without overlay. The first publication of a store creates its index.
    /// </summary>
    public EntitySearchView Publish()
    {
        if (overlay.IsEmpty && index is not null)
        {
            return this;
        }

        var target = index ?? EntitySearchIndex.Build([]);
        var number = target.Publish(overlay.Values.Select(c => (c.Before, c.Now)));
        return new EntitySearchView(target, NoChanges, number) { Published = overlay };
    }

    /// <summary>What the last <see cref="Publish"/> wrote, for <see cref="Retract"/>.</summary>
    private ImmutableDictionary<string, EntityChange> Published { get; init; } = NoChanges;

    /// <summary>Takes back this view's publication when its commit failed after the index was written.</summary>
    public void Retract()
    {
        if (index is not null && publication > 0)
        {
            index.Retract(publication, Published.Values.Select(c => (c.Before, c.Now)));
            publication = 0;
        }
    }

    /// <summary>
    /// The best hits for the words among the snapshot's entities of the given kinds (wire names; null for any),
    /// with Lucene's scores, best first; ties by shorter name, then name, then id.
    /// </summary>
    public IReadOnlyList<(Entity Entity, float Score)> Search(IRecordLookup snapshot, IReadOnlyList<SearchWord> words, string? wholeName, IReadOnlyCollection<string>? kinds, int limit)
    {
        if (words.Count == 0 || limit <= 0 || (index is null && overlay.IsEmpty))
        {
            return [];
        }

        var filter = EntitySearchQuery.KindFilter(kinds);
        if (index is null)
        {
            var alone = EntitySearchIndex.NewSearcher(overlayReader.Value!);
            return Collect(alone, snapshot, words, wholeName, filter, limit, isOverlay: _ => true);
        }

        return index.Search(shared =>
        {
            if (overlay.IsEmpty)
            {
                return Collect(shared, snapshot, words, wholeName, filter, limit, isOverlay: _ => false);
            }

            var baseReader = shared.IndexReader;
            using var both = new MultiReader([baseReader, overlayReader.Value!], closeSubReaders: false);
            var baseDocs = baseReader.MaxDoc;
            return Collect(EntitySearchIndex.NewSearcher(both), snapshot, words, wholeName, filter, limit, isOverlay: doc => doc >= baseDocs);
        });
    }

    /// <summary>
    /// The best hits. With several words, entities holding every word are looked for first: a conjunction visits
    /// only the rarest word's postings, where the full query scores every entity holding any word (hundreds of
    /// thousands for "nhs" at a million entities). When they fill the page they are the answer: coordination
    /// ranks entities matching every word above those matching fewer, bar a fewer-word match so much stronger
    /// that it outweighs the missing word's share.
    /// </summary>
    private List<(Entity Entity, float Score)> Collect(
        IndexSearcher searcher, IRecordLookup snapshot, IReadOnlyList<SearchWord> words, string? wholeName, Filter? filter, int limit, Func<int, bool> isOverlay)
    {
        if (words.Count > 1)
        {
            var everyWord = Collect(searcher, snapshot, EntitySearchQuery.For(words, wholeName, searcher.IndexReader, everyWord: true), filter, limit, isOverlay);
            if (everyWord.Count >= limit)
            {
                return everyWord;
            }
        }

        return Collect(searcher, snapshot, EntitySearchQuery.For(words, wholeName, searcher.IndexReader), filter, limit, isOverlay);
    }

    private List<(Entity Entity, float Score)> Collect(
        IndexSearcher searcher, IRecordLookup snapshot, Query query, Filter? filter, int limit, Func<int, bool> isOverlay)
    {
        // Hits the snapshot does not hold (other versions, other scenarios' entities) are skipped: fetch a margin,
        // and more while the kept hits fall short and the index has more.
        var wanted = limit + overlay.Count + 8;
        while (true)
        {
            var top = searcher.Search(query, filter, wanted);
            var kept = new List<(Entity Entity, float Score)>(Math.Min(limit, top.ScoreDocs.Length));
            foreach (var hit in top.ScoreDocs)
            {
                var (id, version) = EntityDocuments.Read(searcher.IndexReader, hit.Doc);
                var overlaid = isOverlay(hit.Doc);
                if (!overlaid && overlay.ContainsKey(id))
                {
                    continue;
                }

                if (snapshot.Entity(id) is { } entity && (overlaid || entity.Version == version))
                {
                    kept.Add((entity, hit.Score));
                }
            }

            if (kept.Count >= limit || top.TotalHits <= wanted)
            {
                return [.. kept
                    .OrderByDescending(h => h.Score)
                    .ThenBy(h => h.Entity.Name.Length)
                    .ThenBy(h => h.Entity.Name, StringComparer.OrdinalIgnoreCase)
                    .ThenBy(h => h.Entity.Id, StringComparer.Ordinal)
                    .Take(limit)];
            }

            wanted = checked(wanted * 4);
        }
    }

    private DirectoryReader? BuildOverlay()
    {
        var config = new IndexWriterConfig(SearchAnalyzer.Version, SearchAnalyzer.Instance) { Similarity = RankingSimilarity.Instance };
        var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var change in overlay.Values)
            {
                if (change.Now is { } entity)
                {
                    writer.AddDocument(EntityDocuments.For(entity));
                }
            }

            writer.Commit();
        }

        return DirectoryReader.Open(directory);
    }

    /// <summary>An entity's version in the shared index (null: none) and in this view (null: removed).</summary>
    internal sealed record EntityChange(Entity? Before, Entity? Now);
}
