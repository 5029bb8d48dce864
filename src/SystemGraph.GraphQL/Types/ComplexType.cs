using SystemGraph.GraphQL.Execution;

namespace SystemGraph.GraphQL.Types;

/// <summary>Decides which object type an abstract value has; returns the object type's name (§6.4.3 ResolveAbstractType).</summary>
public delegate string? TypeResolver(object value, IResolveFieldContext context);

/// <summary>An abstract type: an interface or a union (§3.7, §3.8).</summary>
public interface IAbstractType
{
    string Name { get; }

    /// <summary>Resolves the concrete object type name of a value; null uses __typename or IsTypeOf.</summary>
    TypeResolver? ResolveType { get; set; }
}

/// <summary>The common shape of object and interface types: fields and implemented interfaces.</summary>
public abstract class ComplexType : NamedType
{
    private readonly OrderedDictionary<string, FieldDefinition> _fields = new(StringComparer.Ordinal);
    private readonly List<InterfaceType> _interfaces = [];

    private protected ComplexType(string name, string? description)
        : base(name, description)
    {
    }

    /// <summary>The fields, in definition order.</summary>
    public IReadOnlyDictionary<string, FieldDefinition> Fields => _fields;

    /// <summary>The interfaces this type implements, in definition order.</summary>
    public IReadOnlyList<InterfaceType> Interfaces => _interfaces;

    /// <summary>Finds a field by name.</summary>
    public FieldDefinition? GetField(string name) => _fields.GetValueOrDefault(name);

    /// <summary>Adds (or replaces) a field.</summary>
    public FieldDefinition AddField(FieldDefinition field)
    {
        ArgumentNullException.ThrowIfNull(field);
        _fields[field.Name] = field;
        return field;
    }

    /// <summary>Adds a field and returns it for further configuration.</summary>
    public FieldDefinition Field(string name, GraphQLType type, string? description = null) =>
        AddField(new FieldDefinition(name, type, description));

    /// <summary>Adds a field with a synchronous resolver.</summary>
    public FieldDefinition Field(string name, GraphQLType type, Func<IResolveFieldContext, object?> resolve, string? description = null) =>
        AddField(new FieldDefinition(name, type, description)).Resolve(resolve);

    /// <summary>Declares that this type implements an interface.</summary>
    public void AddInterface(InterfaceType type)
    {
        ArgumentNullException.ThrowIfNull(type);

        // Duplicates are kept so that schema validation can report them (§3.6 "implement ... once").
        _interfaces.Add(type);
    }
}
