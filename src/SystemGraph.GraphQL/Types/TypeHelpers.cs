using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Types;

/// <summary>Type predicates and helpers of §3 (graphql-js's isInputType, getNamedType, typeFromAST, ...).</summary>
public static class TypeHelpers
{
    /// <summary>The named type inside any List/Non-Null wrappers.</summary>
    public static NamedType GetNamedType(this GraphQLType type) => type switch
    {
        NamedType named => named,
        ListType list => list.OfType.GetNamedType(),
        NonNullType nonNull => nonNull.OfType.GetNamedType(),
        _ => throw new ArgumentException("Unknown type " + type, nameof(type)),
    };

    /// <summary>The type without a Non-Null wrapper.</summary>
    public static GraphQLType GetNullableType(this GraphQLType type) => type is NonNullType nonNull ? nonNull.OfType : type;

    /// <summary>IsInputType (§3.4.2): scalars, enums, input objects and wrappers of them.</summary>
    public static bool IsInputType(this GraphQLType? type) =>
        type is not null && type.GetNamedType() is ScalarType or EnumType or InputObjectType;

    /// <summary>IsOutputType (§3.4.2): scalars, objects, interfaces, unions, enums and wrappers of them.</summary>
    public static bool IsOutputType(this GraphQLType? type) =>
        type is not null && type.GetNamedType() is ScalarType or ObjectType or InterfaceType or UnionType or EnumType;

    /// <summary>Leaf types: scalars and enums.</summary>
    public static bool IsLeafType(this GraphQLType? type) => type is ScalarType or EnumType;

    /// <summary>Composite types: objects, interfaces and unions.</summary>
    public static bool IsCompositeType(this GraphQLType? type) => type is ObjectType or InterfaceType or UnionType;

    /// <summary>Abstract types: interfaces and unions.</summary>
    public static bool IsAbstractType(this GraphQLType? type) => type is InterfaceType or UnionType;

    /// <summary>Abstract types: interfaces and unions (graphql-js's isAbstractType).</summary>
    public static bool IsAbstract(this GraphQLType? type) => type.IsAbstractType();

    /// <summary>Wrapping types: List and Non-Null.</summary>
    public static bool IsWrappingType(this GraphQLType? type) => type is ListType or NonNullType;

    public static bool IsNonNullType(this GraphQLType? type) => type is NonNullType;

    public static bool IsListType(this GraphQLType? type) => type is ListType;

    /// <summary>An argument that must be supplied: Non-Null and without a default.</summary>
    public static bool IsRequired(this InputValueDefinition value) => value.Type is NonNullType && !value.HasDefaultValue;

    /// <summary>True when both references denote the same type.</summary>
    public static bool IsEqualType(GraphQLType a, GraphQLType b) => (a, b) switch
    {
        _ when ReferenceEquals(a, b) => true,
        (NonNullType x, NonNullType y) => IsEqualType(x.OfType, y.OfType),
        (ListType x, ListType y) => IsEqualType(x.OfType, y.OfType),
        (NamedType x, NamedType y) => x.Name == y.Name,
        _ => false,
    };

    /// <summary>
    /// Whether <paramref name="maybeSubType"/> may be used where <paramref name="superType"/> is expected
    /// (covariant field types for IsValidImplementationFieldType, §3.7 IsValidImplementation).
    /// </summary>
    public static bool IsTypeSubTypeOf(GraphQLSchema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (IsEqualType(maybeSubType, superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        }

        if (maybeSubType is ListType)
        {
            return false;
        }

        return superType is IAbstractType && maybeSubType is ObjectType or InterfaceType &&
            schema.IsSubType((NamedType)superType, (NamedType)maybeSubType);
    }

    /// <summary>Whether two composite types share at least one possible object type.</summary>
    public static bool DoTypesOverlap(GraphQLSchema schema, NamedType typeA, NamedType typeB)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (ReferenceEquals(typeA, typeB) || typeA.Name == typeB.Name)
        {
            return true;
        }

        if (typeA is IAbstractType)
        {
            if (typeB is IAbstractType)
            {
                return schema.GetPossibleTypes(typeA).Any(t => schema.IsSubType(typeB, t));
            }

            return schema.IsSubType(typeA, typeB);
        }

        if (typeB is IAbstractType)
        {
            return schema.IsSubType(typeB, typeA);
        }

        return false;
    }

    /// <summary>The schema type a type reference in a document denotes, or null if a named type is unknown.</summary>
    public static GraphQLType? TypeFromAst(GraphQLSchema schema, TypeNode typeNode)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return typeNode switch
        {
            ListTypeNode list => TypeFromAst(schema, list.Type) is { } inner ? new ListType(inner) : null,
            NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner && inner is not NonNullType ? new NonNullType(inner) : null,
            NamedTypeNode named => schema.GetType(named.Name.Value),
            _ => null,
        };
    }
}
