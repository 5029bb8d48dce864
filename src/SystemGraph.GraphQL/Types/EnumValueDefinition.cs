using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Types;

/// <summary>A value of an enum type (§3.9 EnumValuesDefinition) and its internal representation.</summary>
public sealed class EnumValueDefinition
{
    public EnumValueDefinition(string name, object? value = null, string? description = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Value = value ?? name;
        Description = description;
    }

    /// <summary>The name as written in GraphQL.</summary>
    public string Name { get; }

    /// <summary>The internal value (the name itself unless set, e.g. a CLR enum member).</summary>
    public object Value { get; set; }

    public string? Description { get; set; }

    public string? DeprecationReason { get; set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public EnumValueDefinitionNode? AstNode { get; set; }

    public override string ToString() => Name;
}
