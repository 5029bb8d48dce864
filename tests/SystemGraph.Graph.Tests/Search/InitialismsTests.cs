using SystemGraph.Graph.Search;

namespace SystemGraph.Graph.Tests.Search;

public sealed class InitialismsTests
{
    [Theory]
    [InlineData("Department of Health and Social Care", "dhsc")]
    [InlineData("NHS England", "nhse")]
    [InlineData("Greater Manchester Combined Authority", "gmca")]
    [InlineData("Bury Integrated Delivery Collaborative", "idc")]
    [InlineData("Bury Integrated Delivery Collaborative", "bidc")]
    [InlineData("Gateshead Health & Care System", "ghcs")]
    [InlineData("Halton Primary Care Networks Senate", "pcn")]
    [InlineData("NHS Bury CCGs", "nhsbccg")]
    public void Runs_of_initials_skip_stop_words_and_keep_acronyms_whole(string name, string expected) =>
        Assert.Contains(expected, Initialisms.Of([name])!.Split(' '));

    [Fact]
    public void Every_contiguous_run_of_two_or_more_words_is_one_distinct_initialism()
    {
        Assert.Equal("ab abc bc", Initialisms.Of(["Alpha Beta Charlie", "alpha beta"]));
    }

    [Theory]
    [InlineData("Gateshead")]
    [InlineData("NHS")]
    [InlineData("of the and")]
    [InlineData("")]
    [InlineData(null)]
    public void One_word_or_none_gives_no_initialism(string? name) => Assert.Null(Initialisms.Of([name]));

    [Fact]
    public void Numbers_and_brackets_end_a_run()
    {
        Assert.Equal("ab cd", Initialisms.Of(["Alpha Beta 2030 Charlie Delta"]));
        Assert.Equal("ab cd", Initialisms.Of(["Alpha Beta (Charlie Delta)"]));
    }

    [Fact]
    public void The_whole_name_key_is_the_distinct_analysed_words_joined()
    {
        Assert.Equal("nhs|england", SearchWords.WholeNameOf("NHS  England!"));
        Assert.Equal("gateshead", SearchWords.WholeNameOf("Gatéshead"));
        Assert.Null(SearchWords.WholeNameOf(" * "));
        Assert.Null(SearchWords.WholeNameOf(string.Join(' ', Enumerable.Range(0, SearchWords.MaxWords + 1).Select(i => "w" + i))));
    }
}
