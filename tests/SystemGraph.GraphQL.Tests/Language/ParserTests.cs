using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Tests.Language;

public class ParserTests
{
    private static GraphQLException Fails(string source, ParserOptions? options = null) =>
        Assert.Throws<GraphQLException>(() => Parser.Parse(source, options));

    private static void ExpectSyntaxError(string source, string message, int line, int column)
    {
        var error = Fails(source).Error;
        Assert.Equal(message, error.Message);
        Assert.Equal(ErrorCodes.ParseFailed, error.Code);
        Assert.Equal([new SourceLocation(line, column)], error.Locations!);
    }

    [Theory]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1, 1)]
    [InlineData("{}", "Syntax Error: Expected Name, found \"}\".", 1, 2)]
    [InlineData("{ ...MissingOn }\nfragment MissingOn Type", "Syntax Error: Expected \"on\", found Name \"Type\".", 2, 20)]
    [InlineData("{ field: {} }", "Syntax Error: Expected Name, found \"{\".", 1, 10)]
    [InlineData("notAnOperation Foo { field }", "Syntax Error: Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("...", "Syntax Error: Unexpected \"...\".", 1, 1)]
    [InlineData("{ \"\"", "Syntax Error: Expected Name, found String \"\".", 1, 3)]
    [InlineData("query Foo($a: Int = $b) { f }", "Syntax Error: Unexpected variable \"$b\" in constant value.", 1, 21)]
    [InlineData("query Foo($a) { f }", "Syntax Error: Expected \":\", found \")\".", 1, 13)]
    [InlineData("fragment on on on { on }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("{ f(a: ) }", "Syntax Error: Unexpected \")\".", 1, 8)]
    [InlineData("{ f() }", "Syntax Error: Expected Name, found \")\".", 1, 5)]
    [InlineData("\"desc\" query { f }", "Syntax Error: Unexpected description, descriptions are supported only on type definitions.", 1, 1)]
    [InlineData("\"desc\" { f }", "Syntax Error: Unexpected \"{\".", 1, 8)]
    [InlineData("query Q(\"v\" $a: Int) { f }", "Syntax Error: Expected \"$\", found String \"v\".", 1, 9)]
    [InlineData("type Foo {}", "Syntax Error: Expected Name, found \"}\".", 1, 11)]
    [InlineData("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("directive @d on FOO", "Syntax Error: Unexpected Name \"FOO\".", 1, 17)]
    [InlineData("extend scalar S", "Syntax Error: Unexpected <EOF>.", 1, 16)]
    [InlineData("extend schema", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend foo Bar", "Syntax Error: Unexpected Name \"foo\".", 1, 8)]
    [InlineData("union U = | | A", "Syntax Error: Expected Name, found \"|\".", 1, 13)]
    [InlineData("type A implements B & { f: Int }", "Syntax Error: Expected Name, found \"{\".", 1, 23)]
    [InlineData("query\n\n  Foo {\n  a(b: [1, $x, ]) @ }", "Syntax Error: Expected Name, found \"}\".", 4, 21)]
    public void Reports_syntax_errors_like_graphql_js(string source, string message, int line, int column) =>
        ExpectSyntaxError(source, message, line, column);

    [Fact]
    public void Parses_an_anonymous_query_shorthand()
    {
        var document = Parser.Parse("{ a }");
        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Null(operation.Name);
        var field = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal("a", field.Name.Value);
        Assert.Equal(new Location(2, 3, 1, 3), field.Location);
        Assert.Equal(new Location(0, 5, 1, 1), document.Location);
    }

    [Fact]
    public void Parses_operations_with_variables_defaults_and_directives()
    {
        var document = Parser.Parse("""
            mutation Do($id: ID! = "x" @dir(a: 1), $list: [[Int!]]!) @op {
              alias: do(id: $id, list: $list, obj: {a: [1, 2.5, "s", true, null, ENUM, {b: $id}]}) @skip(if: false) {
                ... on T @x { y }
                ...Frag @y
                ... @z { w }
              }
            }
            subscription S { s }
            """);
        var mutation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal(OperationType.Mutation, mutation.Operation);
        Assert.Equal("Do", mutation.Name!.Value);
        Assert.Equal(2, mutation.VariableDefinitions.Count);
        var id = mutation.VariableDefinitions[0];
        Assert.Equal("id", id.Variable.Name.Value);
        Assert.Equal("ID", Assert.IsType<NamedTypeNode>(Assert.IsType<NonNullTypeNode>(id.Type).Type).Name.Value);
        Assert.Equal("x", Assert.IsType<StringValueNode>(id.DefaultValue).Value);
        Assert.Equal("dir", Assert.Single(id.Directives).Name.Value);
        Assert.Equal("[[Int!]]!", Printer.Print(mutation.VariableDefinitions[1].Type));
        Assert.Equal("op", Assert.Single(mutation.Directives).Name.Value);
        var field = Assert.IsType<FieldNode>(Assert.Single(mutation.SelectionSet.Selections));
        Assert.Equal("alias", field.Alias!.Value);
        Assert.Equal("alias", field.ResponseKey);
        Assert.Equal(3, field.Arguments.Count);
        var obj = Assert.IsType<ObjectValueNode>(field.Arguments[2].Value);
        var list = Assert.IsType<ListValueNode>(Assert.Single(obj.Fields).Value);
        Assert.Collection(
            list.Values,
            v => Assert.Equal("1", Assert.IsType<IntValueNode>(v).Value),
            v => Assert.Equal("2.5", Assert.IsType<FloatValueNode>(v).Value),
            v => Assert.Equal("s", Assert.IsType<StringValueNode>(v).Value),
            v => Assert.True(Assert.IsType<BooleanValueNode>(v).Value),
            v => Assert.IsType<NullValueNode>(v),
            v => Assert.Equal("ENUM", Assert.IsType<EnumValueNode>(v).Value),
            v => Assert.IsType<VariableNode>(Assert.IsType<ObjectValueNode>(v).Fields[0].Value));
        Assert.Collection(
            field.SelectionSet!.Selections,
            s => Assert.Equal("T", Assert.IsType<InlineFragmentNode>(s).TypeCondition!.Name.Value),
            s => Assert.Equal("Frag", Assert.IsType<FragmentSpreadNode>(s).Name.Value),
            s => Assert.Null(Assert.IsType<InlineFragmentNode>(s).TypeCondition));
        Assert.Equal(OperationType.Subscription, Assert.IsType<OperationDefinitionNode>(document.Definitions[1]).Operation);
    }

    [Fact]
    public void Parses_fragment_definitions_and_keywords_as_names()
    {
        var document = Parser.Parse("fragment F on Query @d { query mutation: subscription fragment on true null }");
        var fragment = Assert.IsType<FragmentDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal("F", fragment.Name.Value);
        Assert.Equal("Query", fragment.TypeCondition.Name.Value);
        Assert.Equal(6, fragment.SelectionSet.Selections.Count);
    }

    [Fact]
    public void Parses_values_and_types_on_their_own()
    {
        Assert.IsType<VariableNode>(Parser.ParseValue("$var"));
        Assert.Equal("[1, \"a\", {b: [true]}]", Printer.Print(Parser.ParseValue("[1 \"a\" {b: [true]}]")));
        Assert.Equal("{}", Printer.Print(Parser.ParseValue("{}")));
        Assert.Equal("[]", Printer.Print(Parser.ParseValue("[]")));
        Assert.Equal("[String!]!", Printer.Print(Parser.ParseType("[String!]!")));
        var ex = Assert.Throws<GraphQLException>(() => Parser.ParseConstValue("[$a]"));
        Assert.Equal("Syntax Error: Unexpected variable \"$a\" in constant value.", ex.Message);
        Assert.Throws<GraphQLException>(() => Parser.ParseType("String!!"));
    }

    [Fact]
    public void Parses_every_type_system_definition()
    {
        var document = Parser.Parse(""""
            "The schema"
            schema @s { query: Q mutation: M subscription: S }
            "A scalar" scalar Date @specifiedBy(url: "https://example.com")
            """
            An object
            """
            type Obj implements & I1 & I2 @d {
              "field" f(
                "arg" a: Int = 1 @deprecated
                b: [String!]
              ): String! @deprecated(reason: "no")
            }
            interface I2 implements I1 { f: String }
            union U @d = | A | B
            enum E @d { "one" ONE @deprecated TWO }
            input In @d { a: Int = 2 @deprecated, b: In }
            "dir" directive @dir(a: Int) repeatable on FIELD | QUERY
            directive @other on | FIELD_DEFINITION | ARGUMENT_DEFINITION
            extend schema @x { mutation: M2 }
            extend scalar Date @x
            extend type Obj implements I3 @x { g: Int }
            extend interface I2 @x
            extend union U = C
            extend enum E { THREE }
            extend input In @x
            """");
        Assert.Equal(16, document.Definitions.Count);
        var schema = Assert.IsType<SchemaDefinitionNode>(document.Definitions[0]);
        Assert.Equal("The schema", schema.Description!.Value);
        Assert.Equal(3, schema.OperationTypes.Count);
        var obj = Assert.IsType<ObjectTypeDefinitionNode>(document.Definitions[2]);
        Assert.Equal("An object", obj.Description!.Value);
        Assert.True(obj.Description.Block);
        Assert.Equal(["I1", "I2"], obj.Interfaces.Select(i => i.Name.Value));
        var field = Assert.Single(obj.Fields);
        Assert.Equal("field", field.Description!.Value);
        Assert.Equal("arg", field.Arguments[0].Description!.Value);
        Assert.Equal("1", Assert.IsType<IntValueNode>(field.Arguments[0].DefaultValue).Value);
        Assert.Equal(["I1"], Assert.IsType<InterfaceTypeDefinitionNode>(document.Definitions[3]).Interfaces.Select(i => i.Name.Value));
        Assert.Equal(["A", "B"], Assert.IsType<UnionTypeDefinitionNode>(document.Definitions[4]).Types.Select(i => i.Name.Value));
        Assert.Equal(["ONE", "TWO"], Assert.IsType<EnumTypeDefinitionNode>(document.Definitions[5]).Values.Select(i => i.Name.Value));
        Assert.Equal(2, Assert.IsType<InputObjectTypeDefinitionNode>(document.Definitions[6]).Fields.Count);
        var directive = Assert.IsType<DirectiveDefinitionNode>(document.Definitions[7]);
        Assert.True(directive.Repeatable);
        Assert.Equal(["FIELD", "QUERY"], directive.Locations.Select(l => l.Value));
        Assert.False(Assert.IsType<DirectiveDefinitionNode>(document.Definitions[8]).Repeatable);
        Assert.IsType<SchemaExtensionNode>(document.Definitions[9]);
        Assert.IsType<ScalarTypeExtensionNode>(document.Definitions[10]);
        Assert.Equal("I3", Assert.IsType<ObjectTypeExtensionNode>(document.Definitions[11]).Interfaces[0].Name.Value);
        Assert.IsType<InterfaceTypeExtensionNode>(document.Definitions[12]);
        Assert.IsType<UnionTypeExtensionNode>(document.Definitions[13]);
        Assert.IsType<EnumTypeExtensionNode>(document.Definitions[14]);
        Assert.IsType<InputObjectTypeExtensionNode>(document.Definitions[15]);
    }

    [Fact]
    public void Omits_locations_when_asked()
    {
        var document = Parser.Parse("{ a }", new ParserOptions { NoLocation = true });
        Assert.Null(document.Location);
        Assert.Null(document.Definitions[0].Location);
    }

    [Fact]
    public void Rejects_documents_over_the_size_limit_before_lexing()
    {
        var ex = Fails("{ a }" + new string(' ', 100), new ParserOptions { MaxDocumentBytes = 50 });
        Assert.Equal(ErrorCodes.MaxDocumentSizeExceeded, ex.Code);
        var utf8 = Fails("{ a } #" + new string('\u00e9', 30), new ParserOptions { MaxDocumentBytes = 50 });
        Assert.Equal(ErrorCodes.MaxDocumentSizeExceeded, utf8.Code);
    }

    [Fact]
    public void Rejects_documents_over_the_token_limit()
    {
        Parser.Parse("{ a b c }", new ParserOptions { MaxTokens = 5 });
        var ex = Fails("{ a b c d }", new ParserOptions { MaxTokens = 5 });
        Assert.Equal(ErrorCodes.MaxTokensExceeded, ex.Code);
        Assert.Equal("Syntax Error: Document contains more than 5 tokens. Parsing aborted.", ex.Message);
        Assert.Equal(new SourceLocation(1, 11), ex.Error.Locations![0]);
    }

    [Fact]
    public void Rejects_deep_nesting_at_the_depth_limit()
    {
        Parser.Parse(Nested(10), new ParserOptions { MaxDepth = 10 });
        var ex = Fails(Nested(11), new ParserOptions { MaxDepth = 10 });
        Assert.Equal(ErrorCodes.MaxDepthExceeded, ex.Code);
        Assert.Equal(ErrorCodes.MaxDepthExceeded, Assert.Throws<GraphQLException>(() => Parser.ParseValue(new string('[', 300) + new string(']', 300))).Code);
        Assert.Equal(ErrorCodes.MaxDepthExceeded, Assert.Throws<GraphQLException>(() => Parser.ParseType(new string('[', 300) + "A" + new string(']', 300))).Code);
    }

    [Fact]
    public void Rejects_a_100000_deep_document_cleanly_even_on_a_small_stack()
    {
        var source = new string('{', 1) + string.Concat(Enumerable.Repeat("a{", 100_000)) + "a" + new string('}', 100_001);
        var options = new ParserOptions { MaxDocumentBytes = 0, MaxTokens = 0 };
        GraphQLException? caught = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    Parser.Parse(source, options);
                }
                catch (GraphQLException ex)
                {
                    caught = ex;
                }
            },
            maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.NotNull(caught);
        Assert.Equal(ErrorCodes.MaxDepthExceeded, caught.Code);

        // Without a depth limit the stack probe still stops the recursion with the same error.
        caught = null;
        options = new ParserOptions { MaxDocumentBytes = 0, MaxTokens = 0, MaxDepth = 0 };
        thread = new Thread(
            () =>
            {
                try
                {
                    Parser.Parse(source, options);
                }
                catch (GraphQLException ex)
                {
                    caught = ex;
                }
            },
            maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.NotNull(caught);
        Assert.Equal(ErrorCodes.MaxDepthExceeded, caught.Code);
    }

    private static string Nested(int depth) => string.Concat(Enumerable.Repeat("{a", depth - 1)) + "{a" + new string('}', depth);

    [Fact]
    public void Accepts_descriptions_on_operations_fragments_and_variables_when_enabled()
    {
        var options = new ParserOptions { AllowExecutableDescriptions = true };
        var document = Parser.Parse("\"Op\" query Q(\"Var\" $a: Int) { a }\n\"\"\"Frag\"\"\" fragment F on T { a }", options);
        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal("Op", operation.Description!.Value);
        Assert.Equal("Var", operation.VariableDefinitions[0].Description!.Value);
        Assert.Equal("Frag", Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]).Description!.Value);
        Assert.Equal("\"Op\"\nquery Q(\n\"Var\"\n$a: Int\n) {\n  a\n}\n\n\"\"\"Frag\"\"\"\nfragment F on T {\n  a\n}", Printer.Print(document));
        Assert.Equal(
            "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.",
            Assert.Throws<GraphQLException>(() => Parser.Parse("\"d\" { a }", options)).Message);
        Assert.Equal(
            "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.",
            Assert.Throws<GraphQLException>(() => Parser.Parse("\"d\" extend type T @x", options)).Message);
    }

    [Fact]
    public void Parses_utf8_bytes_with_a_bom_and_rejects_invalid_utf8()
    {
        var bytes = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes("{ f(s: \"\u00e9\U0001F600\") }")).ToArray();
        var document = Parser.Parse(bytes);
        var argument = Assert.IsType<FieldNode>(Assert.IsType<OperationDefinitionNode>(document.Definitions[0]).SelectionSet.Selections[0]).Arguments[0];
        Assert.Equal("\u00e9\U0001F600", Assert.IsType<StringValueNode>(argument.Value).Value);
        var ex = Assert.Throws<GraphQLException>(() => Parser.Parse(new byte[] { (byte)'{', 0xC3, 0x28, (byte)'}' }));
        Assert.Equal(ErrorCodes.ParseFailed, ex.Code);
        Assert.Equal(ErrorCodes.MaxDocumentSizeExceeded, Assert.Throws<GraphQLException>(() => Parser.Parse(new byte[70000])).Code);
    }
}
