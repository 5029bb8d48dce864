namespace SystemGraph.GraphQL.Language;

/// <summary>The base of every immutable AST node.</summary>
public abstract class ASTNode
{
    /// <summary>The production this node represents.</summary>
    public abstract NodeKind Kind { get; }

    /// <summary>Where the node is in the source (null when parsed with NoLocation or built in code).</summary>
    public Location? Location { get; init; }

    /// <summary>The node printed as GraphQL.</summary>
    public override string ToString() => Printer.Print(this);
}

/// <summary>Name :: /[_A-Za-z][_0-9A-Za-z]*/ (§2.1.9).</summary>
public sealed class NameNode : ASTNode
{
    public NameNode()
    {
    }

    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    public NameNode(string value) => Value = value;

    public override NodeKind Kind => NodeKind.Name;

    public required string Value { get; init; }
}

/// <summary>Document :: Definition+ (§2.2).</summary>
public sealed class DocumentNode : ASTNode
{
    public override NodeKind Kind => NodeKind.Document;

    public required IReadOnlyList<DefinitionNode> Definitions { get; init; }
}

/// <summary>Definition :: ExecutableDefinition | TypeSystemDefinitionOrExtension.</summary>
public abstract class DefinitionNode : ASTNode
{
}

/// <summary>ExecutableDefinition :: OperationDefinition | FragmentDefinition (§2.2).</summary>
public abstract class ExecutableDefinitionNode : DefinitionNode
{
    /// <summary>The name of the operation (null when anonymous) or fragment.</summary>
    public abstract NameNode? NameNode { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    public required SelectionSetNode SelectionSet { get; init; }
}

/// <summary>Directive :: @ Name Arguments? (§2.12).</summary>
public sealed class DirectiveNode : ASTNode
{
    public override NodeKind Kind => NodeKind.Directive;

    public required NameNode Name { get; init; }

    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];
}

/// <summary>Argument :: Name : Value (§2.6).</summary>
public sealed class ArgumentNode : ASTNode
{
    public override NodeKind Kind => NodeKind.Argument;

    public required NameNode Name { get; init; }

    public required ValueNode Value { get; init; }
}
