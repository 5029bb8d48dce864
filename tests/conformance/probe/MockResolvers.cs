using SystemGraph.GraphQL.Types;

namespace SystemGraph.Conformance.Probe;

/// <summary>
/// Deterministic resolvers, the same rule as run.mjs gives graphql-js: String "Parent.field", ID "id-field",
/// Int the field name's length, Float 1.5, Boolean true, Date / DateTime fixed strings (custom scalars pass through, as in graphql-js's buildSchema), enums their first value,
/// lists two items, objects an empty object, abstract types the alphabetically first possible type; every
/// subscription field's source stream yields two events.
/// </summary>
internal static class MockResolvers
{
    public static void Attach(GraphQLSchema schema)
    {
        foreach (var type in schema.TypeMap.Values)
        {
            if (type.Name.StartsWith("__", StringComparison.Ordinal))
            {
                continue;
            }

            if (type is ObjectType objectType)
            {
                foreach (var field in objectType.Fields.Values)
                {
                    var parent = objectType.Name;
                    field.Resolve(ctx => Value(field.Type, parent, field.Name));
                }
            }

            if (type == schema.SubscriptionType && type is ObjectType subscriptionType)
            {
                foreach (var field in subscriptionType.Fields.Values)
                {
                    field.Subscribe(_ => ValueTask.FromResult(TwoEvents()));
                }
            }

            if (type is IAbstractType abstractType)
            {
                var first = schema.GetPossibleTypes((NamedType)abstractType).Select(t => t.Name).Order(StringComparer.Ordinal).FirstOrDefault();
                abstractType.ResolveType = (_, _) => first;
            }
        }
    }

    /// <summary>Every subscription field's source stream: two events (run.mjs gives graphql-js the same).</summary>
    private static async IAsyncEnumerable<object?> TwoEvents()
    {
        for (var i = 0; i < 2; i++)
        {
            await Task.Yield();
            yield return new Dictionary<string, object?>();
        }
    }

    private static object? Value(GraphQLType type, string parent, string field) => type switch
    {
        NonNullType nonNull => Value(nonNull.OfType, parent, field),
        ListType list => new[] { Value(list.OfType, parent, field), Value(list.OfType, parent, field) },
        EnumType enumType => enumType.Values[0].Value,
        ScalarType { Name: "String" } => $"{parent}.{field}",
        ScalarType { Name: "ID" } => $"id-{field}",
        ScalarType { Name: "Int" } => field.Length,
        ScalarType { Name: "Float" } => 1.5,
        ScalarType { Name: "Boolean" } => true,
        ScalarType { Name: "Date" } => "2022-07-01",
        ScalarType { Name: "DateTime" } => "2022-07-01T00:00:00Z",
        ScalarType => $"{parent}.{field}",
        _ => new Dictionary<string, object?>(),
    };
}
