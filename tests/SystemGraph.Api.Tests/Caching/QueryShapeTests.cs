using SystemGraph.Api.Caching;
using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Execution;
using SystemGraph.GraphQL.Language;

namespace SystemGraph.Api.Tests.Caching;

/// <summary>Which documents may be cached, and which share an entry.</summary>
public sealed class QueryShapeTests
{
    private static readonly HashSet<string> TimeDependent = ["chair", "heldBy"];

    [Theory]
    [InlineData("mutation { rename(to: \"x\") }", null)]
    [InlineData("subscription { changes { id } }", null)]
    [InlineData("query A { graphStats { entities } } mutation B { rename(to: \"x\") }", "B")]
    [InlineData("query A { graphStats { entities } } query B { graphStats { documents } }", null)]
    [InlineData("{ not even a document", null)]
    [InlineData("{ boards { nodes { ...F } } } fragment F on Board { chair { name } }", null)]
    public void Only_a_selected_query_without_time_dependent_fields_is_cacheable(string document, string? operation) =>
        Assert.False(Of(document, operation, TimeDependent).Cacheable);

    [Fact]
    public void Documents_that_print_alike_share_a_hash_and_different_operations_do_not()
    {
        var a = Of("{ graphStats { entities } }", null, TimeDependent);
        var b = Of("query   {\n graphStats { entities, } # comment\n}", null, TimeDependent);
        var c = Of("query A { graphStats { entities } } query B { graphStats { documents } }", "A", TimeDependent);
        var d = Of("query A { graphStats { entities } } query B { graphStats { documents } }", "B", TimeDependent);

        Assert.True(a.Cacheable && b.Cacheable && c.Cacheable && d.Cacheable);
        Assert.Equal(a.NormalisedHash, b.NormalisedHash);
        Assert.NotEqual(c.NormalisedHash, d.NormalisedHash);
    }

    /// <summary>
    /// The shape of a document's selected operation as the response-cache step sees it: the pipeline parses and selects
    /// first, so a document that does not parse or names no single operation never reaches the cache (not cacheable).
    /// </summary>
    private static QueryShape Of(string text, string? operationName, ISet<string> timeDependent)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(text);
        }
        catch (GraphQLException)
        {
            return new QueryShape(false, string.Empty);
        }

        return Executor.GetOperation(document, operationName, out var operation) is null
            ? QueryShape.Of(document, operation!, timeDependent)
            : new QueryShape(false, string.Empty);
    }
}
