using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;

namespace SystemGraph.GraphQL.Utilities;

public sealed partial class SchemaBuilder
{
    private NamedType CreateType(TypeDefinitionNode node)
    {
        // Redefining a specified scalar (e.g. "scalar String") keeps the built-in, as graphql-js does.
        if (node is ScalarTypeDefinitionNode && Scalars.ByName(node.Name.Value) is { } builtIn)
        {
            return builtIn;
        }

        var description = node.Description?.Value;
        NamedType type = node switch
        {
            ScalarTypeDefinitionNode => _options.ScalarTypes.GetValueOrDefault(node.Name.Value) ?? new ScalarType(node.Name.Value, description),
            ObjectTypeDefinitionNode => new ObjectType(node.Name.Value, description),
            InterfaceTypeDefinitionNode => new InterfaceType(node.Name.Value, description),
            UnionTypeDefinitionNode => new UnionType(node.Name.Value, description),
            EnumTypeDefinitionNode => new EnumType(node.Name.Value, description),
            InputObjectTypeDefinitionNode => new InputObjectType(node.Name.Value, description),
            _ => throw Fail("Unknown type definition.", node),
        };
        type.Description = description ?? type.Description;
        type.AstNode = node;
        return type;
    }

    /// <summary>Fills a created type from its definition and extensions (fields, interfaces, members, values).</summary>
    private void Populate(NamedType type, TypeDefinitionNode node, List<TypeExtensionNode> extensions)
    {
        if (Scalars.IsSpecified(type) && !ReferenceEquals(type.AstNode, node))
        {
            return;
        }

        foreach (var extension in extensions)
        {
            if (!ExtensionMatches(node, extension))
            {
                throw Fail($"Cannot extend non-{KindName(node)} type \"{node.Name.Value}\".", extension);
            }

            type.ExtensionAstNodes.Add(extension);
        }

        switch (type)
        {
            case ScalarType scalar:
                var specifiedBy = new ASTNode[] { node }.Concat(extensions).SelectMany(n => n.Directives()).FirstOrDefault(d => d.Name.Value == "specifiedBy");
                if (specifiedBy is not null)
                {
                    scalar.SpecifiedByUrl = ArgumentString(specifiedBy, "url");
                }

                break;
            case ComplexType complex:
                var (interfaces, fields) = node is ObjectTypeDefinitionNode o ? (o.Interfaces, o.Fields) : (((InterfaceTypeDefinitionNode)node).Interfaces, ((InterfaceTypeDefinitionNode)node).Fields);
                var allInterfaces = interfaces.Concat(extensions.SelectMany(e => e switch
                {
                    ObjectTypeExtensionNode x => x.Interfaces,
                    InterfaceTypeExtensionNode x => x.Interfaces,
                    _ => [],
                }));
                foreach (var iface in allInterfaces)
                {
                    complex.AddInterface(GetNamedType(iface) as InterfaceType ?? throw Fail($"Type {complex.Name} must only implement Interface types, it cannot implement {iface.Name.Value}.", iface));
                }

                var allFields = fields.Concat(extensions.SelectMany(e => e switch
                {
                    ObjectTypeExtensionNode x => x.Fields,
                    InterfaceTypeExtensionNode x => x.Fields,
                    _ => [],
                }));
                foreach (var field in allFields)
                {
                    if (complex.GetField(field.Name.Value) is not null)
                    {
                        throw Fail($"Field \"{complex.Name}.{field.Name.Value}\" can only be defined once.", field.Name);
                    }

                    complex.AddField(BuildField(field));
                }

                break;
            case UnionType union:
                var members = ((UnionTypeDefinitionNode)node).Types.Concat(extensions.OfType<UnionTypeExtensionNode>().SelectMany(e => e.Types));
                foreach (var member in members)
                {
                    union.AddType(GetNamedType(member) as ObjectType ?? throw Fail($"Union type {union.Name} can only include Object types, it cannot include {member.Name.Value}.", member));
                }

                break;
            case EnumType enumType:
                var values = ((EnumTypeDefinitionNode)node).Values.Concat(extensions.OfType<EnumTypeExtensionNode>().SelectMany(e => e.Values));
                var binding = _options.EnumBindings.GetValueOrDefault(enumType.Name);
                foreach (var value in values)
                {
                    if (enumType.GetValue(value.Name.Value) is not null)
                    {
                        throw Fail($"Enum value \"{enumType.Name}.{value.Name.Value}\" can only be defined once.", value.Name);
                    }

                    enumType.AddValue(new EnumValueDefinition(value.Name.Value, binding?.Invoke(value.Name.Value), value.Description?.Value)
                    {
                        DeprecationReason = DeprecationReason(value.Directives),
                        AstNode = value,
                    });
                }

                break;
            case InputObjectType input:
                input.IsOneOf = node.Directives.Any(d => d.Name.Value == Types.Directives.OneOf.Name);
                var inputFields = ((InputObjectTypeDefinitionNode)node).Fields.Concat(extensions.OfType<InputObjectTypeExtensionNode>().SelectMany(e => e.Fields));
                foreach (var field in inputFields)
                {
                    if (input.GetField(field.Name.Value) is not null)
                    {
                        throw Fail($"Field \"{input.Name}.{field.Name.Value}\" can only be defined once.", field.Name);
                    }

                    input.AddField(BuildInputValue(field, isInputField: true));
                }

                break;
        }
    }

    private FieldDefinition BuildField(FieldDefinitionNode node)
    {
        var field = new FieldDefinition(node.Name.Value, GetType(node.Type), node.Description?.Value)
        {
            DeprecationReason = DeprecationReason(node.Directives),
            AstNode = node,
        };
        foreach (var argument in node.Arguments)
        {
            if (field.GetArgument(argument.Name.Value) is not null)
            {
                throw Fail($"Argument \"{field.Name}({argument.Name.Value}:)\" can only be defined once.", argument.Name);
            }

            field.AddArgument(BuildInputValue(argument));
        }

        return field;
    }

    private InputValueDefinition BuildInputValue(InputValueDefinitionNode node, bool isInputField = false)
    {
        var value = new InputValueDefinition(node.Name.Value, GetType(node.Type), node.Description?.Value)
        {
            DeprecationReason = DeprecationReason(node.Directives),
            AstNode = node,
        };
        if (node.DefaultValue is not null)
        {
            _pendingDefaults.Add((value, node.DefaultValue, isInputField));
        }

        return value;
    }

    private DirectiveDefinition BuildDirective(DirectiveDefinitionNode node)
    {
        var locations = node.Locations.Select(l => DirectiveLocationExtensions.FromSpecName(l.Value) ?? throw Fail($"Unknown directive location \"{l.Value}\".", l));
        var directive = new DirectiveDefinition(node.Name.Value, locations, node.Description?.Value, node.Repeatable) { AstNode = node };
        foreach (var argument in node.Arguments)
        {
            directive.AddArgument(BuildInputValue(argument));
        }

        return directive;
    }

    private GraphQLType GetType(TypeNode node) => node switch
    {
        ListTypeNode list => new ListType(GetType(list.Type)),
        NonNullTypeNode nonNull => new NonNullType(GetType(nonNull.Type)),
        NamedTypeNode named => GetNamedType(named),
        _ => throw Fail("Unknown type reference.", node),
    };

    private NamedType GetNamedType(NamedTypeNode node) =>
        _types.GetValueOrDefault(node.Name.Value) ?? Scalars.ByName(node.Name.Value)
        ?? throw Fail($"Unknown type \"{node.Name.Value}\".", node);

    /// <summary>The reason of an @deprecated directive (its default when no reason is given), or null.</summary>
    private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
    {
        var deprecated = directives.FirstOrDefault(d => d.Name.Value == "deprecated");
        if (deprecated is null)
        {
            return null;
        }

        return ArgumentString(deprecated, "reason") ?? Types.Directives.DefaultDeprecationReason;
    }

    private static string? ArgumentString(DirectiveNode directive, string name) =>
        directive.Arguments.FirstOrDefault(a => a.Name.Value == name)?.Value is StringValueNode s ? s.Value : null;

    private static bool ExtensionMatches(TypeDefinitionNode node, TypeExtensionNode extension) => (node, extension) switch
    {
        (ScalarTypeDefinitionNode, ScalarTypeExtensionNode) => true,
        (ObjectTypeDefinitionNode, ObjectTypeExtensionNode) => true,
        (InterfaceTypeDefinitionNode, InterfaceTypeExtensionNode) => true,
        (UnionTypeDefinitionNode, UnionTypeExtensionNode) => true,
        (EnumTypeDefinitionNode, EnumTypeExtensionNode) => true,
        (InputObjectTypeDefinitionNode, InputObjectTypeExtensionNode) => true,
        _ => false,
    };

    private static string KindName(TypeDefinitionNode node) => node switch
    {
        ScalarTypeDefinitionNode => "scalar",
        ObjectTypeDefinitionNode => "object",
        InterfaceTypeDefinitionNode => "interface",
        UnionTypeDefinitionNode => "union",
        EnumTypeDefinitionNode => "enum",
        _ => "input object",
    };

    /// <summary>Attaches resolvers, type resolvers and IsTypeOf checks from the options; unknown coordinates are errors.</summary>
    private void BindBehaviour()
    {
        foreach (var (coordinate, resolver) in _options.Resolvers)
        {
            FieldAt(coordinate).Resolver = _options.FieldMiddleware
                .Where(m => m.Where(coordinate))
                .Aggregate(resolver, (inner, m) => m.Wrap(inner));
        }

        foreach (var (coordinate, subscriber) in _options.Subscribers)
        {
            FieldAt(coordinate).Subscriber = subscriber;
        }

        // A resolver attached to an interface field serves implementing object fields that have none.
        foreach (var objectType in _types.Values.OfType<ObjectType>())
        {
            foreach (var field in objectType.Fields.Values.Where(f => f.Resolver is null))
            {
                field.Resolver = objectType.Interfaces.Select(i => i.GetField(field.Name)?.Resolver).FirstOrDefault(r => r is not null);
            }
        }

        foreach (var (name, resolver) in _options.TypeResolvers)
        {
            var type = _types.GetValueOrDefault(name) as IAbstractType
                ?? throw new GraphQLException(GraphQLError.WithCode($"Type resolver for \"{name}\" does not match an interface or union.", ErrorCodes.InvalidSchema));
            type.ResolveType = resolver;
        }

        foreach (var (name, isTypeOf) in _options.IsTypeOfs)
        {
            var type = _types.GetValueOrDefault(name) as ObjectType
                ?? throw new GraphQLException(GraphQLError.WithCode($"IsTypeOf for \"{name}\" does not match an object type.", ErrorCodes.InvalidSchema));
            type.IsTypeOf = isTypeOf;
        }
    }

    private FieldDefinition FieldAt(string coordinate)
    {
        var dot = coordinate.IndexOf('.', StringComparison.Ordinal);
        var field = dot > 0 && _types.GetValueOrDefault(coordinate[..dot]) is ComplexType complex ? complex.GetField(coordinate[(dot + 1)..]) : null;
        return field ?? throw new GraphQLException(GraphQLError.WithCode($"Resolver for \"{coordinate}\" does not match a field in the schema.", ErrorCodes.InvalidSchema));
    }
}

/// <summary>Access to the directives of any type definition or extension node.</summary>
internal static class TypeNodeDirectives
{
    public static IReadOnlyList<DirectiveNode> Directives(this ASTNode node) => node switch
    {
        TypeSystemDefinitionNode d => d.Directives,
        TypeSystemExtensionNode e => e.Directives,
        _ => [],
    };
}
