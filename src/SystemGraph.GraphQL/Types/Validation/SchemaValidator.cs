using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Types;

/// <summary>
/// Checks a schema against the type system rules of §3 (root types, names, fields and arguments,
/// interface implementation with covariance, union members, enum values, input objects and their
/// non-null cycles, directives), with graphql-js's messages. Use <see cref="GraphQLSchema.Validate"/>.
/// https://spec.graphql.org/October2021/#sec-Type-System
/// </summary>
internal sealed partial class SchemaValidator
{
    private readonly GraphQLSchema _schema;
    private readonly List<GraphQLError> _errors = [];

    private SchemaValidator(GraphQLSchema schema) => _schema = schema;

    public static IReadOnlyList<GraphQLError> Validate(GraphQLSchema schema)
    {
        var validator = new SchemaValidator(schema);
        validator.ValidateRootTypes();
        validator.ValidateDirectives();
        validator.ValidateTypes();
        return validator._errors;
    }

    private void Report(string message, params ASTNode?[] nodes) =>
        _errors.Add(GraphQLError.WithCode(message, ErrorCodes.InvalidSchema).WithNodes(nodes.OfType<ASTNode>()));

    /// <summary>§3.3.1 Root Operation Types: a query root type must exist and root types must be distinct object types.</summary>
    private void ValidateRootTypes()
    {
        if (_schema.QueryType is null)
        {
            Report("Query root type must be provided.", _schema.AstNode);
        }
    }

    /// <summary>§3.13 Directives: names, at least one location, input-typed arguments, required arguments not deprecated.</summary>
    private void ValidateDirectives()
    {
        foreach (var directive in _schema.Directives)
        {
            ValidateName(directive.Name, directive.AstNode);
            if (directive.Locations.Count == 0)
            {
                Report($"Directive @{directive.Name} must include 1 or more locations.", directive.AstNode);
            }

            foreach (var argument in directive.Arguments)
            {
                ValidateName(argument.Name, argument.AstNode);
                if (!argument.Type.IsInputType())
                {
                    Report($"The type of @{directive.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.", argument.AstNode);
                }

                if (argument.IsRequired() && argument.DeprecationReason is not null)
                {
                    Report($"Required argument @{directive.Name}({argument.Name}:) cannot be deprecated.", DeprecatedNode(argument.AstNode), argument.AstNode?.Type);
                }
            }
        }
    }

    /// <summary>§2.1.9 Names: valid characters, and no "__" prefix outside introspection.</summary>
    private void ValidateName(string name, ASTNode? node)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            Report($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node);
        }
        else if (name.Length == 0 || !CharClasses.IsNameStart(name[0]))
        {
            Report($"Names must start with [_a-zA-Z] but \"{name}\" does not.", node);
        }
        else if (!CharClasses.IsName(name))
        {
            Report($"Names must only contain [_a-zA-Z0-9] but \"{name}\" does not.", node);
        }
    }

    private void ValidateTypes()
    {
        var cycles = new InputObjectCycleDetector(this);
        foreach (var type in _schema.TypeMap.Values)
        {
            if (!Introspection.IntrospectionTypes.IsIntrospectionType(type))
            {
                ValidateName(type.Name, type.AstNode);
            }

            switch (type)
            {
                case ComplexType complex:
                    ValidateFields(complex);
                    ValidateInterfaces(complex);
                    break;
                case UnionType union:
                    ValidateUnionMembers(union);
                    break;
                case EnumType enumType:
                    ValidateEnumValues(enumType);
                    break;
                case InputObjectType input:
                    ValidateInputFields(input);
                    cycles.Detect(input);
                    break;
            }
        }
    }

    private static ASTNode?[] TypeNodes(NamedType type) => [type.AstNode, .. type.ExtensionAstNodes];

    /// <summary>The NamedType nodes of the implements clauses of a type (definition and extensions) that name an interface.</summary>
    private static ASTNode?[] ImplementsNodes(ComplexType type, string interfaceName) =>
        new ASTNode?[] { type.AstNode }.Concat(type.ExtensionAstNodes)
            .SelectMany(n => n switch
            {
                ObjectTypeDefinitionNode o => o.Interfaces,
                InterfaceTypeDefinitionNode i => i.Interfaces,
                ObjectTypeExtensionNode o => o.Interfaces,
                InterfaceTypeExtensionNode i => i.Interfaces,
                _ => [],
            })
            .Where(n => n.Name.Value == interfaceName)
            .ToArray<ASTNode?>();

    /// <summary>The NamedType nodes of a union's member list (definition and extensions) that name a type.</summary>
    private static ASTNode?[] UnionMemberNodes(UnionType union, string memberName) =>
        new ASTNode?[] { union.AstNode }.Concat(union.ExtensionAstNodes)
            .SelectMany(n => n switch
            {
                UnionTypeDefinitionNode u => u.Types,
                UnionTypeExtensionNode u => u.Types,
                _ => [],
            })
            .Where(n => n.Name.Value == memberName)
            .ToArray<ASTNode?>();

    /// <summary>The @deprecated directive node of an input value definition, if any.</summary>
    private static ASTNode? DeprecatedNode(InputValueDefinitionNode? node) =>
        node?.Directives.FirstOrDefault(d => d.Name.Value == "deprecated");
}
