namespace SystemGraph.GraphQL.Language;

/// <summary>Type :: NamedType | ListType | NonNullType (§2.11).</summary>
public abstract class TypeNode : ASTNode
{
}

/// <summary>NamedType :: Name.</summary>
public sealed class NamedTypeNode : TypeNode
{
    public override NodeKind Kind => NodeKind.NamedType;

    public required NameNode Name { get; init; }
}

/// <summary>ListType :: [ Type ].</summary>
public sealed class ListTypeNode : TypeNode
{
    public override NodeKind Kind => NodeKind.ListType;

    public required TypeNode Type { get; init; }
}

/// <summary>NonNullType :: NamedType ! | ListType !.</summary>
public sealed class NonNullTypeNode : TypeNode
{
    public override NodeKind Kind => NodeKind.NonNullType;

    public required TypeNode Type { get; init; }
}
