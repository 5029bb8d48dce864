using SystemGraph.GraphQL.Execution;

namespace SystemGraph.GraphQL.Types;

/// <summary>Object type (§3.6): a named set of fields, possibly implementing interfaces.</summary>
public sealed class ObjectType : ComplexType
{
    public ObjectType(string name, string? description = null)
        : base(name, description)
    {
    }

    public override TypeKind Kind => TypeKind.Object;

    /// <summary>Optional check used to resolve abstract types: is this runtime value of this type?</summary>
    public Func<object, IResolveFieldContext, bool>? IsTypeOf { get; set; }

    /// <summary>Declares interfaces; returns this type for chaining.</summary>
    public ObjectType Implements(params InterfaceType[] interfaces)
    {
        ArgumentNullException.ThrowIfNull(interfaces);
        foreach (var type in interfaces)
        {
            if (!Interfaces.Contains(type))
            {
                AddInterface(type);
            }
        }

        return this;
    }
}

/// <summary>Interface type (§3.7): fields that implementing object (and interface) types must provide.</summary>
public sealed class InterfaceType : ComplexType, IAbstractType
{
    public InterfaceType(string name, string? description = null)
        : base(name, description)
    {
    }

    public override TypeKind Kind => TypeKind.Interface;

    public TypeResolver? ResolveType { get; set; }

    /// <summary>Declares interfaces this interface implements; returns this type for chaining.</summary>
    public InterfaceType Implements(params InterfaceType[] interfaces)
    {
        ArgumentNullException.ThrowIfNull(interfaces);
        foreach (var type in interfaces)
        {
            if (!Interfaces.Contains(type))
            {
                AddInterface(type);
            }
        }

        return this;
    }
}

/// <summary>Union type (§3.8): one of a list of object types.</summary>
public sealed class UnionType : NamedType, IAbstractType
{
    private readonly List<ObjectType> _types = [];

    public UnionType(string name, string? description = null, IEnumerable<ObjectType>? types = null)
        : base(name, description)
    {
        if (types is not null)
        {
            _types.AddRange(types);
        }
    }

    public override TypeKind Kind => TypeKind.Union;

    /// <summary>The member types, in definition order.</summary>
    public IReadOnlyList<ObjectType> Types => _types;

    public TypeResolver? ResolveType { get; set; }

    /// <summary>Adds a member type.</summary>
    public void AddType(ObjectType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        _types.Add(type);
    }
}
