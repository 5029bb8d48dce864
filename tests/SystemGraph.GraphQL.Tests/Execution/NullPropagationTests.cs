using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Utilities;
using static SystemGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace SystemGraph.GraphQL.Tests.Execution;

public class NullPropagationTests
{
    private static readonly GraphQL.Types.GraphQLSchema Schema = SchemaBuilder.BuildFromSdl(
        """
        type Query { nullable: Node nonNull: Node! list: [Int] nonNullItems: [Int!] nodes: [Node!] notAList: [Int] }
        type Node { ok: String nullString: String! throws: String boom: String! child: Node! nullableChild: Node }
        """,
        o => o
            .AddResolver("Query.nullable", _ => new object())
            .AddResolver("Query.nonNull", _ => new object())
            .AddResolver("Query.list", _ => new object?[] { 1, null, 3 })
            .AddResolver("Query.nonNullItems", _ => new object?[] { 1, null, 3 })
            .AddResolver("Query.nodes", _ => new object[] { new(), new() })
            .AddResolver("Query.notAList", _ => 5)
            .AddResolver("Node.ok", _ => "ok")
            .AddResolver("Node.nullString", _ => null)
            .AddResolver("Node.throws", _ => throw new GraphQLException("thrown"))
            .AddResolver("Node.boom", _ => throw new GraphQLException("boom"))
            .AddResolver("Node.child", _ => new object())
            .AddResolver("Node.nullableChild", _ => new object()));

    [Fact]
    public async Task A_nullable_field_error_nulls_only_that_field()
    {
        Assert.Equal(
            J("{'errors':[{'message':'thrown','locations':[{'line':1,'column':17}],'path':['nullable','throws']}],'data':{'nullable':{'ok':'ok','throws':null}}}"),
            await JsonAsync(Schema, "{ nullable { ok throws } }"));
    }

    [Fact]
    public async Task A_non_null_field_null_propagates_to_the_nearest_nullable_parent()
    {
        Assert.Equal(
            J("{'errors':[{'message':'Cannot return null for non-nullable field Node.nullString.','locations':[{'line':1,'column':41}],'path':['nullable','nullableChild','child','nullString']}],'data':{'nullable':{'ok':'ok','nullableChild':null}}}"),
            await JsonAsync(Schema, "{ nullable { ok nullableChild { child { nullString } } } }"));
    }

    [Fact]
    public async Task Propagation_to_the_root_nulls_data()
    {
        Assert.Equal(
            J("{'errors':[{'message':'boom','locations':[{'line':1,'column':21}],'path':['nonNull','child','boom']}],'data':null}"),
            await JsonAsync(Schema, "{ nonNull { child { boom } } }"));
    }

    [Fact]
    public async Task List_items_propagate_by_item_type()
    {
        Assert.Equal(J("{'data':{'list':[1,null,3]}}"), await JsonAsync(Schema, "{ list }"));
        Assert.Equal(
            J("{'errors':[{'message':'Cannot return null for non-nullable field Query.nonNullItems.','locations':[{'line':1,'column':3}],'path':['nonNullItems',1]}],'data':{'nonNullItems':null}}"),
            await JsonAsync(Schema, "{ nonNullItems }"));
        Assert.Equal(
            J("{'errors':[{'message':'boom','locations':[{'line':1,'column':11}],'path':['nodes',0,'boom']}],'data':{'nodes':null}}"),
            await JsonAsync(Schema, "{ nodes { boom } }"));
    }

    [Fact]
    public async Task A_non_list_value_for_a_list_field_is_an_error()
    {
        Assert.Equal(
            J("{'errors':[{'message':'Expected Iterable, but did not find one for field \\u0022Query.notAList\\u0022.','locations':[{'line':1,'column':3}],'path':['notAList']}],'data':{'notAList':null}}"),
            await JsonAsync(Schema, "{ notAList }"));
    }
}
