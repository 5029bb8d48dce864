using System.Text;
using SystemGraph.GraphQL.Error;

namespace SystemGraph.GraphQL.Language;

/// <summary>
/// A recursive-descent parser for the whole GraphQL grammar (§2 Language and the type system
/// definition language of §3), producing an immutable AST. Syntax errors are raised as
/// <see cref="GraphQLException"/> with code GRAPHQL_PARSE_FAILED and graphql-js's messages.
/// https://spec.graphql.org/October2021/#sec-Language
/// </summary>
public sealed partial class Parser
{
    private readonly Lexer _lexer;
    private readonly ParserOptions _options;
    private int _tokenCount;
    private int _depth;

    private Parser(string source, ParserOptions? options)
    {
        ArgumentNullException.ThrowIfNull(source);
        _options = options ?? ParserOptions.Default;
        if (_options.MaxDocumentBytes > 0 && source.Length > _options.MaxDocumentBytes / 3 &&
            Encoding.UTF8.GetByteCount(source) > _options.MaxDocumentBytes)
        {
            throw new GraphQLException(GraphQLError.WithCode(
                $"Document size exceeds the maximum of {_options.MaxDocumentBytes} bytes.", ErrorCodes.MaxDocumentSizeExceeded));
        }

        _lexer = new Lexer(new Source(source));
    }

    /// <summary>Parses a GraphQL document (executable and/or type system definitions).</summary>
    public static DocumentNode Parse(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        return parser.ParseDocument();
    }

    /// <summary>
    /// Parses a UTF-8 encoded document (e.g. an HTTP body). The size limit applies to the bytes; invalid UTF-8
    /// is a syntax error, not silently replaced.
    /// </summary>
    public static DocumentNode Parse(ReadOnlySpan<byte> utf8Source, ParserOptions? options = null)
    {
        var limits = options ?? ParserOptions.Default;
        if (limits.MaxDocumentBytes > 0 && utf8Source.Length > limits.MaxDocumentBytes)
        {
            throw new GraphQLException(GraphQLError.WithCode(
                $"Document size exceeds the maximum of {limits.MaxDocumentBytes} bytes.", ErrorCodes.MaxDocumentSizeExceeded));
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(utf8Source);
        }
        catch (DecoderFallbackException ex)
        {
            throw new GraphQLException(GraphQLError.WithCode($"Syntax Error: Invalid UTF-8 at byte {ex.Index}.", ErrorCodes.ParseFailed));
        }

        return Parse(text, options);
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Parses a single value literal, e.g. <c>[1, {a: $b}]</c>; variables are allowed.</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        parser.ExpectToken(TokenKind.SOF);
        var value = parser.ParseValueLiteral(isConst: false);
        parser.ExpectToken(TokenKind.EOF);
        return value;
    }

    /// <summary>Parses a single constant value literal (variables rejected).</summary>
    public static ValueNode ParseConstValue(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        parser.ExpectToken(TokenKind.SOF);
        var value = parser.ParseValueLiteral(isConst: true);
        parser.ExpectToken(TokenKind.EOF);
        return value;
    }

    /// <summary>Parses a type reference, e.g. <c>[String!]!</c>.</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        parser.ExpectToken(TokenKind.SOF);
        var type = parser.ParseTypeReference();
        parser.ExpectToken(TokenKind.EOF);
        return type;
    }

    /// <summary>Document :: Definition+ (§2.2).</summary>
    private DocumentNode ParseDocument()
    {
        var start = _lexer.Token;
        var definitions = Many(TokenKind.SOF, ParseDefinition, TokenKind.EOF);
        return new DocumentNode { Definitions = definitions, Location = Loc(start) };
    }

    /// <summary>
    /// Definition :: ExecutableDefinition | TypeSystemDefinition | TypeSystemExtension
    /// ExecutableDefinition :: OperationDefinition | FragmentDefinition.
    /// </summary>
    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL))
        {
            return ParseOperationDefinition();
        }

        var hasDescription = PeekDescription();
        var keywordToken = hasDescription ? _lexer.Lookahead() : _lexer.Token;
        if (hasDescription && keywordToken.Kind == TokenKind.BraceL && _options.AllowExecutableDescriptions)
        {
            throw SyntaxError.Create(_lexer.Source, _lexer.Token.Start,
                "Unexpected description, descriptions are not supported on shorthand queries.");
        }

        if (keywordToken.Kind == TokenKind.Name)
        {
            switch (keywordToken.Value)
            {
                case "schema":
                    return ParseSchemaDefinition();
                case "scalar":
                    return ParseScalarTypeDefinition();
                case "type":
                    return ParseObjectTypeDefinition();
                case "interface":
                    return ParseInterfaceTypeDefinition();
                case "union":
                    return ParseUnionTypeDefinition();
                case "enum":
                    return ParseEnumTypeDefinition();
                case "input":
                    return ParseInputObjectTypeDefinition();
                case "directive":
                    return ParseDirectiveDefinition();
            }

            var isExecutable = keywordToken.Value is "query" or "mutation" or "subscription" or "fragment";
            if (hasDescription && !(isExecutable && _options.AllowExecutableDescriptions))
            {
                throw SyntaxError.Create(_lexer.Source, _lexer.Token.Start, _options.AllowExecutableDescriptions
                    ? "Unexpected description, only GraphQL definitions support descriptions."
                    : "Unexpected description, descriptions are supported only on type definitions.");
            }

            switch (keywordToken.Value)
            {
                case "query" or "mutation" or "subscription":
                    return ParseOperationDefinition();
                case "fragment":
                    return ParseFragmentDefinition();
                case "extend":
                    return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keywordToken);
    }

    /// <summary>Name :: /[_A-Za-z][_0-9A-Za-z]*/.</summary>
    private NameNode ParseName()
    {
        var token = ExpectToken(TokenKind.Name);
        return new NameNode { Value = token.Value!, Location = Loc(token) };
    }
}
