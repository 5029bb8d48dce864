using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Search;

/// <summary>
/// The embedded store's entity search index: one in-memory Lucene index per store lineage, written only by the
/// store's commits (which are serialised) and searched through a near-real-time reader that each commit refreshes
/// before the new snapshot is published.
/// </summary>
/// <remarks>
/// Snapshots are many and cheap; a reader per snapshot is not (an open reader pins its files). So one reader serves
/// every snapshot and each snapshot filters its hits (<see cref="EntitySearchView"/>): a document is the entity's
/// version it was written for (its stamp), and a hit counts only when the snapshot holds that version. A commit adds
/// the new version's document and deletes the superseded one only after <see cref="SupersededLifetime"/>, longer
/// than any request lasts, so a request still reading an older snapshot finds the versions it holds.
/// </remarks>
internal sealed class EntitySearchIndex : IDisposable
{
    /// <summary>How long a superseded version's document is kept for requests still reading older snapshots.</summary>
    public static readonly TimeSpan SupersededLifetime = TimeSpan.FromMinutes(2);

    private readonly RAMDirectory directory;
    private readonly IndexWriter writer;
    private readonly SearcherManager searchers;
    private readonly TimeProvider time;
    private readonly Queue<(string Key, DateTimeOffset Due, long Publication)> superseded = new();
    private long publications;

    private EntitySearchIndex(RAMDirectory directory, IndexWriter writer, TimeProvider time)
    {
        this.directory = directory;
        this.writer = writer;
        this.time = time;
        searchers = new SearcherManager(writer, applyAllDeletes: true, new RankingSearcherFactory());
    }

    /// <summary>The index of a bulk load: every entity added once, then one reader opened.</summary>
    public static EntitySearchIndex Build(IEnumerable<Entity> entities, TimeProvider? time = null)
    {
        var config = new IndexWriterConfig(SearchAnalyzer.Version, SearchAnalyzer.Instance)
        {
            Similarity = RankingSimilarity.Instance,
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 64,
        };
        var directory = new RAMDirectory();
        var writer = new IndexWriter(directory, config);
        foreach (var entity in entities)
        {
            writer.AddDocument(EntityDocuments.For(entity));
        }

        return new EntitySearchIndex(directory, writer, time ?? TimeProvider.System);
    }

    /// <summary>Bytes the index's files take in memory (for the benchmark's report).</summary>
    public long SizeInBytes => directory.GetSizeInBytes();

    /// <summary>Runs a search on the current reader (released afterwards, so a later refresh can close it).</summary>
    public T Search<T>(Func<IndexSearcher, T> search)
    {
        var searcher = searchers.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>
    /// Adds the documents of changed entities (each change: the version before, null when new, and the version now,
    /// null when removed) and refreshes the reader. Called by the store's commit, under its write lock; returns the
    /// publication's number, which <see cref="Retract"/> takes back should the commit fail after it.
    /// </summary>
    public long Publish(IEnumerable<(Entity? Before, Entity? Now)> changes)
    {
        var publication = ++publications;
        var now = time.GetUtcNow();
        DeleteDue(now);
        foreach (var (before, after) in changes)
        {
            if (before is not null && after is not null && before.Version == after.Version)
            {
                // The same version written again (not done by today's writes): its one document is replaced.
                writer.UpdateDocument(new Term(SearchFields.Key, EntityDocuments.KeyOf(after.Id, after.Version)), EntityDocuments.For(after));
                continue;
            }

            if (after is not null)
            {
                writer.AddDocument(EntityDocuments.For(after));
            }

            if (before is not null)
            {
                superseded.Enqueue((EntityDocuments.KeyOf(before.Id, before.Version), now + SupersededLifetime, publication));
            }
        }

        searchers.MaybeRefreshBlocking();
        return publication;
    }

    /// <summary>Takes back a publication whose commit was not completed (its journal append failed).</summary>
    public void Retract(long publication, IEnumerable<(Entity? Before, Entity? Now)> changes)
    {
        foreach (var (_, after) in changes)
        {
            if (after is not null)
            {
                writer.DeleteDocuments(new Term(SearchFields.Key, EntityDocuments.KeyOf(after.Id, after.Version)));
            }
        }

        var kept = superseded.Where(s => s.Publication != publication).ToList();
        superseded.Clear();
        foreach (var entry in kept)
        {
            superseded.Enqueue(entry);
        }

        searchers.MaybeRefreshBlocking();
    }

    private void DeleteDue(DateTimeOffset now)
    {
        while (superseded.TryPeek(out var next) && next.Due <= now)
        {
            superseded.Dequeue();
            writer.DeleteDocuments(new Term(SearchFields.Key, next.Key));
        }
    }

    public static IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = RankingSimilarity.Instance };

    public void Dispose()
    {
        searchers.Dispose();
        writer.Dispose();
    }

    private sealed class RankingSearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => EntitySearchIndex.NewSearcher(reader);
    }
}
