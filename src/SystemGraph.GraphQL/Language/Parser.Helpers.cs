using SystemGraph.GraphQL.Error;

namespace SystemGraph.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary>A location from <paramref name="startToken"/> to the last consumed token (null with NoLocation).</summary>
    private Location? Loc(Token startToken)
    {
        if (_options.NoLocation)
        {
            return null;
        }

        return new Location(startToken.Start, _lexer.LastToken.End, startToken.Line, startToken.Column);
    }

    private bool Peek(TokenKind kind) => _lexer.Token.Kind == kind;

    /// <summary>Moves past the current token, enforcing MaxTokens.</summary>
    private void AdvanceLexer()
    {
        var token = _lexer.Advance();
        if (token.Kind != TokenKind.EOF && _options.MaxTokens > 0 && ++_tokenCount > _options.MaxTokens)
        {
            throw SyntaxError.Create(_lexer.Source, token.Start,
                $"Document contains more than {_options.MaxTokens} tokens. Parsing aborted.", ErrorCodes.MaxTokensExceeded);
        }
    }

    /// <summary>Consumes a token of the given kind or raises "Expected X, found Y.".</summary>
    private Token ExpectToken(TokenKind kind)
    {
        var token = _lexer.Token;
        if (token.Kind == kind)
        {
            AdvanceLexer();
            return token;
        }

        throw SyntaxError.Create(_lexer.Source, token.Start, $"Expected {kind.Describe()}, found {token.Describe()}.");
    }

    /// <summary>Consumes a token of the given kind if it is next.</summary>
    private bool ExpectOptionalToken(TokenKind kind)
    {
        if (_lexer.Token.Kind == kind)
        {
            AdvanceLexer();
            return true;
        }

        return false;
    }

    /// <summary>Consumes the keyword <paramref name="value"/> or raises "Expected "value", found Y.".</summary>
    private void ExpectKeyword(string value)
    {
        var token = _lexer.Token;
        if (token.Kind == TokenKind.Name && token.Value == value)
        {
            AdvanceLexer();
            return;
        }

        throw SyntaxError.Create(_lexer.Source, token.Start, $"Expected \"{value}\", found {token.Describe()}.");
    }

    private bool ExpectOptionalKeyword(string value)
    {
        var token = _lexer.Token;
        if (token.Kind == TokenKind.Name && token.Value == value)
        {
            AdvanceLexer();
            return true;
        }

        return false;
    }

    /// <summary>"Unexpected X." at the given (or current) token.</summary>
    private GraphQLException Unexpected(Token? token = null)
    {
        var at = token ?? _lexer.Token;
        return SyntaxError.Create(_lexer.Source, at.Start, $"Unexpected {at.Describe()}.");
    }

    /// <summary>open item* close: zero or more items.</summary>
    private List<T> Any<T>(TokenKind open, Func<T> parseItem, TokenKind close)
    {
        ExpectToken(open);
        var nodes = new List<T>();
        while (!ExpectOptionalToken(close))
        {
            nodes.Add(parseItem());
        }

        return nodes;
    }

    /// <summary>(open item+ close)? : empty when <paramref name="open"/> is absent, else one or more items.</summary>
    private List<T> OptionalMany<T>(TokenKind open, Func<T> parseItem, TokenKind close)
    {
        if (ExpectOptionalToken(open))
        {
            var nodes = new List<T>();
            do
            {
                nodes.Add(parseItem());
            }
            while (!ExpectOptionalToken(close));
            return nodes;
        }

        return [];
    }

    /// <summary>open item+ close : one or more items.</summary>
    private List<T> Many<T>(TokenKind open, Func<T> parseItem, TokenKind close)
    {
        ExpectToken(open);
        var nodes = new List<T>();
        do
        {
            nodes.Add(parseItem());
        }
        while (!ExpectOptionalToken(close));
        return nodes;
    }

    /// <summary>delimiter? item (delimiter item)* : one or more items with an optional leading delimiter.</summary>
    private List<T> DelimitedMany<T>(TokenKind delimiter, Func<T> parseItem)
    {
        ExpectOptionalToken(delimiter);
        var nodes = new List<T>();
        do
        {
            nodes.Add(parseItem());
        }
        while (ExpectOptionalToken(delimiter));
        return nodes;
    }

    /// <summary>Enters one nesting level, enforcing MaxDepth (guards the recursion against stack exhaustion).</summary>
    private void EnterNesting()
    {
        if ((_options.MaxDepth > 0 && ++_depth > _options.MaxDepth) ||
            !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw SyntaxError.Create(_lexer.Source, _lexer.Token.Start,
                $"Document exceeds the maximum nesting depth of {_options.MaxDepth}.", ErrorCodes.MaxDepthExceeded);
        }
    }

    private void LeaveNesting() => _depth--;
}
