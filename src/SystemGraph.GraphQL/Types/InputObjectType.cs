namespace SystemGraph.GraphQL.Types;

/// <summary>
/// Input object type (§3.10): a named set of input fields. Its internal value is an
/// <c>IReadOnlyDictionary&lt;string, object?&gt;</c> keyed by field name.
/// </summary>
public sealed class InputObjectType : NamedType
{
    private readonly OrderedDictionary<string, InputValueDefinition> _fields = new(StringComparer.Ordinal);

    public InputObjectType(string name, string? description = null)
        : base(name, description)
    {
    }

    public override TypeKind Kind => TypeKind.InputObject;

    /// <summary>
    /// A OneOf input object (@oneOf, as graphql-js 16.9+ and the 2025 spec draft define it): exactly one field
    /// must be given, and it must not be null.
    /// </summary>
    public bool IsOneOf { get; set; }

    /// <summary>The input fields, in definition order.</summary>
    public IReadOnlyDictionary<string, InputValueDefinition> Fields => _fields;

    public InputValueDefinition? GetField(string name) => _fields.GetValueOrDefault(name);

    /// <summary>Adds (or replaces) an input field.</summary>
    public InputValueDefinition AddField(InputValueDefinition field)
    {
        ArgumentNullException.ThrowIfNull(field);
        _fields[field.Name] = field;
        return field;
    }

    /// <summary>Adds an input field and returns it.</summary>
    public InputValueDefinition Field(string name, GraphQLType type, string? description = null) =>
        AddField(new InputValueDefinition(name, type, description));
}
