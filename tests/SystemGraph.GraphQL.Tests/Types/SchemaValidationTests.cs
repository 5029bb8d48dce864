using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Types;
using SystemGraph.GraphQL.Utilities;

namespace SystemGraph.GraphQL.Tests.Types;

public class SchemaValidationTests
{
    private static List<string> Errors(string sdl) =>
        SchemaBuilder.BuildFromSdl(sdl, o => o.AssumeValid = true).Validate().Select(e => e.Message).ToList();

    [Fact]
    public void The_spec_example_schema_is_valid() => Assert.Empty(Errors(SpecExampleSchema.Sdl));

    [Fact]
    public void Requires_a_query_root_type()
    {
        Assert.Equal(["Query root type must be provided."], Errors("type Foo { a: Int }"));
        Assert.Equal(["Query root type must be provided."], new GraphQLSchema(null).Validate().Select(e => e.Message));
    }

    [Fact]
    public void Rejects_types_without_fields_values_or_members()
    {
        var errors = Errors("""
            type Query { a: Int }
            type Empty
            interface NoFields
            union NoMembers
            enum NoValues
            input NoInputFields
            extend type Query { e: Empty i: NoFields u: NoMembers n(v: NoValues, f: NoInputFields): Int }
            """);
        Assert.Contains("Type Empty must define one or more fields.", errors);
        Assert.Contains("Type NoFields must define one or more fields.", errors);
        Assert.Contains("Union type NoMembers must define one or more member types.", errors);
        Assert.Contains("Enum type NoValues must define one or more values.", errors);
        Assert.Contains("Input Object type NoInputFields must define one or more fields.", errors);
    }

    [Fact]
    public void Rejects_reserved_names()
    {
        var errors = Errors("type Query { __bad: Int good(__arg: Int): Int }");
        Assert.Contains("Name \"__bad\" must not begin with \"__\", which is reserved by GraphQL introspection.", errors);
        Assert.Contains("Name \"__arg\" must not begin with \"__\", which is reserved by GraphQL introspection.", errors);
    }

    [Fact]
    public void Checks_input_and_output_positions()
    {
        var schema = new GraphQLSchema(new ObjectType("Query"));
        var input = new InputObjectType("In");
        input.Field("self", new ObjectType("Out"));
        var query = new ObjectType("Query");
        query.Field("f", input).Argument("a", new ObjectType("Obj"));
        var errors = new GraphQLSchema(query).Validate().Select(e => e.Message).ToList();
        Assert.Contains("The type of Query.f must be Output Type but got: In.", errors);
        Assert.Contains("The type of Query.f(a:) must be Input Type but got: Obj.", errors);
        Assert.DoesNotContain(schema.Validate(), e => e.Message.Contains("Input", StringComparison.Ordinal));
    }

    [Fact]
    public void Checks_interface_implementations_with_covariance()
    {
        var errors = Errors("""
            type Query { a: A b: B c: C d: D }
            interface Node { id: ID! friends(first: Int): [Node] }
            type A implements Node { id: ID! friends(first: Int): [A!]! }
            type B implements Node { id: ID friends(first: Int): [Node] }
            type C implements Node { friends(first: Int): [Node] }
            type D implements Node { id: ID! friends(first: String, extra: Int!): [Node] }
            """);
        Assert.Equal(
            [
                "Interface field Node.id expects type ID! but B.id is type ID.",
                "Interface field Node.id expected but C does not provide it.",
                "Interface field argument Node.friends(first:) expects type Int but D.friends(first:) is type String.",
                "Object field D.friends includes required argument extra that is missing from the Interface field Node.friends.",
            ],
            errors);
    }

    [Fact]
    public void Checks_missing_interface_arguments_and_transitive_interfaces()
    {
        var errors = Errors("""
            type Query { a: A }
            interface Base { id: ID! }
            interface Node implements Base { id: ID! f(x: Int): Int }
            type A implements Node { id: ID! f: Int }
            """);
        Assert.Equal(
            [
                "Type A must implement Base because it is implemented by Node.",
                "Interface field argument Node.f(x:) expected but A.f does not provide it.",
            ],
            errors);
    }

    [Fact]
    public void Detects_interface_cycles()
    {
        var errors = Errors("""
            type Query { a: Int }
            interface A implements B { x: Int }
            interface B implements A { x: Int }
            """);
        Assert.Contains("Type A cannot implement B because it would create a circular reference.", errors);
        Assert.Contains("Type B cannot implement A because it would create a circular reference.", errors);
    }

    [Fact]
    public void Detects_duplicate_union_members_and_bad_enum_values()
    {
        var union = new UnionType("U");
        var member = new ObjectType("M");
        member.Field("a", Scalars.Int);
        union.AddType(member);
        union.AddType(member);
        var enumType = new EnumType("E");
        enumType.Value("true");
        var query = new ObjectType("Query");
        query.Field("u", union);
        query.Field("e", enumType);
        var errors = new GraphQLSchema(query).Validate().Select(e => e.Message).ToList();
        Assert.Contains("Union type U can only include type M once.", errors);
        Assert.Contains("Enum type E cannot include value: true.", errors);
    }

    [Fact]
    public void Detects_non_null_input_object_cycles()
    {
        var errors = Errors("""
            type Query { f(a: A): Int }
            input A { b: B! ok: A }
            input B { c: C! }
            input C { a: A! list: [A!]! }
            """);
        Assert.Equal(["Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.c.a\"."], errors);
    }

    [Fact]
    public void Rejects_deprecated_required_arguments_and_directive_problems()
    {
        var errors = Errors("""
            type Query { f(a: Int! @deprecated): Int }
            input In { x: Int! @deprecated }
            directive @d(arg: Int! @deprecated) on FIELD
            extend type Query { g(i: In): Int }
            """);
        Assert.Contains("Required argument Query.f(a:) cannot be deprecated.", errors);
        Assert.Contains("Required input field In.x cannot be deprecated.", errors);
        Assert.Contains("Required argument @d(arg:) cannot be deprecated.", errors);
        var noLocations = new DirectiveDefinition("empty", []);
        var schema = new GraphQLSchema(QueryWithField(), directives: [noLocations]);
        Assert.Equal(["Directive @empty must include 1 or more locations."], schema.Validate().Select(e => e.Message));
    }

    [Fact]
    public void Errors_carry_locations_and_the_schema_code()
    {
        var error = SchemaBuilder.BuildFromSdl("type Query { a: Int }\ntype B implements I { x: Int }\ninterface I { y: Int }", o => o.AssumeValid = true).Validate().Single();
        Assert.Equal(ErrorCodes.InvalidSchema, error.Code);
        Assert.Equal([new GraphQL.Language.SourceLocation(3, 15), new GraphQL.Language.SourceLocation(2, 1)], error.Locations!);
    }

    [Fact]
    public void Building_an_invalid_schema_throws_with_every_error()
    {
        var ex = Assert.Throws<GraphQLException>(() => SchemaBuilder.BuildFromSdl("type Query { a: Int }\nenum E"));
        Assert.Equal(ErrorCodes.InvalidSchema, ex.Code);
        Assert.Contains("Enum type E must define one or more values.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_duplicate_type_names_in_code_first_schemas()
    {
        var query = new ObjectType("Query");
        query.Field("a", new ObjectType("Same"));
        query.Field("b", new ObjectType("Same"));
        var ex = Assert.Throws<GraphQLException>(() => new GraphQLSchema(query));
        Assert.Equal("Schema must contain uniquely named types but contains multiple types named \"Same\".", ex.Message);
    }

    private static ObjectType QueryWithField()
    {
        var query = new ObjectType("Query");
        query.Field("a", Scalars.Int);
        return query;
    }
}
