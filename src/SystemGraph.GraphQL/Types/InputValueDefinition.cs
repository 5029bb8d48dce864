using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Types;

/// <summary>
/// An argument (§3.6.1 ArgumentsDefinition) or an input object field (§3.10 InputFieldsDefinition):
/// a name, an input type, an optional default value and optional deprecation.
/// </summary>
public sealed class InputValueDefinition
{
    private object? _defaultValue;

    public InputValueDefinition(string name, GraphQLType type, string? description = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(type);
        Name = name;
        Type = type;
        Description = description;
    }

    public string Name { get; }

    public GraphQLType Type { get; set; }

    public string? Description { get; set; }

    /// <summary>The default value as an internal (coerced) value; meaningful only when <see cref="HasDefaultValue"/>.</summary>
    public object? DefaultValue
    {
        get => _defaultValue;
        set
        {
            _defaultValue = value;
            HasDefaultValue = true;
        }
    }

    /// <summary>True when a default value was given (which may be null).</summary>
    public bool HasDefaultValue { get; private set; }

    /// <summary>Why the input value is deprecated (@deprecated), or null when it is not.</summary>
    public string? DeprecationReason { get; set; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The SDL definition, if any.</summary>
    public InputValueDefinitionNode? AstNode { get; set; }

    /// <summary>Removes any default value.</summary>
    public void ClearDefaultValue()
    {
        _defaultValue = null;
        HasDefaultValue = false;
    }

    public override string ToString() => Name;
}
