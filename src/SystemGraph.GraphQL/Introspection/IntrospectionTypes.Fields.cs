using SystemGraph.GraphQL.Types;

namespace SystemGraph.GraphQL.Introspection;

public static partial class IntrospectionTypes
{
    /// <summary>__Schema (§4.2.1).</summary>
    private static void DefineSchema()
    {
        Schema.Field("description", Scalars.String, c => ((GraphQLSchema)Source(c)!).Description);
        Schema.Field("types", NN(L(NN(Type))), c => ((GraphQLSchema)Source(c)!).TypeMap.Values.ToList(), "A list of all types supported by this server.");
        Schema.Field("queryType", NN(Type), c => ((GraphQLSchema)Source(c)!).QueryType, "The type that query operations will be rooted at.");
        Schema.Field("mutationType", Type, c => ((GraphQLSchema)Source(c)!).MutationType, "If this server supports mutation, the type that mutation operations will be rooted at.");
        Schema.Field("subscriptionType", Type, c => ((GraphQLSchema)Source(c)!).SubscriptionType, "If this server support subscription, the type that subscription operations will be rooted at.");
        Schema.Field("directives", NN(L(NN(Directive))), c => ((GraphQLSchema)Source(c)!).Directives, "A list of all directives supported by this server.");
    }

    /// <summary>__Directive (§4.2.6).</summary>
    private static void DefineDirective()
    {
        Directive.Field("name", NN(Scalars.String), c => ((DirectiveDefinition)Source(c)!).Name);
        Directive.Field("description", Scalars.String, c => ((DirectiveDefinition)Source(c)!).Description);
        Directive.Field("isRepeatable", NN(Scalars.Boolean), c => ((DirectiveDefinition)Source(c)!).IsRepeatable);
        Directive.Field("locations", NN(L(NN(DirectiveLocationEnum))), c => ((DirectiveDefinition)Source(c)!).Locations.Cast<object>().ToList());
        Directive.Field("args", NN(L(NN(InputValue))), c =>
                ((DirectiveDefinition)Source(c)!).Arguments.Where(a => IncludeDeprecated(c) || !a.IsDeprecated).ToList())
            .Argument("includeDeprecated", Scalars.Boolean, false);
    }

    /// <summary>__Type (§4.2.2).</summary>
    private static void DefineType()
    {
        Type.Field("kind", NN(TypeKindEnum), c => ((GraphQLType)Source(c)!).Kind);
        Type.Field("name", Scalars.String, c => (Source(c) as NamedType)?.Name);
        Type.Field("description", Scalars.String, c => (Source(c) as NamedType)?.Description);
        Type.Field("specifiedByURL", Scalars.String, c => (Source(c) as ScalarType)?.SpecifiedByUrl);
        Type.Field("fields", L(NN(Field)), c => Source(c) is ComplexType complex
                ? complex.Fields.Values.Where(f => IncludeDeprecated(c) || !f.IsDeprecated).ToList()
                : null)
            .Argument("includeDeprecated", Scalars.Boolean, false);
        Type.Field("interfaces", L(NN(Type)), c => (Source(c) as ComplexType)?.Interfaces);
        Type.Field("possibleTypes", L(NN(Type)), c => Source(c) is IAbstractType ? c.Schema.GetPossibleTypes((NamedType)Source(c)!) : null);
        Type.Field("enumValues", L(NN(EnumValue)), c => Source(c) is EnumType e
                ? e.Values.Where(v => IncludeDeprecated(c) || !v.IsDeprecated).ToList()
                : null)
            .Argument("includeDeprecated", Scalars.Boolean, false);
        Type.Field("inputFields", L(NN(InputValue)), c => Source(c) is InputObjectType input
                ? input.Fields.Values.Where(f => IncludeDeprecated(c) || !f.IsDeprecated).ToList()
                : null)
            .Argument("includeDeprecated", Scalars.Boolean, false);
        Type.Field("ofType", Type, c => Source(c) switch
        {
            ListType list => list.OfType,
            NonNullType nonNull => nonNull.OfType,
            _ => null,
        });
        Type.Field("isOneOf", Scalars.Boolean, c => Source(c) is InputObjectType input ? input.IsOneOf : null);
    }

    /// <summary>__Field (§4.2.3).</summary>
    private static void DefineField()
    {
        Field.Field("name", NN(Scalars.String), c => ((FieldDefinition)Source(c)!).Name);
        Field.Field("description", Scalars.String, c => ((FieldDefinition)Source(c)!).Description);
        Field.Field("args", NN(L(NN(InputValue))), c =>
                ((FieldDefinition)Source(c)!).Arguments.Where(a => IncludeDeprecated(c) || !a.IsDeprecated).ToList())
            .Argument("includeDeprecated", Scalars.Boolean, false);
        Field.Field("type", NN(Type), c => ((FieldDefinition)Source(c)!).Type);
        Field.Field("isDeprecated", NN(Scalars.Boolean), c => ((FieldDefinition)Source(c)!).IsDeprecated);
        Field.Field("deprecationReason", Scalars.String, c => ((FieldDefinition)Source(c)!).DeprecationReason);
    }

    /// <summary>__InputValue (§4.2.4).</summary>
    private static void DefineInputValue()
    {
        InputValue.Field("name", NN(Scalars.String), c => ((InputValueDefinition)Source(c)!).Name);
        InputValue.Field("description", Scalars.String, c => ((InputValueDefinition)Source(c)!).Description);
        InputValue.Field("type", NN(Type), c => ((InputValueDefinition)Source(c)!).Type);
        InputValue.Field("defaultValue", Scalars.String, c => PrintDefaultValue((InputValueDefinition)Source(c)!),
            "A GraphQL-formatted string representing the default value for this input value.");
        InputValue.Field("isDeprecated", NN(Scalars.Boolean), c => ((InputValueDefinition)Source(c)!).IsDeprecated);
        InputValue.Field("deprecationReason", Scalars.String, c => ((InputValueDefinition)Source(c)!).DeprecationReason);
    }

    /// <summary>__EnumValue (§4.2.5).</summary>
    private static void DefineEnumValue()
    {
        EnumValue.Field("name", NN(Scalars.String), c => ((EnumValueDefinition)Source(c)!).Name);
        EnumValue.Field("description", Scalars.String, c => ((EnumValueDefinition)Source(c)!).Description);
        EnumValue.Field("isDeprecated", NN(Scalars.Boolean), c => ((EnumValueDefinition)Source(c)!).IsDeprecated);
        EnumValue.Field("deprecationReason", Scalars.String, c => ((EnumValueDefinition)Source(c)!).DeprecationReason);
    }
}
