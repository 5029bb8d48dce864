using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Tests.Types;
using SystemGraph.GraphQL.Types;
using SystemGraph.GraphQL.Utilities;

namespace SystemGraph.GraphQL.Tests.Utilities;

public class SchemaPrinterTests
{
    private static string RoundTrip(string sdl) => SchemaPrinter.Print(SchemaBuilder.BuildFromSdl(sdl));

    [Fact]
    public void Round_trips_the_spec_example_schema() => Assert.Equal(SpecExampleSchema.Sdl, RoundTrip(SpecExampleSchema.Sdl));

    [Fact]
    public void Prints_descriptions_arguments_defaults_and_deprecation_like_graphql_js()
    {
        const string sdl = """"
            """The root"""
            schema {
              query: Root
            }

            """A directive"""
            directive @tag(name: String!) repeatable on FIELD_DEFINITION | OBJECT

            scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")

            """
            Multi-line
            description
            """
            type Root implements Named {
              name: String
              "Field with described args"
              search(
                """The text"""
                text: String = "x"
                limit: Int = 10
              ): [Result!]! @deprecated(reason: "Use find")
              find(in: Filter = {ids: ["1"], kind: ONE}, kinds: [Kind!] = [ONE, TWO]): Result @deprecated
            }

            interface Named {
              name: String
            }

            union Result = Root

            enum Kind {
              """First"""
              ONE
              TWO @deprecated(reason: "Gone")
            }

            input Filter {
              ids: [ID!]
              kind: Kind = TWO
              old: String @deprecated
            }
            """";
        const string expected = """"
            """The root"""
            schema {
              query: Root
            }

            """A directive"""
            directive @tag(name: String!) repeatable on FIELD_DEFINITION | OBJECT

            scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")

            """
            Multi-line
            description
            """
            type Root implements Named {
              name: String

              """Field with described args"""
              search(
                """The text"""
                text: String = "x"
                limit: Int = 10
              ): [Result!]! @deprecated(reason: "Use find")
              find(in: Filter = {ids: [1], kind: ONE}, kinds: [Kind!] = [ONE, TWO]): Result @deprecated
            }

            interface Named {
              name: String
            }

            union Result = Root

            enum Kind {
              """First"""
              ONE
              TWO @deprecated(reason: "Gone")
            }

            input Filter {
              ids: [ID!]
              kind: Kind = TWO
              old: String @deprecated
            }
            """";
        Assert.Equal(expected, RoundTrip(sdl));
    }

    [Fact]
    public void Applies_extensions_and_omits_the_schema_definition_for_default_root_names()
    {
        var printed = RoundTrip("""
            schema { query: Query }
            type Query { a: Int }
            extend type Query implements Node { id: ID! }
            interface Node { id: ID! }
            enum E { A }
            extend enum E { B }
            union U = Query
            type Other { x: Int }
            extend union U = Other
            input In { a: Int }
            extend input In { b: Int }
            extend schema { mutation: Query }
            """);
        Assert.StartsWith("schema {\n  query: Query\n  mutation: Query\n}", printed, StringComparison.Ordinal);
        Assert.Contains("type Query implements Node {\n  a: Int\n  id: ID!\n}", printed, StringComparison.Ordinal);
        Assert.Contains("enum E {\n  A\n  B\n}", printed, StringComparison.Ordinal);
        Assert.Contains("union U = Query | Other", printed, StringComparison.Ordinal);
        Assert.Contains("input In {\n  a: Int\n  b: Int\n}", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("schema", RoundTrip("type Query { a: Int }\ntype Mutation { b: Int }"), StringComparison.Ordinal);
    }

    [Fact]
    public void Printed_sdl_parses_back_to_an_equal_ast()
    {
        var printed = RoundTrip(SpecExampleSchema.Sdl);
        var reprinted = RoundTrip(printed);
        Assert.Equal(printed, reprinted);
        AstAssertEqual(Parser.Parse(printed), Parser.Parse(reprinted));
    }

    [Fact]
    public void Builds_and_prints_the_api_contract_with_stubbed_conventions()
    {
        var contract = File.ReadAllText(SystemGraph.TestSupport.RepositoryPaths.ApiContract);
        var stubs = ContractStubs(contract);
        var schema = SchemaBuilder.BuildFromSdl(contract + "\n" + stubs, o => o.AddScalar(new DateScalar()).AddScalar(new DateTimeScalar()));
        Assert.Empty(schema.Validate());
        Assert.NotNull(schema.QueryType);
        var printed = SchemaPrinter.Print(schema);
        Assert.Equal(printed, SchemaPrinter.Print(SchemaBuilder.BuildFromSdl(printed)));
    }

    /// <summary>Minimal definitions for the filter/sort/paging types the contract references but does not define.</summary>
    private static string ContractStubs(string contract)
    {
        var document = Parser.Parse(contract, new ParserOptions { MaxDocumentBytes = 0, MaxTokens = 0 });
        var defined = document.Definitions.OfType<TypeDefinitionNode>().Select(d => d.Name.Value).ToHashSet();
        var referenced = new HashSet<string>();
        AstWalker.Walk(document, new NamedTypeCollector(referenced));
        var builtIn = new HashSet<string> { "String", "Int", "Float", "Boolean", "ID" };
        var stubs = new List<string>();
        foreach (var name in referenced.Where(n => !defined.Contains(n) && !builtIn.Contains(n)).Order(StringComparer.Ordinal))
        {
            stubs.Add(name.EndsWith("Input", StringComparison.Ordinal) ? $"input {name} {{ stub: String }}" : $"type {name} {{ stub: String }}");
        }

        return string.Join("\n", stubs);
    }

    private sealed class NamedTypeCollector(HashSet<string> names) : AstVisitor
    {
        public override void EnterNamedType(NamedTypeNode node) => names.Add(node.Name.Value);
    }

    private static void AstAssertEqual(ASTNode a, ASTNode b) => Language.AstAssert.Equal(a, b);
}
