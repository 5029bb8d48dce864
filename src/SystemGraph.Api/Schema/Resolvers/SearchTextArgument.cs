using SystemGraph.Graph.Search;

namespace SystemGraph.Api.Schema.Resolvers;

/// <summary>
/// The <c>text</c> of a search, checked before it reaches a store: at most the configured length, and at least one
/// word to search for (text of only spaces, punctuation, control characters or query syntax has none). Anything
/// else is searched as words: query syntax in it is never read as syntax.
/// </summary>
internal static class SearchTextArgument
{
    public static string Require(string text, int maxLength, string field)
    {
        if (text.Length > maxLength)
        {
            throw ApiErrors.Invalid($"{field}(text:) must be at most {maxLength} characters; it has {text.Length}.");
        }

        if (SearchWords.Of(text).Count == 0)
        {
            throw ApiErrors.Invalid($"{field}(text:) has no words to search for.");
        }

        return text;
    }
}
