using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Types;

/// <summary>
/// A schema (§3.3): root operation types, every named type reachable from them (plus any extra types),
/// the directives and the introspection types. Build it in code or with <c>SchemaBuilder.BuildFromSdl</c>;
/// check it with <see cref="Validate"/>.
/// </summary>
public sealed partial class GraphQLSchema
{
    private readonly OrderedDictionary<string, NamedType> _typeMap = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ObjectType>> _possibleTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<InterfaceType>> _interfaceImplementations = new(StringComparer.Ordinal);
    private IReadOnlyList<GraphQLError>? _validationErrors;

    public GraphQLSchema(
        ObjectType? query,
        ObjectType? mutation = null,
        ObjectType? subscription = null,
        IEnumerable<NamedType>? types = null,
        IEnumerable<DirectiveDefinition>? directives = null,
        string? description = null)
    {
        QueryType = query;
        MutationType = mutation;
        SubscriptionType = subscription;
        Description = description;
        Directives = (directives ?? Types.Directives.Specified).ToList();

        // As graphql-js does: explicit types keep their order (each is moved to the end as it is
        // processed, then the types it references follow it), then root, directive and introspection types.
        var explicitTypes = (types ?? []).ToList();
        var seen = new HashSet<NamedType>(ReferenceEqualityComparer.Instance);
        foreach (var type in explicitTypes)
        {
            AddType(type);
            seen.Add(type);
        }

        foreach (var type in explicitTypes)
        {
            _typeMap.Remove(type.Name);
            seen.Remove(type);
            Collect(type, seen);
        }

        var all = new List<GraphQLType>();
        foreach (var root in new[] { query, mutation, subscription })
        {
            if (root is not null)
            {
                all.Add(root);
            }
        }

        foreach (var directive in Directives)
        {
            all.AddRange(directive.Arguments.Select(a => a.Type));
        }

        all.Add(Introspection.IntrospectionTypes.Schema);
        foreach (var type in all)
        {
            Collect(type, seen);
        }

        IndexImplementations();
    }

    public string? Description { get; set; }

    public SchemaDefinitionNode? AstNode { get; set; }

    public IList<SchemaExtensionNode> ExtensionAstNodes { get; } = [];

    public ObjectType? QueryType { get; }

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    /// <summary>Every named type, including built-in scalars in use and the introspection types, in collection order.</summary>
    public IReadOnlyDictionary<string, NamedType> TypeMap => _typeMap;

    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    /// <summary>Finds a named type.</summary>
    public NamedType? GetType(string name) => _typeMap.GetValueOrDefault(name);

    /// <summary>Finds a directive.</summary>
    public DirectiveDefinition? GetDirective(string name) => Directives.FirstOrDefault(d => d.Name == name);

    /// <summary>The root type for an operation type (null when the schema does not support it).</summary>
    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    /// <summary>The object types an abstract type may be at runtime (union members or implementing objects).</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) => abstractType switch
    {
        UnionType union => union.Types,
        InterfaceType iface => _possibleTypes.TryGetValue(iface.Name, out var list) ? list : [],
        ObjectType obj => [obj],
        _ => [],
    };

    /// <summary>The interfaces that implement an interface.</summary>
    public IReadOnlyList<InterfaceType> GetInterfaceImplementations(InterfaceType type) =>
        _interfaceImplementations.TryGetValue(type.Name, out var list) ? list : [];

    /// <summary>Whether <paramref name="maybeSubType"/> is a possible type of, or implements, <paramref name="abstractType"/>.</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType) => abstractType switch
    {
        UnionType union => union.Types.Any(t => t.Name == maybeSubType.Name),
        InterfaceType iface when maybeSubType is ObjectType => GetPossibleTypes(iface).Any(t => t.Name == maybeSubType.Name),
        InterfaceType iface when maybeSubType is InterfaceType => GetInterfaceImplementations(iface).Any(t => t.Name == maybeSubType.Name),
        _ => false,
    };

    /// <summary>Whether an object type is a possible type of an abstract type.</summary>
    public bool IsPossibleType(NamedType abstractType, ObjectType possibleType) => IsSubType(abstractType, possibleType);

    /// <summary>The type system errors of this schema (§3), computed once. Empty when valid.</summary>
    public IReadOnlyList<GraphQLError> Validate() => _validationErrors ??= SchemaValidator.Validate(this);

    /// <summary>Throws a <see cref="GraphQLException"/> listing every error when the schema is invalid.</summary>
    public void AssertValid()
    {
        var errors = Validate();
        if (errors.Count > 0)
        {
            throw new GraphQLException(GraphQLError.WithCode(string.Join("\n\n", errors.Select(e => e.Message)), ErrorCodes.InvalidSchema));
        }
    }

    private void Collect(GraphQLType type, HashSet<NamedType> seen)
    {
        var named = type.GetNamedType();
        if (!seen.Add(named))
        {
            return;
        }

        AddType(named);
        switch (named)
        {
            case UnionType union:
                foreach (var member in union.Types)
                {
                    Collect(member, seen);
                }

                break;
            case ComplexType complex:
                foreach (var iface in complex.Interfaces)
                {
                    Collect(iface, seen);
                }

                foreach (var field in complex.Fields.Values)
                {
                    Collect(field.Type, seen);
                    foreach (var argument in field.Arguments)
                    {
                        Collect(argument.Type, seen);
                    }
                }

                break;
            case InputObjectType input:
                foreach (var field in input.Fields.Values)
                {
                    Collect(field.Type, seen);
                }

                break;
        }
    }

    private void AddType(NamedType named)
    {
        if (_typeMap.TryGetValue(named.Name, out var existing) && !ReferenceEquals(existing, named))
        {
            throw new GraphQLException(GraphQLError.WithCode(
                $"Schema must contain uniquely named types but contains multiple types named \"{named.Name}\".", ErrorCodes.InvalidSchema));
        }

        _typeMap[named.Name] = named;
    }

    private void IndexImplementations()
    {
        foreach (var type in _typeMap.Values)
        {
            if (type is not ComplexType complex)
            {
                continue;
            }

            foreach (var iface in complex.Interfaces)
            {
                if (complex is ObjectType obj)
                {
                    GetOrAdd(_possibleTypes, iface.Name).Add(obj);
                }
                else if (complex is InterfaceType implementing)
                {
                    GetOrAdd(_interfaceImplementations, iface.Name).Add(implementing);
                }
            }
        }
    }

    private static List<T> GetOrAdd<T>(Dictionary<string, List<T>> map, string key)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        return list;
    }
}
