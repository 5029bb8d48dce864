using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace SystemGraph.Graph.Search;

/// <summary>
/// The one analyzer of entity search, used for indexing and for the words of a query (and, on Neo4j, to produce
/// the pre-analysed text its full-text index splits on whitespace, so both stores see the same terms):
/// <list type="number">
/// <item>Unicode word boundaries (UAX #29, <see cref="StandardTokenizer"/>): punctuation and control characters
/// separate words; "O'Brien" and "00V" stay whole.</item>
/// <item><see cref="AcronymPluralFilter"/>: "PCNs", "CCGs" become "PCN", "CCG" (an upper-case acronym with a plural s).</item>
/// <item>English possessives dropped ("Children's" is "Children"), then lower case, then accents folded to ASCII.</item>
/// <item><see cref="ApostropheFilter"/>: apostrophes left inside a word go ("o'brien" is "obrien").</item>
/// <item>Plurals of words longer than four letters folded (<see cref="EnglishMinimalStemFilter"/>: "networks" is
/// "network", "partnerships" "partnership"); shorter words are kept as they are, so acronyms ("NHS", "ICS", "SEND")
/// and codes are never cut.</item>
/// </list>
/// No stop words are removed: "and" or "of" are ordinary (optional, low-weight) words of a query.
/// </summary>
public sealed class SearchAnalyzer : Analyzer
{
    /// <summary>Words longer than this are not plural-folded.</summary>
    public const int ShortestFoldedWord = 5;

    public static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>One instance is enough: Lucene analyzers reuse their components per thread.</summary>
    public static SearchAnalyzer Instance { get; } = new();

    /// <summary>The terms of a text, in order (duplicates kept).</summary>
    public static IReadOnlyList<string> Terms(string? text)
    {
        var terms = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return terms;
        }

        using var stream = Instance.GetTokenStream(string.Empty, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader) { MaxTokenLength = 64 };
        TokenStream stream = new AcronymPluralFilter(tokenizer);
        stream = new EnglishPossessiveFilter(Version, stream);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new ApostropheFilter(stream);
        stream = new ShortWordKeeper(stream);
        stream = new EnglishMinimalStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>Marks words shorter than <see cref="ShortestFoldedWord"/> as keywords, which the plural folding leaves alone.</summary>
    private sealed class ShortWordKeeper(TokenStream input) : KeywordMarkerFilter(input)
    {
        private readonly Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute term =
            input.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();

        protected override bool IsKeyword() => term.Length < ShortestFoldedWord;
    }
}
