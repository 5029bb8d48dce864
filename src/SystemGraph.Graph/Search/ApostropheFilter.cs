using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SystemGraph.Graph.Search;

/// <summary>
/// Removes apostrophes (' and ’) left inside a word after possessives are dropped, so "O'Brien", "O’Brien" and
/// "OBrien" are one term.
/// </summary>
public sealed class ApostropheFilter : TokenFilter
{
    private readonly ICharTermAttribute term;

    public ApostropheFilter(TokenStream input)
        : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var buffer = term.Buffer;
        var kept = 0;
        for (var i = 0; i < term.Length; i++)
        {
            if (buffer[i] is not ('\'' or '\u2019' or '\uFF07'))
            {
                buffer[kept++] = buffer[i];
            }
        }

        term.SetLength(kept);
        return true;
    }
}
