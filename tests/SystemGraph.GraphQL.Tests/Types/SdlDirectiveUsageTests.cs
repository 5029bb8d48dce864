using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Utilities;

namespace SystemGraph.GraphQL.Tests.Types;

/// <summary>§3.13: the directives an SDL document applies are checked before the schema is built.</summary>
public sealed class SdlDirectiveUsageTests
{
    private const string Query = "type Query { a: String }\n";

    [Fact]
    public void Defined_directives_in_their_locations_build()
    {
        var schema = SchemaBuilder.BuildFromSdl(Query + """
            directive @tag(name: String!) repeatable on OBJECT | FIELD_DEFINITION
            directive @level(value: Int! = 1) on OBJECT
            type T @tag(name: "a") @tag(name: "b") @level { old: Int @deprecated(reason: "gone") @tag(name: "c") }
            """);

        Assert.NotNull(schema.GetType("T"));
    }

    [Theory]
    [InlineData("type T @unknown { f: Int }", "Unknown directive \"@unknown\".")]
    [InlineData("type T @deprecated { f: Int }", "Directive \"@deprecated\" may not be used on OBJECT.")]
    [InlineData("type T { f: Int @deprecated @deprecated }", "The directive \"@deprecated\" can only be used once at this location.")]
    [InlineData("directive @once on OBJECT\ntype T @once { f: Int }\nextend type T @once", "The directive \"@once\" can only be used once at this location.")]
    [InlineData("type T { f: Int @deprecated(why: \"x\") }", "Unknown argument \"why\" on directive \"@deprecated\".")]
    [InlineData("scalar Url @specifiedBy", "Directive \"@specifiedBy\" argument \"url\" of type \"String!\" is required, but it was not provided.")]
    public void A_misused_directive_is_refused_with_graphql_js_wording(string sdl, string message)
    {
        var error = Assert.Throws<GraphQLException>(() => SchemaBuilder.BuildFromSdl(Query + sdl));

        Assert.Equal(message, error.Error.Message);
        Assert.NotNull(error.Error.Locations);
    }

    [Fact]
    public void Every_misuse_is_reported_at_once()
    {
        var error = Assert.Throws<GraphQLException>(() => SchemaBuilder.BuildFromSdl(Query + "type T @deprecated @unknown { f: Int @deprecated(x: 1) }"));

        Assert.Equal(3, error.Error.Message.Split("\n\n").Length);
    }
}
