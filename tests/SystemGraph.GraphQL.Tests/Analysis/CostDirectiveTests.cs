using SystemGraph.GraphQL.Analysis;
using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Utilities;

namespace SystemGraph.GraphQL.Tests.Analysis;

/// <summary>The cost directives a schema puts on its fields (<see cref="FieldCost"/>), as the analysis reads them.</summary>
public sealed class CostDirectiveTests
{
    private static readonly SystemGraph.GraphQL.Types.GraphQLSchema Schema = SchemaBuilder.BuildFromSdl("""
        directive @cost(weight: String!) on FIELD_DEFINITION | ARGUMENT_DEFINITION
        directive @listSize(assumedSize: Int, slicingArguments: [String!], requireOneSlicingArgument: Boolean = false) on FIELD_DEFINITION
        directive @costPerArgument(argument: String!, weight: String!) repeatable on FIELD_DEFINITION
        type Query {
          chain(from: ID!, maxDepth: Int = 12): Chain! @cost(weight: "10") @costPerArgument(argument: "maxDepth", weight: "20")
          search(text: String!, first: Int = 20): [Hit!]! @cost(weight: "200") @listSize(slicingArguments: ["first"])
          orgs(where: String @cost(weight: "500"), first: Int): [Org!]! @cost(weight: "1000")
          plain: [Org!]!
        }
        type Chain { truncated: Boolean! paths: [Path!]! @listSize(assumedSize: 4) }
        type Path { length: Int! }
        type Hit { score: Float! }
        type Org { id: ID! }
        """);

    private static double Cost(string query, IReadOnlyDictionary<string, object?>? variables = null) =>
        OperationComplexityAnalyzer.Analyze(Schema, Parser.Parse(query), (string?)null, variables).Cost;

    [Fact]
    public void A_weight_replaces_the_cost_of_one_call_and_a_per_argument_weight_scales_with_the_default()
    {
        // 10 + 20 × 12 (maxDepth's default), + truncated 1
        Assert.Equal(251, Cost("{ chain(from: 1) { truncated } }"));
    }

    [Fact]
    public void The_per_argument_weight_follows_the_given_value_and_variables()
    {
        Assert.Equal(10 + 20 * 2 + 1, Cost("{ chain(from: 1, maxDepth: 2) { truncated } }"));
        Assert.Equal(10 + 20 * 5 + 1, Cost("query($d: Int) { chain(from: 1, maxDepth: $d) { truncated } }", new Dictionary<string, object?> { ["d"] = 5 }));
    }

    [Fact]
    public void Aliases_add_up()
    {
        var one = Cost("{ chain(from: 1) { truncated } }");

        Assert.Equal(3 * one, Cost("{ a: chain(from: 1) { truncated } b: chain(from: 2) { truncated } c: chain(from: 3) { truncated } }"));
    }

    [Fact]
    public void List_size_comes_from_the_slicing_argument_then_its_default_then_the_assumed_size()
    {
        Assert.Equal(200 + 5, Cost("{ search(text: \"x\", first: 5) { score } }"));
        Assert.Equal(200 + 20, Cost("{ search(text: \"x\") { score } }"));
        Assert.Equal(251 - 1 + 1 + 4, Cost("{ chain(from: 1) { paths { length } } }"));
    }

    [Fact]
    public void An_argument_weight_counts_only_when_the_argument_is_given()
    {
        Assert.Equal(1000 + 3, Cost("{ orgs(first: 3) { id } }"));
        Assert.Equal(1000 + 500 + 3, Cost("{ orgs(where: \"x\", first: 3) { id } }"));
        Assert.Equal(1000 + 3, Cost("{ orgs(where: null, first: 3) { id } }"));
    }

    [Fact]
    public void Fields_without_directives_keep_the_plain_model()
    {
        Assert.Equal(1 + 20, Cost("{ plain { id } }"));
    }
}
