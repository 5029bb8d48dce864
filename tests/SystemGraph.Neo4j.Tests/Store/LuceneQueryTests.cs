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
    public void Words_become_a_boosted_phrase_exact_words_and_prefixes()
    {
        Assert.Equal("\"bury ccg\"^8 OR (bury AND ccg)^4 OR (bury* AND ccg*)", LuceneQuery.ForWords(["bury", "ccg"]));
        Assert.Equal("\"a\\*\"^8 OR (a\\*)^4 OR (a\\**)", LuceneQuery.ForWords(["a*"]));
        Assert.Equal(string.Empty, LuceneQuery.ForWords([]));
    }
}
