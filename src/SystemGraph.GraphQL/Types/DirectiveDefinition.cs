using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Types;

/// <summary>A directive definition (§3.13): name, arguments, locations and whether it is repeatable.</summary>
public sealed class DirectiveDefinition
{
    private readonly List<InputValueDefinition> _arguments = [];

    public DirectiveDefinition(string name, IEnumerable<DirectiveLocation> locations, string? description = null, bool isRepeatable = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(locations);
        Name = name;
        Locations = locations.ToList();
        Description = description;
        IsRepeatable = isRepeatable;
    }

    public string Name { get; }

    public string? Description { get; set; }

    public IReadOnlyList<DirectiveLocation> Locations { get; }

    public bool IsRepeatable { get; }

    public IReadOnlyList<InputValueDefinition> Arguments => _arguments;

    public DirectiveDefinitionNode? AstNode { get; set; }

    public InputValueDefinition? GetArgument(string name) => _arguments.Find(a => a.Name == name);

    /// <summary>Adds an argument; returns this directive for chaining.</summary>
    public DirectiveDefinition AddArgument(InputValueDefinition argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        _arguments.Add(argument);
        return this;
    }

    public override string ToString() => "@" + Name;
}
