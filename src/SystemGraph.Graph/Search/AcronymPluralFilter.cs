using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SystemGraph.Graph.Search;

/// <summary>
/// "PCNs", "CCGs", "ICBs": an upper-case acronym of two or more letters followed by a lower-case plural "s" loses
/// the "s". Runs before lower-casing, the only place the case still tells an acronym's plural from a word.
/// </summary>
public sealed class AcronymPluralFilter : TokenFilter
{
    private readonly ICharTermAttribute term;

    public AcronymPluralFilter(TokenStream input)
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

        var length = term.Length;
        if (length >= 3 && term.Buffer[length - 1] == 's' && IsUpperRun(term.Buffer, length - 1))
        {
            term.SetLength(length - 1);
        }

        return true;
    }

    private static bool IsUpperRun(char[] buffer, int length)
    {
        for (var i = 0; i < length; i++)
        {
            if (!char.IsUpper(buffer[i]))
            {
                return false;
            }
        }

        return true;
    }
}
