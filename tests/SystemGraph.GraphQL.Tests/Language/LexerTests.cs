using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Tests.Language;

public class LexerTests
{
    private static Token Single(string body)
    {
        var tokens = Lexer.Tokenize(body).Where(t => t.Kind != TokenKind.Comment).ToList();
        Assert.Equal(2, tokens.Count);
        return tokens[0];
    }

    private static GraphQLError Fails(string body)
    {
        var ex = Assert.Throws<GraphQLException>(() => Lexer.Tokenize(body));
        Assert.Equal(ErrorCodes.ParseFailed, ex.Code);
        return ex.Error;
    }

    [Theory]
    [InlineData("!", TokenKind.Bang)]
    [InlineData("$", TokenKind.Dollar)]
    [InlineData("&", TokenKind.Amp)]
    [InlineData("(", TokenKind.ParenL)]
    [InlineData(")", TokenKind.ParenR)]
    [InlineData("...", TokenKind.Spread)]
    [InlineData(":", TokenKind.Colon)]
    [InlineData("=", TokenKind.EqualsSign)]
    [InlineData("@", TokenKind.At)]
    [InlineData("[", TokenKind.BracketL)]
    [InlineData("]", TokenKind.BracketR)]
    [InlineData("{", TokenKind.BraceL)]
    [InlineData("|", TokenKind.Pipe)]
    [InlineData("}", TokenKind.BraceR)]
    public void Lexes_every_punctuator(string body, TokenKind kind)
    {
        var token = Single(body);
        Assert.Equal(kind, token.Kind);
        Assert.Equal(0, token.Start);
        Assert.Equal(body.Length, token.End);
        Assert.Null(token.Value);
    }

    [Fact]
    public void Skips_bom_whitespace_commas_and_tracks_lines()
    {
        var token = Single("\uFEFF \t,,\r\n\n\r  foo");
        Assert.Equal(TokenKind.Name, token.Kind);
        Assert.Equal("foo", token.Value);
        Assert.Equal(4, token.Line);
        Assert.Equal(3, token.Column);
    }

    [Fact]
    public void Lexes_comments_as_tokens_but_the_parser_skips_them()
    {
        var tokens = Lexer.Tokenize("# hello \u00e9\nname");
        Assert.Equal(TokenKind.Comment, tokens[0].Kind);
        Assert.Equal(" hello \u00e9", tokens[0].Value);
        Assert.Equal(TokenKind.Name, tokens[1].Kind);
        Assert.Equal(2, tokens[1].Line);
    }

    [Theory]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\\/\\\\\"", "escaped \n\r\b\t\f/\\")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"unicode \\u{1234}\\u{0000041}\"", "unicode \u1234A")]
    [InlineData("\"pair \\uD83D\\uDE00\"", "pair \U0001F600")]
    [InlineData("\"braced \\u{1F600}\"", "braced \U0001F600")]
    [InlineData("\"raw \U0001F600\"", "raw \U0001F600")]
    public void Lexes_strings_with_escapes(string body, string value)
    {
        var token = Single(body);
        Assert.Equal(TokenKind.String, token.Kind);
        Assert.Equal(value, token.Value);
    }

    [Theory]
    [InlineData("\"\"\"simple\"\"\"", "simple")]
    [InlineData("\"\"\"  white space  \"\"\"", "  white space  ")]
    [InlineData("\"\"\"contains \" quote\"\"\"", "contains \" quote")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", "contains \"\"\" triple quote")]
    [InlineData("\"\"\"multi\nline\"\"\"", "multi\nline")]
    [InlineData("\"\"\"multi\r\nline\r\nnormalized\"\"\"", "multi\nline\nnormalized")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", "unescaped \\n\\r\\b\\t\\f\\u1234")]
    [InlineData("\"\"\"\n\n    spans\n      multiple\n        lines\n\n    \"\"\"", "spans\n  multiple\n    lines")]
    public void Lexes_block_strings_with_the_BlockStringValue_algorithm(string body, string value)
    {
        var token = Single(body);
        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal(value, token.Value);
    }

    [Fact]
    public void Block_strings_advance_the_line_counter()
    {
        var tokens = Lexer.Tokenize("\"\"\"a\nb\nc\"\"\" name");
        Assert.Equal(1, tokens[0].Line);
        Assert.Equal(3, tokens[1].Line);
        Assert.Equal(6, tokens[1].Column);
    }

    [Theory]
    [InlineData("4", TokenKind.Int)]
    [InlineData("-4", TokenKind.Int)]
    [InlineData("0", TokenKind.Int)]
    [InlineData("-0", TokenKind.Int)]
    [InlineData("4.123", TokenKind.Float)]
    [InlineData("-4.123", TokenKind.Float)]
    [InlineData("0.123", TokenKind.Float)]
    [InlineData("123e4", TokenKind.Float)]
    [InlineData("123E-4", TokenKind.Float)]
    [InlineData("123e+4", TokenKind.Float)]
    [InlineData("-1.123e4567", TokenKind.Float)]
    public void Lexes_numbers(string body, TokenKind kind)
    {
        var token = Single(body);
        Assert.Equal(kind, token.Kind);
        Assert.Equal(body, token.Value);
    }

    [Theory]
    [InlineData("00", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 2)]
    [InlineData("01", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 2)]
    [InlineData("+1", "Syntax Error: Unexpected character: \"+\".", 1)]
    [InlineData("1.", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1.e1", "Syntax Error: Invalid number, expected digit but got: \"e\".", 3)]
    [InlineData(".123", "Syntax Error: Unexpected character: \".\".", 1)]
    [InlineData("1.A", "Syntax Error: Invalid number, expected digit but got: \"A\".", 3)]
    [InlineData("-A", "Syntax Error: Invalid number, expected digit but got: \"A\".", 2)]
    [InlineData("1.0e", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 5)]
    [InlineData("1.2.3", "Syntax Error: Invalid number, expected digit but got: \".\".", 4)]
    [InlineData("12abc", "Syntax Error: Invalid number, expected digit but got: \"a\".", 3)]
    [InlineData("1_000", "Syntax Error: Invalid number, expected digit but got: \"_\".", 2)]
    [InlineData("1.0x", "Syntax Error: Invalid number, expected digit but got: \"x\".", 4)]
    public void Rejects_bad_numbers_including_a_name_start_right_after_a_number(string body, string message, int column)
    {
        var error = Fails(body);
        Assert.Equal(message, error.Message);
        Assert.Equal(new SourceLocation(1, column), error.Locations![0]);
    }

    [Theory]
    [InlineData("\"", "Syntax Error: Unterminated string.", 1, 2)]
    [InlineData("\"no end", "Syntax Error: Unterminated string.", 1, 8)]
    [InlineData("\"multi\nline\"", "Syntax Error: Unterminated string.", 1, 7)]
    [InlineData("\"bad \\z esc\"", "Syntax Error: Invalid character escape sequence: \"\\z\".", 1, 6)]
    [InlineData("\"bad \\u1 esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u1 es\".", 1, 6)]
    [InlineData("\"bad \\u{} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".", 1, 6)]
    [InlineData("\"bad \\u{110000} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 6)]
    [InlineData("\"bad \\uD83D alone\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 6)]
    [InlineData("\"bad \\uDE00 trail\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uDE00\".", 1, 6)]
    [InlineData("\"ctl \u0007", "Syntax Error: Unterminated string.", 1, 7)]
    [InlineData("\"\"\"no end", "Syntax Error: Unterminated string.", 1, 10)]
    [InlineData("'single'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1)]
    [InlineData("?", "Syntax Error: Unexpected character: \"?\".", 1, 1)]
    [InlineData("\u203B", "Syntax Error: Unexpected character: U+203B.", 1, 1)]
    [InlineData("\U0001F600", "Syntax Error: Unexpected character: U+1F600.", 1, 1)]
    [InlineData("\u0007", "Syntax Error: Unexpected character: U+0007.", 1, 1)]
    [InlineData("..", "Syntax Error: Unexpected character: \".\".", 1, 1)]
    [InlineData("\n\n   ~", "Syntax Error: Unexpected character: \"~\".", 3, 4)]
    public void Reports_lexical_errors_with_graphql_js_messages_and_positions(string body, string message, int line, int column)
    {
        var error = Fails(body);
        Assert.Equal(message, error.Message);
        Assert.Equal(new SourceLocation(line, column), error.Locations![0]);
    }

    [Fact]
    public void Lone_surrogates_are_invalid_characters()
    {
        Assert.Equal("Syntax Error: Invalid character: U+D800.", Fails("\uD800").Message);
        Assert.Equal("Syntax Error: Invalid character within String: U+DC00.", Fails("\"\uDC00\"").Message);
    }

    [Fact]
    public void Quotes_a_double_quote_with_single_quotes_in_messages()
    {
        Assert.Equal("Syntax Error: Invalid number, expected digit but got: '\"'.", Fails("1.\"").Message);
    }

    [Fact]
    public void Columns_count_utf16_code_units_like_graphql_js()
    {
        var tokens = Lexer.Tokenize("\"\U0001F600\" x");
        Assert.Equal(6, tokens[1].Column);
    }

    [Theory]
    [InlineData("abc", 2, 1, 3)]
    [InlineData("a\nbc", 3, 2, 2)]
    [InlineData("a\r\nbc", 4, 2, 2)]
    [InlineData("a\rbc", 2, 2, 1)]
    [InlineData("a\r\n", 2, 1, 3)]
    public void Computes_source_locations_across_line_terminators(string body, int offset, int line, int column) =>
        Assert.Equal(new SourceLocation(line, column), new Source(body).GetLocation(offset));

    [Fact]
    public void Describes_tokens_as_graphql_js_does()
    {
        var tokens = Lexer.Tokenize("{ name \"s\" 1");
        Assert.Equal(["\"{\"", "Name \"name\"", "String \"s\"", "Int \"1\"", "<EOF>"], tokens.Select(t => t.Describe()));
    }
}
