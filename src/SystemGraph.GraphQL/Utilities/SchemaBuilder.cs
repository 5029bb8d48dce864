using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;

namespace SystemGraph.GraphQL.Utilities;

/// <summary>
/// Builds a <see cref="GraphQLSchema"/> from SDL (type system definitions and extensions, §3), like
/// graphql-js's buildASTSchema/extendSchema, then binds resolvers and other behaviour from
/// <see cref="SchemaBuilderOptions"/> and validates the result.
/// </summary>
public sealed partial class SchemaBuilder
{
    private readonly SchemaBuilderOptions _options;
    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly List<(InputValueDefinition Value, ValueNode Node, bool IsInputField)> _pendingDefaults = [];

    private SchemaBuilder(SchemaBuilderOptions options) => _options = options;

    /// <summary>Parses and builds a schema from SDL. Throws <see cref="GraphQLException"/> on syntax or schema errors.</summary>
    public static GraphQLSchema BuildFromSdl(string sdl, Action<SchemaBuilderOptions>? configure = null)
    {
        var document = Parser.Parse(sdl, new ParserOptions { MaxDocumentBytes = 0, MaxTokens = 0 });
        return BuildFromDocument(document, configure);
    }

    /// <summary>Builds a schema from a parsed SDL document.</summary>
    public static GraphQLSchema BuildFromDocument(DocumentNode document, Action<SchemaBuilderOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var options = new SchemaBuilderOptions();
        configure?.Invoke(options);
        var schema = new SchemaBuilder(options).Build(document);
        if (!options.AssumeValid)
        {
            schema.AssertValid();
        }

        return schema;
    }

    private GraphQLSchema Build(DocumentNode document)
    {
        SchemaDefinitionNode? schemaDef = null;
        var schemaExtensions = new List<SchemaExtensionNode>();
        var typeDefs = new List<TypeDefinitionNode>();
        var typeExtensions = new List<TypeExtensionNode>();
        var directiveDefs = new List<DirectiveDefinitionNode>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode s when schemaDef is not null:
                    throw Fail("Must provide only one schema definition.", s);
                case SchemaDefinitionNode s:
                    schemaDef = s;
                    break;
                case SchemaExtensionNode e:
                    schemaExtensions.Add(e);
                    break;
                case TypeDefinitionNode t:
                    typeDefs.Add(t);
                    break;
                case TypeExtensionNode e:
                    typeExtensions.Add(e);
                    break;
                case DirectiveDefinitionNode d:
                    directiveDefs.Add(d);
                    break;
                default:
                    throw Fail("Only type system definitions are allowed in SDL, found an executable definition.", definition);
            }
        }

        foreach (var typeDef in typeDefs)
        {
            if (_types.ContainsKey(typeDef.Name.Value) || (Scalars.ByName(typeDef.Name.Value) is null && Introspection.IntrospectionTypes.All.Any(t => t.Name == typeDef.Name.Value)))
            {
                throw Fail($"There can be only one type named \"{typeDef.Name.Value}\".", typeDef.Name);
            }

            _types[typeDef.Name.Value] = CreateType(typeDef);
        }

        var extensionsByName = typeExtensions.ToLookup(e => e.Name.Value);
        foreach (var extension in typeExtensions)
        {
            if (!_types.ContainsKey(extension.Name.Value))
            {
                throw Fail($"Cannot extend type \"{extension.Name.Value}\" because it is not defined.", extension.Name);
            }
        }

        foreach (var typeDef in typeDefs)
        {
            Populate(_types[typeDef.Name.Value], typeDef, extensionsByName[typeDef.Name.Value].ToList());
        }

        var directives = directiveDefs.Select(BuildDirective).ToList();
        foreach (var specified in Types.Directives.Specified)
        {
            if (directives.All(d => d.Name != specified.Name))
            {
                directives.Add(specified);
            }
        }

        ResolveDefaultValues();

        // §3.13: every directive the SDL applies is defined, in a valid location, unique unless repeatable, with known
        // and required arguments (graphql-js checks these before building; so do we, all errors at once, once
        // argument defaults are known: a required argument with a default may be left out).
        if (Types.Validation.SdlDirectiveUsages.Validate(document, directives) is { Count: > 0 } misuses)
        {
            throw new GraphQLException(GraphQLError.WithCode(string.Join("\n\n", misuses.Select(e => e.Message)), ErrorCodes.InvalidSchema, misuses[0].Locations));
        }

        var roots = ResolveRootTypes(schemaDef, schemaExtensions);
        var schema = new GraphQLSchema(
            roots.GetValueOrDefault(OperationType.Query),
            roots.GetValueOrDefault(OperationType.Mutation),
            roots.GetValueOrDefault(OperationType.Subscription),
            typeDefs.Select(t => _types[t.Name.Value]),
            directives,
            schemaDef?.Description?.Value)
        {
            AstNode = schemaDef,
        };
        foreach (var extension in schemaExtensions)
        {
            schema.ExtensionAstNodes.Add(extension);
        }

        BindBehaviour();
        return schema;
    }

    private Dictionary<OperationType, ObjectType?> ResolveRootTypes(SchemaDefinitionNode? schemaDef, List<SchemaExtensionNode> extensions)
    {
        var roots = new Dictionary<OperationType, ObjectType?>();
        var operationTypes = (schemaDef?.OperationTypes ?? []).Concat(extensions.SelectMany(e => e.OperationTypes)).ToList();
        if (schemaDef is null && operationTypes.Count == 0)
        {
            roots[OperationType.Query] = _types.GetValueOrDefault("Query") as ObjectType;
            roots[OperationType.Mutation] = _types.GetValueOrDefault("Mutation") as ObjectType;
            roots[OperationType.Subscription] = _types.GetValueOrDefault("Subscription") as ObjectType;
            return roots;
        }

        foreach (var operationType in operationTypes)
        {
            var type = GetNamedType(operationType.Type);
            roots[operationType.Operation] = type as ObjectType
                ?? throw Fail($"{Capitalize(Printer.OperationName(operationType.Operation))} root type must be Object type, it cannot be {type.Name}.", operationType.Type);
        }

        return roots;
    }

    /// <summary>
    /// Converts default value literals to internal values. Input object literals take the defaults of fields
    /// they omit, so the defaults of input fields are resolved first, in passes until nested ones settle.
    /// </summary>
    private void ResolveDefaultValues()
    {
        var inputFieldDefaults = _pendingDefaults.Where(d => d.IsInputField).ToList();
        var passes = Math.Min(inputFieldDefaults.Count, 8) + 1;
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var (value, node, _) in inputFieldDefaults)
            {
                if (ValueFromAst.TryConvert(node, value.Type, null, out var defaultValue))
                {
                    value.DefaultValue = defaultValue;
                }
            }
        }

        foreach (var (value, node, _) in _pendingDefaults.Where(d => !d.IsInputField))
        {
            if (ValueFromAst.TryConvert(node, value.Type, null, out var defaultValue))
            {
                value.DefaultValue = defaultValue;
            }
        }
    }

    private static string Capitalize(string value) => char.ToUpperInvariant(value[0]) + value[1..];

    private static GraphQLException Fail(string message, ASTNode node) =>
        new(GraphQLError.WithCode(message, ErrorCodes.InvalidSchema).WithNodes([node]));
}
