using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Tests.Language;

public class PrinterTests
{
    private const string ExecutableSample = """"
        query Sample($id: ID! = "a\nb" @v, $list: [Int] = [1, 2], $obj: In = {a: {b: [true, null, ENUM]}}) @q {
          me: node(id: $id) @include(if: true) {
            id
            ... on User @x {
              name(format: UPPER, size: 1.5e3)
            }
            ...Rest @y
            ... @z {
              kind
            }
          }
        }

        mutation {
          like(id: 4)
        }

        subscription OnChange {
          changed
        }

        fragment Rest on User @frag {
          friends(first: 10, filter: {ids: ["1"], text: """block "quoted" text"""}) {
            totalCount
          }
        }

        {
          shorthand
        }
        """";

    private const string SchemaSample = """"
        "Root schema"
        schema @s {
          query: Q
          mutation: M
        }

        """
        Multi-line
          description
        """
        type Obj implements I1 & I2 @d(a: 1) {
          "field desc"
          f(
            "arg desc"
            a: Int = 1 @deprecated
            b: [String!]
          ): String! @deprecated(reason: "no")
          g(x: Int, y: In = {a: 1}): [Obj]
        }

        scalar Date @specifiedBy(url: "https://example.com")

        interface I2 implements I1 {
          f: String
        }

        union U @d = A | B

        enum E {
          "one"
          ONE @deprecated
          TWO
        }

        input In {
          a: Int = 2 @deprecated
          b: In
        }

        "dir"
        directive @dir(a: Int) repeatable on FIELD | QUERY

        extend schema @x {
          subscription: S
        }

        extend scalar Date @x

        extend type Obj implements I3 @x {
          h: Int
        }

        extend interface I2 @x

        extend union U = C

        extend enum E {
          THREE
        }

        extend input In @x
        """";

    [Theory]
    [InlineData(ExecutableSample)]
    [InlineData(SchemaSample)]
    public void Printing_is_the_identity_on_graphql_js_formatted_documents(string source)
    {
        var document = Parser.Parse(source);
        var printed = Printer.Print(document);
        Assert.Equal(source.ReplaceLineEndings("\n"), printed);
        AstAssert.Equal(document, Parser.Parse(printed));
    }

    [Fact]
    public void Prints_a_minimal_document_in_the_short_form()
    {
        Assert.Equal("{\n  a\n  b {\n    c\n  }\n}", Printer.Print(Parser.Parse("query { a, b { c } }")));
        Assert.Equal("query Q {\n  a\n}", Printer.Print(Parser.Parse("query Q { a }")));
    }

    [Fact]
    public void Wraps_long_argument_lists_over_80_columns()
    {
        var printed = Printer.Print(Parser.Parse("{ field(argumentNumberOne: \"value one\", argumentNumberTwo: \"value two\", three: 33333) }"));
        Assert.Equal("{\n  field(\n    argumentNumberOne: \"value one\"\n    argumentNumberTwo: \"value two\"\n    three: 33333\n  )\n}", printed);
    }

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("quote \" and \\", "\"quote \\\" and \\\\\"")]
    [InlineData("ctl \u0001\u007f\n\t", "\"ctl \\u0001\\u007F\\n\\t\"")]
    [InlineData("emoji \U0001F600", "\"emoji \U0001F600\"")]
    public void Escapes_strings(string value, string printed) => Assert.Equal(printed, Printer.PrintString(value));

    [Theory]
    [InlineData("one line", "\"\"\"one line\"\"\"")]
    [InlineData("two\nlines", "\"\"\"\ntwo\nlines\n\"\"\"")]
    [InlineData(" leading space", "\"\"\" leading space\"\"\"")]
    [InlineData("ends with quote\"", "\"\"\"\nends with quote\"\n\"\"\"")]
    [InlineData("has \"\"\" triple", "\"\"\"has \\\"\"\" triple\"\"\"")]
    public void Prints_block_strings_like_graphql_js(string value, string printed)
    {
        Assert.Equal(printed, BlockString.Print(value));
        var reparsed = Assert.IsType<StringValueNode>(Parser.ParseValue(printed));
        Assert.Equal(value, reparsed.Value);
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("simple", true)]
    [InlineData("\nleading newline", false)]
    [InlineData("trailing newline\n", false)]
    [InlineData("  indented\n  all", false)]
    [InlineData("first\n  indented", true)]
    [InlineData("carriage\rreturn", false)]
    public void Knows_which_strings_survive_as_block_strings(string value, bool printable) =>
        Assert.Equal(printable, BlockString.IsPrintable(value));

    [Fact]
    public void BlockStringValue_removes_common_indent_and_blank_lines()
    {
        Assert.Equal("Hello,\n  World!\n\nYours,\n  GraphQL.", BlockString.Value("\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  "));
        Assert.Equal("first\nsecond", BlockString.Value("first\r\n   second"));
        Assert.Equal(string.Empty, BlockString.Value("   \n  \n"));
    }
}
