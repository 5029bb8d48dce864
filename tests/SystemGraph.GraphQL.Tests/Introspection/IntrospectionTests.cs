using System.Text.Json;
using SystemGraph.GraphQL.Execution;
using SystemGraph.GraphQL.Introspection;
using SystemGraph.GraphQL.Tests.Types;
using SystemGraph.GraphQL.Types;
using SystemGraph.GraphQL.Utilities;
using static SystemGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace SystemGraph.GraphQL.Tests.Introspection;

public class IntrospectionTests
{
    private const string Sdl = """
        "Root"
        type Query {
          node(id: ID!, old: String @deprecated(reason: "Use id")): Node
          legacy: String @deprecated
          day: Day
          search(filter: Filter = {text: "x", limit: 2}): [Node!]!
        }
        interface Node { id: ID! }
        type Thing implements Node { id: ID! kind: Kind }
        enum Kind { A B @deprecated(reason: "gone") }
        input Filter { text: String limit: Int = 10 old: Int @deprecated }
        scalar Day @specifiedBy(url: "https://example.com/day")
        directive @tag(name: String!) repeatable on FIELD_DEFINITION
        """;

    private static readonly GraphQLSchema Schema = SchemaBuilder.BuildFromSdl(Sdl);

    [Fact]
    public async Task Answers_typename_on_every_composite_type()
    {
        Assert.Equal(J("{'data':{'__typename':'Query'}}"), await JsonAsync(Schema, "{ __typename }"));
    }

    [Fact]
    public async Task Describes_a_type_with_fields_arguments_and_deprecation()
    {
        var json = await JsonAsync(Schema, """
            {
              __type(name: "Query") {
                kind name description
                fields { name isDeprecated deprecationReason args { name type { kind ofType { name } } } }
                all: fields(includeDeprecated: true) { name args(includeDeprecated: true) { name isDeprecated deprecationReason defaultValue } }
              }
            }
            """);
        Assert.Equal(
            J("{'data':{'__type':{'kind':'OBJECT','name':'Query','description':'Root','fields':[" +
              "{'name':'node','isDeprecated':false,'deprecationReason':null,'args':[{'name':'id','type':{'kind':'NON_NULL','ofType':{'name':'ID'}}}]}," +
              "{'name':'day','isDeprecated':false,'deprecationReason':null,'args':[]}," +
              "{'name':'search','isDeprecated':false,'deprecationReason':null,'args':[{'name':'filter','type':{'kind':'INPUT_OBJECT','ofType':null}}]}]," +
              "'all':[{'name':'node','args':[{'name':'id','isDeprecated':false,'deprecationReason':null,'defaultValue':null},{'name':'old','isDeprecated':true,'deprecationReason':'Use id','defaultValue':null}]}," +
              "{'name':'legacy','args':[]},{'name':'day','args':[]}," +
              "{'name':'search','args':[{'name':'filter','isDeprecated':false,'deprecationReason':null,'defaultValue':'{text: \\u0022x\\u0022, limit: 2}'}]}]}}}"),
            json);
    }

    [Fact]
    public async Task Describes_enums_inputs_scalars_interfaces_and_directives()
    {
        var json = await JsonAsync(Schema, """
            {
              kind: __type(name: "Kind") { enumValues { name } all: enumValues(includeDeprecated: true) { name deprecationReason } }
              filter: __type(name: "Filter") { inputFields { name defaultValue } all: inputFields(includeDeprecated: true) { name } }
              day: __type(name: "Day") { kind specifiedByURL }
              node: __type(name: "Node") { kind possibleTypes { name } interfaces { name } }
              thing: __type(name: "Thing") { interfaces { name } }
              missing: __type(name: "Nope") { name }
              __schema { queryType { name } mutationType { name } directives { name isRepeatable locations args { name } } }
            }
            """);
        using var document = JsonDocument.Parse(json);
        var data = document.RootElement.GetProperty("data");
        Assert.Equal("[{\"name\":\"A\"}]", data.GetProperty("kind").GetProperty("enumValues").GetRawText());
        Assert.Equal("gone", data.GetProperty("kind").GetProperty("all")[1].GetProperty("deprecationReason").GetString());
        Assert.Equal("[{\"name\":\"text\",\"defaultValue\":null},{\"name\":\"limit\",\"defaultValue\":\"10\"}]", data.GetProperty("filter").GetProperty("inputFields").GetRawText());
        Assert.Equal(3, data.GetProperty("filter").GetProperty("all").GetArrayLength());
        Assert.Equal("https://example.com/day", data.GetProperty("day").GetProperty("specifiedByURL").GetString());
        Assert.Equal("[{\"name\":\"Thing\"}]", data.GetProperty("node").GetProperty("possibleTypes").GetRawText());
        Assert.Equal("[]", data.GetProperty("node").GetProperty("interfaces").GetRawText());
        Assert.Equal("[{\"name\":\"Node\"}]", data.GetProperty("thing").GetProperty("interfaces").GetRawText());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("missing").ValueKind);
        var schema = data.GetProperty("__schema");
        Assert.Equal(JsonValueKind.Null, schema.GetProperty("mutationType").ValueKind);
        var directives = schema.GetProperty("directives").EnumerateArray().Select(d => d.GetProperty("name").GetString()).ToList();
        Assert.Equal(["tag", "include", "skip", "deprecated", "specifiedBy", "oneOf"], directives);
        var tag = schema.GetProperty("directives")[0];
        Assert.True(tag.GetProperty("isRepeatable").GetBoolean());
        Assert.Equal("[\"FIELD_DEFINITION\"]", tag.GetProperty("locations").GetRawText());
    }

    [Fact]
    public async Task The_standard_introspection_query_runs_without_errors_on_the_spec_schema()
    {
        var schema = SchemaBuilder.BuildFromSdl(SpecExampleSchema.Sdl);
        var result = await ExecuteAsync(schema, IntrospectionQuery.Text);
        Assert.Null(result.Errors);
        using var document = JsonDocument.Parse(ExecutionResultJsonWriter.ToJson(result));
        var types = document.RootElement.GetProperty("data").GetProperty("__schema").GetProperty("types").EnumerateArray()
            .Select(t => t.GetProperty("name").GetString()).ToList();
        Assert.Contains("Dog", types);
        Assert.Contains("__Schema", types);
        Assert.Contains("__DirectiveLocation", types);
        Assert.Contains("String", types);
        var dog = document.RootElement.GetProperty("data").GetProperty("__schema").GetProperty("types").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "Dog");
        Assert.Equal("OBJECT", dog.GetProperty("kind").GetString());
        Assert.Equal("Pet", dog.GetProperty("interfaces")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Introspection_types_describe_themselves()
    {
        var json = await JsonAsync(Schema, "{ __type(name: \"__Type\") { fields { name } } }");
        Assert.Equal(
            J("{'data':{'__type':{'fields':[{'name':'kind'},{'name':'name'},{'name':'description'},{'name':'specifiedByURL'},{'name':'fields'},{'name':'interfaces'},{'name':'possibleTypes'},{'name':'enumValues'},{'name':'inputFields'},{'name':'ofType'},{'name':'isOneOf'}]}}}"),
            json);
    }

    [Fact]
    public async Task The_standard_introspection_query_passes_validation_in_the_pipeline()
    {
        var result = await new GraphQLRequestExecutor(Schema).ExecuteAsync(new GraphQLRequest { Query = IntrospectionQuery.Text });
        Assert.Null(result.Errors);
        Assert.True(result.HasData);
    }
}
