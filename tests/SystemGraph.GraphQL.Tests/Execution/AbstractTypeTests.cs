using SystemGraph.GraphQL.Utilities;
using static SystemGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace SystemGraph.GraphQL.Tests.Execution;

public class AbstractTypeTests
{
    public sealed record Dog(string Name, bool WoofsLoudly);

    public sealed record Cat(string Name, int Lives);

    private const string Sdl = """
        type Query { pets: [Pet] mixed: [CatOrDog] wrong: Pet missing: Pet }
        interface Pet { name: String }
        type Dog implements Pet { name: String woofsLoudly: Boolean }
        type Cat implements Pet { name: String lives: Int }
        type Other { x: Int }
        union CatOrDog = Cat | Dog
        """;

    private static readonly object[] Pets = [new Dog("Rex", true), new Cat("Tom", 9)];

    [Fact]
    public async Task Resolves_interfaces_by_clr_type_name_and_unions_by_typename()
    {
        var schema = SchemaBuilder.BuildFromSdl(Sdl, o => o
            .AddResolver("Query.pets", _ => Pets)
            .AddResolver("Query.mixed", _ => new object[]
            {
                new Dictionary<string, object?> { ["__typename"] = "Cat", ["name"] = "Kit", ["lives"] = 3 },
                new Dictionary<string, object?> { ["__typename"] = "Dog", ["name"] = "Fido", ["woofsLoudly"] = false },
            }));
        var json = await JsonAsync(schema, """
            {
              pets { __typename name ... on Dog { woofsLoudly } ...CatFields }
              mixed { ... on Pet { name } ... on Cat { lives } __typename }
            }
            fragment CatFields on Cat { lives }
            """);
        Assert.Equal(
            J("{'data':{'pets':[{'__typename':'Dog','name':'Rex','woofsLoudly':true},{'__typename':'Cat','name':'Tom','lives':9}],'mixed':[{'name':'Kit','lives':3,'__typename':'Cat'},{'name':'Fido','__typename':'Dog'}]}}"),
            json);
    }

    [Fact]
    public async Task Uses_type_resolvers_and_is_type_of()
    {
        var schema = SchemaBuilder.BuildFromSdl(Sdl, o => o
            .AddResolver("Query.pets", _ => new object[] { "dog:Rex", "cat:Tom" })
            .AddResolver("Pet.name", _ => "unused")
            .AddTypeResolver("Pet", (value, _) => ((string)value).StartsWith("dog", StringComparison.Ordinal) ? "Dog" : "Cat")
            .AddResolver("Dog.name", c => ((string)c.Source!)[4..])
            .AddResolver("Cat.name", c => ((string)c.Source!)[4..])
            .AddResolver("Query.mixed", _ => new object[] { 7 })
            .AddIsTypeOf("Cat", (value, _) => value is int || (value is string s && s.StartsWith("cat", StringComparison.Ordinal)))
            .AddIsTypeOf("Dog", (value, _) => value is string s && s.StartsWith("dog", StringComparison.Ordinal))
            .AddResolver("Cat.lives", c => c.Source));
        Assert.Equal(
            J("{'data':{'pets':[{'name':'Rex'},{'name':'Tom'}],'mixed':[{'lives':7}]}}"),
            await JsonAsync(schema, "{ pets { name } mixed { ... on Cat { lives } } }"));
    }

    [Fact]
    public async Task Reports_unresolvable_and_impossible_runtime_types()
    {
        var schema = SchemaBuilder.BuildFromSdl(Sdl, o => o
            .AddResolver("Query.wrong", _ => new Dictionary<string, object?> { ["__typename"] = "Other" })
            .AddResolver("Query.missing", _ => 42));
        var result = await ExecuteAsync(schema, "{ wrong { name } missing { name } }");
        Assert.Equal(
            [
                "Runtime Object type \"Other\" is not a possible type for \"Pet\".",
                "Abstract type \"Pet\" must resolve to an Object type at runtime for field \"Query.missing\". Either the \"Pet\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.",
            ],
            result.Errors!.Select(e => e.Message).Order(StringComparer.Ordinal).Reverse());
    }

    [Fact]
    public async Task Interface_field_resolvers_serve_implementing_types_without_their_own()
    {
        var schema = SchemaBuilder.BuildFromSdl(Sdl, o => o
            .AddResolver("Query.pets", _ => Pets)
            .AddResolver("Pet.name", c => "pet:" + DefaultName(c.Source))
            .AddResolver("Cat.name", _ => "cat"));
        Assert.Equal(J("{'data':{'pets':[{'name':'pet:Rex'},{'name':'cat'}]}}"), await JsonAsync(schema, "{ pets { name } }"));
    }

    private static string? DefaultName(object? source) => (string?)GraphQL.Execution.DefaultFieldResolver.Resolve(source, "name");
}
