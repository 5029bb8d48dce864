namespace SystemGraph.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary>
    /// Corresponds to both FragmentSpread and InlineFragment in the spec (§2.8 Fragments).
    /// FragmentSpread : ... FragmentName Directives?
    /// InlineFragment : ... TypeCondition? Directives? SelectionSet.
    /// </summary>
    private SelectionNode ParseFragment()
    {
        var start = _lexer.Token;
        ExpectToken(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            return new FragmentSpreadNode
            {
                Name = ParseFragmentName(),
                Directives = ParseDirectives(isConst: false),
                Location = Loc(start),
            };
        }

        return new InlineFragmentNode
        {
            TypeCondition = hasTypeCondition ? ParseNamedType() : null,
            Directives = ParseDirectives(isConst: false),
            SelectionSet = ParseSelectionSet(),
            Location = Loc(start),
        };
    }

    /// <summary>FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet.</summary>
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = _lexer.Token;
        var description = _options.AllowExecutableDescriptions ? ParseDescription() : null;
        ExpectKeyword("fragment");
        var name = ParseFragmentName();

        // TypeCondition : on NamedType
        ExpectKeyword("on");
        return new FragmentDefinitionNode
        {
            Description = description,
            Name = name,
            TypeCondition = ParseNamedType(),
            Directives = ParseDirectives(isConst: false),
            SelectionSet = ParseSelectionSet(),
            Location = Loc(start),
        };
    }

    /// <summary>FragmentName : Name but not <c>on</c>.</summary>
    private NameNode ParseFragmentName()
    {
        if (_lexer.Token.Value == "on")
        {
            throw Unexpected();
        }

        return ParseName();
    }
}
