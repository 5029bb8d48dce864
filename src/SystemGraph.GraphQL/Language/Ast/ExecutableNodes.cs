namespace SystemGraph.GraphQL.Language;

/// <summary>OperationType :: one of query mutation subscription (§2.3).</summary>
public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}

/// <summary>
/// OperationDefinition :: OperationType Name? VariableDefinitions? Directives? SelectionSet | SelectionSet (§2.3).
/// </summary>
public sealed class OperationDefinitionNode : ExecutableDefinitionNode
{
    public override NodeKind Kind => NodeKind.OperationDefinition;

    public required OperationType Operation { get; init; }

    /// <summary>A description (graphql-js 16.11+ and the 2025 spec draft accept descriptions on operations).</summary>
    public StringValueNode? Description { get; init; }

    public NameNode? Name { get; init; }

    public override NameNode? NameNode => Name;

    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; init; } = [];
}

/// <summary>VariableDefinition :: Variable : Type DefaultValue? Directives[Const]? (§2.10).</summary>
public sealed class VariableDefinitionNode : ASTNode
{
    public override NodeKind Kind => NodeKind.VariableDefinition;

    /// <summary>A description (accepted as graphql-js 16.11+ does).</summary>
    public StringValueNode? Description { get; init; }

    public required VariableNode Variable { get; init; }

    public required TypeNode Type { get; init; }

    public ValueNode? DefaultValue { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary>SelectionSet :: { Selection+ } (§2.4).</summary>
public sealed class SelectionSetNode : ASTNode
{
    public override NodeKind Kind => NodeKind.SelectionSet;

    public required IReadOnlyList<SelectionNode> Selections { get; init; }
}

/// <summary>Selection :: Field | FragmentSpread | InlineFragment (§2.4).</summary>
public abstract class SelectionNode : ASTNode
{
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary>Field :: Alias? Name Arguments? Directives? SelectionSet? (§2.5).</summary>
public sealed class FieldNode : SelectionNode
{
    public override NodeKind Kind => NodeKind.Field;

    public NameNode? Alias { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];

    public SelectionSetNode? SelectionSet { get; init; }

    /// <summary>The response key: the alias if present, else the field name (§2.7).</summary>
    public string ResponseKey => Alias?.Value ?? Name.Value;
}

/// <summary>FragmentSpread :: ... FragmentName Directives? (§2.8).</summary>
public sealed class FragmentSpreadNode : SelectionNode
{
    public override NodeKind Kind => NodeKind.FragmentSpread;

    public required NameNode Name { get; init; }
}

/// <summary>InlineFragment :: ... TypeCondition? Directives? SelectionSet (§2.8.2).</summary>
public sealed class InlineFragmentNode : SelectionNode
{
    public override NodeKind Kind => NodeKind.InlineFragment;

    public NamedTypeNode? TypeCondition { get; init; }

    public required SelectionSetNode SelectionSet { get; init; }
}

/// <summary>FragmentDefinition :: fragment FragmentName TypeCondition Directives? SelectionSet (§2.8).</summary>
public sealed class FragmentDefinitionNode : ExecutableDefinitionNode
{
    public override NodeKind Kind => NodeKind.FragmentDefinition;

    /// <summary>A description (accepted as graphql-js 16.11+ does).</summary>
    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public override NameNode? NameNode => Name;

    public required NamedTypeNode TypeCondition { get; init; }
}
