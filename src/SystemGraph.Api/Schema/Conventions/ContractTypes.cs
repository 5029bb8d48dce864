using SystemGraph.GraphQL.Language;

namespace SystemGraph.Api.Schema.Conventions;

/// <summary>The object, interface, enum and scalar definitions of an SDL document, by name.</summary>
internal sealed class ContractTypes
{
    private static readonly HashSet<string> BuiltInScalars = ["String", "Int", "Float", "Boolean", "ID"];

    private readonly Dictionary<string, TypeDefinitionNode> types = new(StringComparer.Ordinal);

    public ContractTypes(DocumentNode document)
    {
        foreach (var definition in document.Definitions.OfType<TypeDefinitionNode>())
        {
            types[definition.Name.Value] = definition;
        }
    }

    public bool IsDefined(string name) => types.ContainsKey(name);

    public bool IsScalar(string name) => BuiltInScalars.Contains(name) || types.GetValueOrDefault(name) is ScalarTypeDefinitionNode;

    public bool IsEnum(string name) => types.GetValueOrDefault(name) is EnumTypeDefinitionNode;

    /// <summary>Fields of an object or interface type; empty for anything else.</summary>
    public IReadOnlyList<FieldDefinitionNode> FieldsOf(string name) => types.GetValueOrDefault(name) switch
    {
        ObjectTypeDefinitionNode o => o.Fields,
        InterfaceTypeDefinitionNode i => i.Fields,
        _ => [],
    };

    public bool IsComposite(string name) => types.GetValueOrDefault(name) is ObjectTypeDefinitionNode or InterfaceTypeDefinitionNode;

    /// <summary>The named type under list and non-null wrappers, and whether a list wrapper was met.</summary>
    public static (string Name, bool IsList) Unwrap(TypeNode type) => type switch
    {
        NonNullTypeNode n => Unwrap(n.Type),
        ListTypeNode l => (Unwrap(l.Type).Name, true),
        NamedTypeNode named => (named.Name.Value, false),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
