using SystemGraph.Api.Explorer;
using SystemGraph.TestSupport;

namespace SystemGraph.Api.Tests.Explorer;

/// <summary>GraphiQL's default tabs are the README's quick tour: the same questions, in the same order.</summary>
public sealed class QuickTourTests
{
    [Fact]
    public void Every_quick_tour_query_is_in_the_readme_in_order()
    {
        var readme = Normalise(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")));
        var at = 0;

        Assert.Equal(7, QuickTour.Queries.Count);
        foreach (var query in QuickTour.Queries)
        {
            // The first line is the tab's heading (a GraphQL comment); the rest is the README's query block.
            var body = Normalise(string.Join('\n', query.Split('\n').Skip(1)));
            var found = readme.IndexOf(body, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"README.md does not have, after the previous one, the quick-tour query: {body}");
            at = found + body.Length;
        }
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
