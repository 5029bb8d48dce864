using SystemGraph.GraphQL.Types;
using SystemGraph.GraphQL.Utilities;
using static SystemGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace SystemGraph.GraphQL.Tests.Execution;

public class BasicExecutionTests
{
    public sealed class Person
    {
        public string Name { get; init; } = string.Empty;

        public int Age { get; init; }

        public IReadOnlyList<Person> Friends { get; init; } = [];

        public string Greeting() => "Hello, " + Name;
    }

    private static readonly Person Ada = new()
    {
        Name = "Ada",
        Age = 36,
        Friends = [new Person { Name = "Charles", Age = 50 }],
    };

    private static GraphQLSchema PeopleSchema() => SchemaBuilder.BuildFromSdl(
        """
        type Query {
          me: Person
          map: Mapped
          echo(text: String = "default", times: Int! = 1, list: [Int], obj: EchoInput): String
        }
        type Person { name: String! age: Int friends: [Person!]! greeting: String }
        type Mapped { key: String other: Int }
        input EchoInput { a: Int = 7 b: [String!] }
        """,
        o => o
            .AddResolver("Query.me", _ => Ada)
            .AddResolver("Query.map", _ => new Dictionary<string, object?> { ["key"] = "value", ["other"] = 3 })
            .AddResolver("Query.echo", c => $"{c.GetArgument<string>("text")}x{c.GetArgument<int>("times")} list={Inspect.Value(c.Arguments.GetValueOrDefault("list"))} obj={Inspect.Value(c.Arguments.GetValueOrDefault("obj"))}"));

    [Fact]
    public async Task Resolves_fields_with_the_default_resolver_and_aliases_in_order()
    {
        var json = await JsonAsync(PeopleSchema(), "{ me { NAME: name age greeting friends { name } } map { other key } }");
        Assert.Equal(J("{'data':{'me':{'NAME':'Ada','age':36,'greeting':'Hello, Ada','friends':[{'name':'Charles'}]},'map':{'other':3,'key':'value'}}}"), json);
    }

    [Fact]
    public async Task Coerces_literal_arguments_with_defaults()
    {
        var json = await JsonAsync(PeopleSchema(), "{ a: echo b: echo(text: \"hi\", times: 3, list: 5, obj: {b: \"one\"}) }");
        Assert.Equal(J("{'data':{'a':'defaultx1 list=null obj=null','b':'hix3 list=[5] obj={ a: 7, b: [\\u0022one\\u0022] }'}}"), json);
    }

    [Fact]
    public async Task Coerces_variables_and_uses_variable_defaults()
    {
        var json = await JsonAsync(
            PeopleSchema(),
            "query Q($t: String = \"fromDefault\", $n: Int!, $o: EchoInput) { echo(text: $t, times: $n, obj: $o) }",
            Vars(("n", 2), ("o", new Dictionary<string, object?> { ["b"] = new List<object?> { "x" } })));
        Assert.Equal(J("{'data':{'echo':'fromDefaultx2 list=null obj={ a: 7, b: [\\u0022x\\u0022] }'}}"), json);
    }

    [Fact]
    public async Task Reports_argument_errors_as_field_errors_with_locations()
    {
        var json = await JsonAsync(PeopleSchema(), "query Q($n: Int) {\n  echo(times: $n)\n}", Vars(("n", null)));
        Assert.Equal(
            J("{'errors':[{'message':'Argument \\u0022times\\u0022 of non-null type \\u0022Int!\\u0022 must not be null.','locations':[{'line':2,'column':15}],'path':['echo']}],'data':{'echo':null}}"),
            json);
    }

    [Fact]
    public async Task Uses_the_root_value_as_the_parent_of_root_fields()
    {
        var query = new ObjectType("Query");
        query.Field("greeting", Scalars.String);
        var schema = new GraphQLSchema(query);
        Assert.Equal(J("{'data':{'greeting':'hi'}}"), await JsonAsync(schema, "{ greeting }", root: new Dictionary<string, object?> { ["greeting"] = "hi" }));
    }

    [Fact]
    public async Task Resolver_context_exposes_request_information()
    {
        var query = new ObjectType("Query");
        string? seen = null;
        query.Field("info", Scalars.String).Argument("x", Scalars.Int).Resolve(c =>
        {
            seen = $"{c.ParentType.Name}.{c.FieldName} path={string.Join('/', c.Path)} nodes={c.FieldNodes.Count} op={c.Operation.Name?.Value} " +
                $"var={c.Variables["v"]} arg={c.GetArgument<long>("x")} has={c.HasArgument("x")} ret={c.ReturnType} ctx={c.ContextData.Count}";
            return "ok";
        });
        var schema = new GraphQLSchema(query);
        await ExecuteAsync(schema, "query Op($v: Int) { alias: info(x: $v) alias: info(x: $v) }", Vars(("v", 4)));
        Assert.Equal("Query.info path=alias nodes=2 op=Op var=4 arg=4 has=True ret=String ctx=0", seen);
    }

    [Fact]
    public async Task Executes_a_query_nested_to_the_parser_depth_limit()
    {
        var query = new ObjectType("Query");
        query.Field("n", query, _ => new object());
        query.Field("v", Scalars.Int, _ => 1);
        var depth = 255;
        var text = string.Concat(Enumerable.Repeat("{ n ", depth)) + "{ v }" + new string('}', depth) + " }";
        var result = await ExecuteAsync(new GraphQLSchema(query), text[..^2]);
        Assert.Null(result.Errors);
        var node = result.Data!;
        for (var i = 0; i < depth; i++)
        {
            node = (IReadOnlyDictionary<string, object?>)node["n"]!;
        }

        Assert.Equal(1, node["v"]);
    }
}
