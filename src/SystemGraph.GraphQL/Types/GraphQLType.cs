namespace SystemGraph.GraphQL.Types;

/// <summary>The kinds of type (§4.2.3 __TypeKind).</summary>
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}

/// <summary>
/// Any GraphQL type: a named type (§3.4) or a wrapping type (List, Non-Null, §3.11–3.12).
/// <see cref="ToString"/> gives the type reference in SDL form, e.g. <c>[String!]!</c>.
/// </summary>
public abstract class GraphQLType
{
    private protected GraphQLType()
    {
    }

    /// <summary>The kind of this type.</summary>
    public abstract TypeKind Kind { get; }

    /// <summary>The type reference in SDL form.</summary>
    public abstract override string ToString();
}

/// <summary>A named type (§3.4 Types): scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType : GraphQLType
{
    private protected NamedType(string name, string? description)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Description = description;
    }

    /// <summary>The unique name of the type in its schema.</summary>
    public string Name { get; }

    /// <summary>The description (§3.2), or null.</summary>
    public string? Description { get; set; }

    /// <summary>The SDL definition this type was built from, if any.</summary>
    public Language.TypeDefinitionNode? AstNode { get; set; }

    /// <summary>The SDL extensions applied to this type, if any.</summary>
    public IList<Language.TypeExtensionNode> ExtensionAstNodes { get; } = [];

    public override string ToString() => Name;
}

/// <summary>List type (§3.11): a wrapper meaning "a list of <see cref="OfType"/>".</summary>
public sealed class ListType : GraphQLType
{
    public ListType(GraphQLType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        OfType = ofType;
    }

    public GraphQLType OfType { get; }

    public override TypeKind Kind => TypeKind.List;

    public override string ToString() => "[" + OfType + "]";
}

/// <summary>Non-Null type (§3.12): a wrapper meaning "never null". It cannot wrap another Non-Null type.</summary>
public sealed class NonNullType : GraphQLType
{
    public NonNullType(GraphQLType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        if (ofType is NonNullType)
        {
            throw new ArgumentException($"Expected {ofType} to be a GraphQL nullable type.", nameof(ofType));
        }

        OfType = ofType;
    }

    public GraphQLType OfType { get; }

    public override TypeKind Kind => TypeKind.NonNull;

    public override string ToString() => OfType + "!";
}
