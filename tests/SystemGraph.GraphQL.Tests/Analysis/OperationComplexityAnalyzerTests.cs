using SystemGraph.GraphQL.Analysis;
using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Utilities;

namespace SystemGraph.GraphQL.Tests.Analysis;

public sealed class OperationComplexityAnalyzerTests
{
    private static readonly SystemGraph.GraphQL.Types.GraphQLSchema Schema = SchemaBuilder.BuildFromSdl("""
        type Query {
          org(id: ID!): Org
          orgs(first: Int, last: Int): OrgsConnection
          nodes(ids: [ID!]!): [Org]!
          all: [Org!]!
        }
        type OrgsConnection { edges: [OrgsEdge!] nodes: [Org!] totalCount: Int! }
        type OrgsEdge { cursor: String! node: Org! }
        type Org { id: ID! name: String! parent: Org children: [Org!]! }
        """);

    private static OperationComplexity Measure(string query, IReadOnlyDictionary<string, object?>? variables = null, string? operationName = null) =>
        OperationComplexityAnalyzer.Analyze(Schema, Parser.Parse(query), operationName, variables);

    [Fact]
    public void Scalars_cost_one_each_and_depth_counts_nesting()
    {
        Assert.Equal(new OperationComplexity(3, 6), Measure("{ org(id: 1) { id name parent { id name } } }"));
    }

    [Fact]
    public void Connections_multiply_by_first_and_count_edges_and_nodes_once()
    {
        // orgs 1 + nodes 1 + 5 × (id + name) = 12
        Assert.Equal(12, Measure("{ orgs(first: 5) { nodes { id name } } }").Cost);
    }

    [Fact]
    public void Connections_without_first_or_last_assume_the_default_page_size()
    {
        Assert.Equal(1 + 1 + 10, Measure("{ orgs { nodes { id } } }").Cost);
    }

    [Fact]
    public void Variables_size_connections()
    {
        // orgs 1 + edges 1 + 25 × (node 1 + id 1) = 52
        Assert.Equal(52, Measure("query($n: Int) { orgs(last: $n) { edges { node { id } } } }", new Dictionary<string, object?> { ["n"] = 25 }).Cost);
    }

    [Fact]
    public void Lists_of_unknown_size_assume_twenty_and_ids_lists_their_length()
    {
        Assert.Equal(1 + 20, Measure("{ all { id } }").Cost);
        Assert.Equal(1 + 3, Measure("{ nodes(ids: [1, 2, 3]) { id } }").Cost);
    }

    [Fact]
    public void Nested_lists_multiply()
    {
        // all 1 + 20 × (children 1 + 20 × id 1) = 421
        Assert.Equal(421, Measure("{ all { children { id } } }").Cost);
    }

    [Fact]
    public void Fragments_are_expanded_and_skipped_fields_do_not_count()
    {
        var cost = Measure("""
            query($skip: Boolean!) { org(id: 1) { ...F name @skip(if: $skip) } }
            fragment F on Org { id parent { id } }
            """, new Dictionary<string, object?> { ["skip"] = true });
        Assert.Equal(new OperationComplexity(3, 4), cost);
    }

    [Fact]
    public void Introspection_is_not_counted()
    {
        Assert.Equal(default, Measure("{ __schema { types { name fields { name type { ofType { ofType { name } } } } } } }"));
    }

    [Fact]
    public void The_named_operation_is_measured()
    {
        var document = "query A { org(id: 1) { id } } query B { all { id } }";
        Assert.Equal(2, Measure(document, operationName: "A").Cost);
        Assert.Equal(21, Measure(document, operationName: "B").Cost);
    }
}
