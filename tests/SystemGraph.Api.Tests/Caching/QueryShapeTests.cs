using SystemGraph.Api.Caching;

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
        Assert.False(QueryShape.Of(document, operation, TimeDependent).Cacheable);

    [Fact]
    public void Documents_that_print_alike_share_a_hash_and_different_operations_do_not()
    {
        var a = QueryShape.Of("{ graphStats { entities } }", null, TimeDependent);
        var b = QueryShape.Of("query   {\n graphStats { entities, } # comment\n}", null, TimeDependent);
        var c = QueryShape.Of("query A { graphStats { entities } } query B { graphStats { documents } }", "A", TimeDependent);
        var d = QueryShape.Of("query A { graphStats { entities } } query B { graphStats { documents } }", "B", TimeDependent);

        Assert.True(a.Cacheable && b.Cacheable && c.Cacheable && d.Cacheable);
        Assert.Equal(a.NormalisedHash, b.NormalisedHash);
        Assert.NotEqual(c.NormalisedHash, d.NormalisedHash);
    }
}
