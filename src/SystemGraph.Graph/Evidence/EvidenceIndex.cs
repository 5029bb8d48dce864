using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Store;
using SystemGraph.Graph.Search;

namespace SystemGraph.Graph.Evidence;

/// <summary>
/// The passages of the source papers in an in-memory Lucene index, analysed and queried like entity search
/// (<see cref="SearchAnalyzer"/>, <see cref="EntitySearchQuery"/>: every word optional, more words rank higher, exact
/// above prefix above fuzzy), with the matched words highlighted in each passage. Built once per set of papers;
/// the papers do not change while the application runs.
/// </summary>
internal sealed class EvidenceIndex
{
    private const string PaperField = "paper";
    private const string PassageField = "passage";
    private const string TextField = "text";

    /// <summary>Characters of a highlighted snippet at most (around the best-matching part of a long passage).</summary>
    private const int SnippetLength = 320;

    private static readonly IReadOnlyList<(string Field, float Weight, bool Loose)> Fields = [(TextField, 1f, true)];

    private readonly IndexSearcher searcher;

    public EvidenceIndex(IReadOnlyList<SourcePaper> papers)
    {
        Papers = papers;
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(SearchAnalyzer.Version, SearchAnalyzer.Instance) { Similarity = RankingSimilarity.Instance };
        using (var writer = new IndexWriter(directory, config))
        {
            for (var p = 0; p < papers.Count; p++)
            {
                for (var i = 0; i < papers[p].Passages.Count; i++)
                {
                    var passage = papers[p].Passages[i];
                    writer.AddDocument(new Document
                    {
                        new StringField(PaperField, papers[p].Document.Id, Field.Store.NO),
                        new StoredField(PaperField, p),
                        new StoredField(PassageField, i),
                        new TextField(TextField, papers[p].Text[passage.Start..passage.End], Field.Store.NO),
                    });
                }
            }

            writer.Commit();
        }

        searcher = EntitySearchIndex.NewSearcher(DirectoryReader.Open(directory));
    }

    public IReadOnlyList<SourcePaper> Papers { get; }

    /// <summary>The best passages for the words, in the given documents only (null: all), best first.</summary>
    public IReadOnlyList<PassageHit> Search(IReadOnlyList<SearchWord> words, IReadOnlyCollection<string>? documents, int first)
    {
        if (words.Count == 0 || first <= 0 || Papers.Count == 0)
        {
            return [];
        }

        var query = EntitySearchQuery.For(words, Fields, searcher.IndexReader);
        Filter? filter = null;
        if (documents is not null)
        {
            var any = new BooleanQuery(disableCoord: true);
            foreach (var id in documents)
            {
                any.Add(new TermQuery(new Term(PaperField, id)), Occur.SHOULD);
            }

            filter = new QueryWrapperFilter(any);
        }

        var top = searcher.Search(query, filter, first);
        // The fragmenter reads the scorer's state as the highlighter runs: they must share one scorer.
        var scorer = new QueryScorer(query, searcher.IndexReader, TextField);
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, SnippetLength),
        };
        var hits = new List<PassageHit>(top.ScoreDocs.Length);
        foreach (var hit in top.ScoreDocs)
        {
            var stored = searcher.Doc(hit.Doc);
            var paper = Papers[stored.GetField(PaperField).GetInt32Value()!.Value];
            var passage = paper.Passages[stored.GetField(PassageField).GetInt32Value()!.Value];
            var text = paper.Text[passage.Start..passage.End];
            var snippet = text.Length <= SnippetLength
                ? Whole(highlighter, text)
                : highlighter.GetBestFragment(SearchAnalyzer.Instance, TextField, text) ?? Encode(text[..SnippetLength]);
            hits.Add(new PassageHit(paper, passage, snippet, hit.Score));
        }

        return hits;
    }

    /// <summary>A short passage highlighted as a whole (no fragment cut).</summary>
    private static string Whole(Highlighter highlighter, string text)
    {
        var previous = highlighter.TextFragmenter;
        highlighter.TextFragmenter = new NullFragmenter();
        try
        {
            return highlighter.GetBestFragment(SearchAnalyzer.Instance, TextField, text) ?? Encode(text);
        }
        finally
        {
            highlighter.TextFragmenter = previous;
        }
    }

    private static string Encode(string text) => new SimpleHTMLEncoder().EncodeText(text);
}

/// <summary>A passage found by an evidence search, with its highlighted snippet and Lucene score.</summary>
internal sealed record PassageHit(SourcePaper Paper, PaperPassage Passage, string Snippet, float Score);
