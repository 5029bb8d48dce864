using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;

namespace SystemGraph.GraphQL.Introspection;

/// <summary>
/// The introspection types of §4.2 (__Schema, __Type, __Field, __InputValue, __EnumValue, __Directive,
/// __TypeKind, __DirectiveLocation). Their resolvers read the schema model: the source values are
/// <see cref="GraphQLSchema"/>, <see cref="GraphQLType"/>, <see cref="FieldDefinition"/>,
/// <see cref="InputValueDefinition"/>, <see cref="EnumValueDefinition"/> and <see cref="DirectiveDefinition"/>.
/// https://spec.graphql.org/October2021/#sec-Schema-Introspection
/// </summary>
public static partial class IntrospectionTypes
{
    static IntrospectionTypes()
    {
        TypeKindEnum = BuildTypeKind();
        DirectiveLocationEnum = BuildDirectiveLocation();
        Type = new ObjectType("__Type", "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.");
        Field = new ObjectType("__Field", "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.");
        InputValue = new ObjectType("__InputValue", "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.");
        EnumValue = new ObjectType("__EnumValue", "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.");
        Directive = new ObjectType("__Directive", "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.");
        Schema = new ObjectType("__Schema", "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.");
        DefineSchema();
        DefineDirective();
        DefineType();
        DefineField();
        DefineInputValue();
        DefineEnumValue();
        SchemaMetaField = new FieldDefinition("__schema", new NonNullType(Schema), "Access the current type schema of this server.")
            .Resolve(context => context.Schema);
        TypeMetaField = new FieldDefinition("__type", Type, "Request the type information of a single type.")
            .Argument("name", new NonNullType(Scalars.String))
            .Resolve(context => context.Schema.GetType(context.GetArgument<string>("name") ?? string.Empty));
        TypeNameMetaField = new FieldDefinition("__typename", new NonNullType(Scalars.String), "The name of the current Object type at runtime.")
            .Resolve(context => context.ParentType.Name);
        All = [Schema, Directive, DirectiveLocationEnum, Type, Field, InputValue, EnumValue, TypeKindEnum];
    }

    public static ObjectType Schema { get; }

    public static ObjectType Directive { get; }

    public static EnumType DirectiveLocationEnum { get; }

    public static ObjectType Type { get; }

    public static ObjectType Field { get; }

    public static ObjectType InputValue { get; }

    public static ObjectType EnumValue { get; }

    public static EnumType TypeKindEnum { get; }

    /// <summary>__schema: __Schema! on the query root (§4.1).</summary>
    public static FieldDefinition SchemaMetaField { get; }

    /// <summary>__type(name: String!): __Type on the query root (§4.1).</summary>
    public static FieldDefinition TypeMetaField { get; }

    /// <summary>__typename: String! on every object, interface and union (§4.1).</summary>
    public static FieldDefinition TypeNameMetaField { get; }

    /// <summary>Every introspection type.</summary>
    public static IReadOnlyList<NamedType> All { get; }

    /// <summary>True for the introspection types (compared by name).</summary>
    public static bool IsIntrospectionType(NamedType type) => All.Any(t => t.Name == type?.Name);

    private static NonNullType NN(GraphQLType type) => new(type);

    private static ListType L(GraphQLType type) => new(type);

    private static EnumType BuildTypeKind()
    {
        var kind = new EnumType("__TypeKind", "An enum describing what kind of type a given `__Type` is.");
        (TypeKind Kind, string Name, string Description)[] values =
        [
            (TypeKind.Scalar, "SCALAR", "Indicates this type is a scalar."),
            (TypeKind.Object, "OBJECT", "Indicates this type is an object. `fields` and `interfaces` are valid fields."),
            (TypeKind.Interface, "INTERFACE", "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields."),
            (TypeKind.Union, "UNION", "Indicates this type is a union. `possibleTypes` is a valid field."),
            (TypeKind.Enum, "ENUM", "Indicates this type is an enum. `enumValues` is a valid field."),
            (TypeKind.InputObject, "INPUT_OBJECT", "Indicates this type is an input object. `inputFields` is a valid field."),
            (TypeKind.List, "LIST", "Indicates this type is a list. `ofType` is a valid field."),
            (TypeKind.NonNull, "NON_NULL", "Indicates this type is a non-null. `ofType` is a valid field."),
        ];
        foreach (var (value, name, description) in values)
        {
            kind.AddValue(new EnumValueDefinition(name, value, description));
        }

        return kind;
    }

    private static EnumType BuildDirectiveLocation()
    {
        var location = new EnumType("__DirectiveLocation", "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.");
        foreach (var value in Enum.GetValues<DirectiveLocation>())
        {
            location.AddValue(new EnumValueDefinition(value.ToSpecName(), value, LocationDescription(value)));
        }

        return location;
    }

    private static string LocationDescription(DirectiveLocation location) => location switch
    {
        DirectiveLocation.Query => "Location adjacent to a query operation.",
        DirectiveLocation.Mutation => "Location adjacent to a mutation operation.",
        DirectiveLocation.Subscription => "Location adjacent to a subscription operation.",
        DirectiveLocation.Field => "Location adjacent to a field.",
        DirectiveLocation.FragmentDefinition => "Location adjacent to a fragment definition.",
        DirectiveLocation.FragmentSpread => "Location adjacent to a fragment spread.",
        DirectiveLocation.InlineFragment => "Location adjacent to an inline fragment.",
        DirectiveLocation.VariableDefinition => "Location adjacent to a variable definition.",
        DirectiveLocation.Schema => "Location adjacent to a schema definition.",
        DirectiveLocation.Scalar => "Location adjacent to a scalar definition.",
        DirectiveLocation.Object => "Location adjacent to an object type definition.",
        DirectiveLocation.FieldDefinition => "Location adjacent to a field definition.",
        DirectiveLocation.ArgumentDefinition => "Location adjacent to an argument definition.",
        DirectiveLocation.Interface => "Location adjacent to an interface definition.",
        DirectiveLocation.Union => "Location adjacent to a union definition.",
        DirectiveLocation.Enum => "Location adjacent to an enum definition.",
        DirectiveLocation.EnumValue => "Location adjacent to an enum value definition.",
        DirectiveLocation.InputObject => "Location adjacent to an input object type definition.",
        _ => "Location adjacent to an input object field definition.",
    };

    private static object? Source(Execution.IResolveFieldContext context) => context.Source;

    private static bool IncludeDeprecated(Execution.IResolveFieldContext context) => context.GetArgument("includeDeprecated", false);

    /// <summary>The default value of an input value printed as a GraphQL literal (null when there is none).</summary>
    internal static string? PrintDefaultValue(InputValueDefinition value)
    {
        if (!value.HasDefaultValue)
        {
            return null;
        }

        var ast = Utilities.AstFromValue.Convert(value.DefaultValue, value.Type);
        return ast is null ? null : Printer.Print(ast);
    }
}
