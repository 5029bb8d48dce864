using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Types;

namespace SystemGraph.GraphQL.Utilities;

/// <summary>Reports one input coercion error: the path inside the value, the invalid value and the error.</summary>
public delegate void InputCoercionErrorHandler(IReadOnlyList<object> path, object? invalidValue, GraphQLError error);

/// <summary>
/// Coerces an external (JSON) value to an input type's internal value, per the input coercion rules of
/// §3.5–3.12 (graphql-js's coerceInputValue). Errors are reported through a callback so that all of them
/// can be collected.
/// </summary>
public static class CoerceInputValue
{
    /// <summary>Coerces <paramref name="input"/>; throws a <see cref="GraphQLException"/> on the first error.</summary>
    public static object? Coerce(object? input, GraphQLType type)
    {
        GraphQLError? first = null;
        var value = Coerce(input, type, (path, _, error) => first ??= error);
        if (first is not null)
        {
            throw new GraphQLException(first);
        }

        return value;
    }

    /// <summary>Coerces <paramref name="input"/>, reporting every error to <paramref name="onError"/>.</summary>
    public static object? Coerce(object? input, GraphQLType type, InputCoercionErrorHandler onError)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(onError);
        return CoerceImpl(input, type, onError, []);
    }

    private static object? CoerceImpl(object? input, GraphQLType type, InputCoercionErrorHandler onError, List<object> path)
    {
        if (type is NonNullType nonNull)
        {
            if (input is not null)
            {
                return CoerceImpl(input, nonNull.OfType, onError, path);
            }

            onError(path.ToList(), input, new GraphQLError($"Expected non-nullable type \"{type}\" not to be null."));
            return null;
        }

        if (input is null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (ValueShapes.TryGetList(input, out var items))
                {
                    var coerced = new List<object?>(items.Count);
                    for (var i = 0; i < items.Count; i++)
                    {
                        path.Add(i);
                        coerced.Add(CoerceImpl(items[i], list.OfType, onError, path));
                        path.RemoveAt(path.Count - 1);
                    }

                    return coerced;
                }

                // Lists accept a non-list value as a list of one (§3.11 Input Coercion).
                return new List<object?> { CoerceImpl(input, list.OfType, onError, path) };
            case InputObjectType inputObject:
                return CoerceObject(input, inputObject, onError, path);
            case EnumType or ScalarType:
                return CoerceLeaf(input, (NamedType)type, onError, path);
            default:
                onError(path.ToList(), input, new GraphQLError($"Expected type \"{type}\" to be an input type."));
                return null;
        }
    }

    private static object? CoerceObject(object input, InputObjectType type, InputCoercionErrorHandler onError, List<object> path)
    {
        if (!ValueShapes.TryGetMap(input, out var map))
        {
            onError(path.ToList(), input, new GraphQLError($"Expected type \"{type.Name}\" to be an object."));
            return null;
        }

        var coerced = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields.Values)
        {
            if (!map.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.HasDefaultValue)
                {
                    coerced[field.Name] = field.DefaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    onError(path.ToList(), input, new GraphQLError($"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided."));
                }

                continue;
            }

            path.Add(field.Name);
            coerced[field.Name] = CoerceImpl(fieldValue, field.Type, onError, path);
            path.RemoveAt(path.Count - 1);
        }

        foreach (var name in map.Keys)
        {
            if (type.GetField(name) is null)
            {
                var suggestions = Suggestions.List(name, type.Fields.Keys);
                onError(path.ToList(), input, new GraphQLError($"Field \"{name}\" is not defined by type \"{type.Name}\"." + Suggestions.DidYouMean(suggestions)));
            }
        }

        if (type.IsOneOf)
        {
            if (coerced.Count != 1)
            {
                onError(path.ToList(), input, new GraphQLError($"Exactly one key must be specified for OneOf type \"{type.Name}\"."));
            }

            if (coerced.Count > 0 && coerced.GetAt(0) is { Value: null } only)
            {
                onError([.. path, only.Key], null, new GraphQLError($"Field \"{only.Key}\" must be non-null."));
            }
        }

        return coerced;
    }

    private static object? CoerceLeaf(object input, NamedType type, InputCoercionErrorHandler onError, List<object> path)
    {
        try
        {
            var result = type is EnumType enumType ? enumType.ParseValue(input) : ((ScalarType)type).ParseValue(input);
            if (result is null)
            {
                onError(path.ToList(), input, new GraphQLError($"Expected type \"{type.Name}\"."));
            }

            return result;
        }
        catch (GraphQLException ex)
        {
            onError(path.ToList(), input, ex.Error);
            return null;
        }
#pragma warning disable CA1031 // Custom scalars may throw anything; it becomes a coercion error.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            onError(path.ToList(), input, new GraphQLError($"Expected type \"{type.Name}\". " + ex.Message, originalError: ex));
            return null;
        }
    }
}
