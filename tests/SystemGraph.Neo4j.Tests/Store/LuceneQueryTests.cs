using SystemGraph.Graph.Search;
using SystemGraph.Neo4j.Store;

namespace SystemGraph.Neo4j.Tests.Store;

public sealed class LuceneQueryTests
{
    [Theory]
    [InlineData("bury", "bury")]
    [InlineData("a+b-c", "a\\+b\\-c")]
    [InlineData("(x):y", "\\(x\\)\\:y")]
    [InlineData("\"q\"~2^3*?", "\\\"q\\\"\\~2\\^3\\*\\?")]
    [InlineData("{[a]}/\\!&|", "\\{\\[a\\]\\}\\/\\\\\\!\\&\\|")]
    public void Special_characters_are_escaped(string word, string expected) => Assert.Equal(expected, LuceneQuery.Escape(word));

    [Fact]
    public void Each_word_is_an_optional_group_of_exact_prefix_and_fuzzy_matches_weighted_by_field()
    {
        var query = LuceneQuery.ForSearch(SearchWords.Of("Bury IDC"), null, null);

        Assert.Equal(
            "+((searchName:bury^1 searchName:bury*^0.45 searchName:bury~1^0.3 searchAliases:bury^0.8 searchAliases:bury*^0.36 searchAliases:bury~1^0.24 searchCode:bury^1 searchInitials:bury^0.6 searchDescription:bury^0.15)"
            + " (searchName:idc^1 searchName:idc*^0.45 searchAliases:idc^0.8 searchAliases:idc*^0.36 searchCode:idc^1 searchInitials:idc^0.6 searchDescription:idc^0.15))",
            query);
        Assert.Equal(string.Empty, LuceneQuery.ForSearch([], null, null));
    }

    [Fact]
    public void The_whole_name_key_is_one_escaped_optional_clause()
    {
        var query = LuceneQuery.ForSearch(SearchWords.Of("NHS England"), SearchWords.WholeNameOf("NHS England"), ["ORGANISATION"]);

        Assert.EndsWith(") searchWholeName:nhs\\|england^2 +kind:(ORGANISATION)", query, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("name:*")]
    [InlineData("~")]
    [InlineData("\"")]
    [InlineData("(")]
    [InlineData("\\")]
    [InlineData("a OR b AND NOT c")]
    [InlineData("x^100 y~3 [a TO z] {1 TO 2} /re.*/")]
    public void User_text_never_becomes_query_syntax(string text)
    {
        var query = LuceneQuery.ForSearch(SearchWords.Of(text), SearchWords.WholeNameOf(text), ["BOARD"]);

        // Only the builder's own syntax remains: field names, boosts, one prefix star and fuzzy marks per word.
        var words = SearchWords.Of(text);
        Assert.All(words, w => Assert.Matches("^[a-z0-9]+$", w.Term));
        Assert.DoesNotContain(" OR ", query, StringComparison.Ordinal);
        Assert.DoesNotContain(" AND ", query, StringComparison.Ordinal);
        Assert.DoesNotContain("[", query, StringComparison.Ordinal);
        Assert.DoesNotContain("/", query, StringComparison.Ordinal);
    }

    [Fact]
    public void A_term_with_special_characters_is_escaped_in_the_query()
    {
        var query = LuceneQuery.ForSearch([new SearchWord("a:b", 0)], null, null);

        Assert.Equal("+((searchName:a\\:b^1 searchName:a\\:b*^0.45 searchAliases:a\\:b^0.8 searchAliases:a\\:b*^0.36 searchCode:a\\:b^1 searchInitials:a\\:b^0.6 searchDescription:a\\:b^0.15))", query);
    }
}
