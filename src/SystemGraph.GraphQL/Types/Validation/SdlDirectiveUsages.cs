using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Types.Validation;

/// <summary>
/// Checks the directives an SDL document applies (§3.13 Directives, and the type system validation graphql-js
/// runs on SDL before building): each must be defined, used in one of its locations, at most once per location
/// unless repeatable (a type's definition and its extensions count as one location), with only the arguments it
/// defines and every required one given.
/// </summary>
internal static class SdlDirectiveUsages
{
    public static IReadOnlyList<GraphQLError> Validate(DocumentNode document, IReadOnlyList<DirectiveDefinition> directives)
    {
        var known = directives.ToDictionary(d => d.Name, StringComparer.Ordinal);
        var errors = new List<GraphQLError>();
        var onTypes = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    Check(schema.Directives, DirectiveLocation.Schema, Shared(onTypes, string.Empty));
                    break;
                case SchemaExtensionNode schema:
                    Check(schema.Directives, DirectiveLocation.Schema, Shared(onTypes, string.Empty));
                    break;
                case DirectiveDefinitionNode directive:
                    Arguments(directive.Arguments);
                    break;
                case TypeDefinitionNode type:
                    Check(type.Directives, LocationOf(type), Shared(onTypes, type.Name.Value));
                    Members(type);
                    break;
                case TypeExtensionNode extension:
                    Check(extension.Directives, LocationOf(extension), Shared(onTypes, extension.Name.Value));
                    Members(extension);
                    break;
            }
        }

        return errors;

        void Members(ASTNode type)
        {
            var (fields, values, inputFields) = type switch
            {
                ObjectTypeDefinitionNode n => (n.Fields, [], []),
                ObjectTypeExtensionNode n => (n.Fields, [], []),
                InterfaceTypeDefinitionNode n => (n.Fields, [], []),
                InterfaceTypeExtensionNode n => (n.Fields, [], []),
                EnumTypeDefinitionNode n => ([], n.Values, []),
                EnumTypeExtensionNode n => ([], n.Values, []),
                InputObjectTypeDefinitionNode n => ([], [], n.Fields),
                InputObjectTypeExtensionNode n => ([], [], n.Fields),
                _ => ((IReadOnlyList<FieldDefinitionNode>)[], (IReadOnlyList<EnumValueDefinitionNode>)[], (IReadOnlyList<InputValueDefinitionNode>)[]),
            };
            foreach (var field in fields)
            {
                Check(field.Directives, DirectiveLocation.FieldDefinition, null);
                Arguments(field.Arguments);
            }

            foreach (var value in values)
            {
                Check(value.Directives, DirectiveLocation.EnumValue, null);
            }

            foreach (var field in inputFields)
            {
                Check(field.Directives, DirectiveLocation.InputFieldDefinition, null);
            }
        }

        void Arguments(IReadOnlyList<InputValueDefinitionNode> arguments)
        {
            foreach (var argument in arguments)
            {
                Check(argument.Directives, DirectiveLocation.ArgumentDefinition, null);
            }
        }

        void Check(IReadOnlyList<DirectiveNode> applied, DirectiveLocation location, HashSet<string>? sharedLocation)
        {
            var seen = sharedLocation ?? new HashSet<string>(StringComparer.Ordinal);
            foreach (var node in applied)
            {
                var name = node.Name.Value;
                if (!known.TryGetValue(name, out var directive))
                {
                    errors.Add(Error($"Unknown directive \"@{name}\".", node));
                    continue;
                }

                if (!directive.Locations.Contains(location))
                {
                    errors.Add(Error($"Directive \"@{name}\" may not be used on {location.ToSpecName()}.", node));
                }

                if (!directive.IsRepeatable && !seen.Add(name))
                {
                    errors.Add(Error($"The directive \"@{name}\" can only be used once at this location.", node));
                }

                foreach (var argument in node.Arguments.Where(a => directive.GetArgument(a.Name.Value) is null))
                {
                    errors.Add(Error($"Unknown argument \"{argument.Name.Value}\" on directive \"@{name}\".", argument));
                }

                foreach (var required in directive.Arguments.Where(a => a.Type is NonNullType && !a.HasDefaultValue && node.Arguments.All(given => given.Name.Value != a.Name)))
                {
                    errors.Add(Error($"Directive \"@{name}\" argument \"{required.Name}\" of type \"{required.Type}\" is required, but it was not provided.", node));
                }
            }
        }
    }

    /// <summary>The directive names already applied to a type (or, under the empty name, the schema) across its definition and extensions.</summary>
    private static HashSet<string> Shared(Dictionary<string, HashSet<string>> onTypes, string name)
    {
        if (!onTypes.TryGetValue(name, out var seen))
        {
            onTypes[name] = seen = new HashSet<string>(StringComparer.Ordinal);
        }

        return seen;
    }

    private static DirectiveLocation LocationOf(ASTNode type) => type switch
    {
        ScalarTypeDefinitionNode or ScalarTypeExtensionNode => DirectiveLocation.Scalar,
        ObjectTypeDefinitionNode or ObjectTypeExtensionNode => DirectiveLocation.Object,
        InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => DirectiveLocation.Interface,
        UnionTypeDefinitionNode or UnionTypeExtensionNode => DirectiveLocation.Union,
        EnumTypeDefinitionNode or EnumTypeExtensionNode => DirectiveLocation.Enum,
        _ => DirectiveLocation.InputObject,
    };

    private static GraphQLError Error(string message, ASTNode node) => GraphQLError.WithCode(message, ErrorCodes.InvalidSchema).WithNodes([node]);
}
