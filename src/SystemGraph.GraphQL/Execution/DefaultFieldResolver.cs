using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace SystemGraph.GraphQL.Execution;

/// <summary>
/// The resolver used when a field has none: a dictionary entry keyed by the field name, or else a public
/// property (or parameterless method) of the source with that name, matched case-insensitively.
/// </summary>
public static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type, string), Func<object, object?>?> Accessors = new();

    public static ValueTask<object?> Resolve(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(Resolve(context.Source, context.FieldName));
    }

    /// <summary>Reads <paramref name="fieldName"/> from <paramref name="source"/>.</summary>
    public static object? Resolve(object? source, string fieldName)
    {
        switch (source)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue(fieldName, out var value) ? value : null;
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(fieldName, out var entry) ? entry : null;
            case IDictionary legacy:
                return legacy.Contains(fieldName) ? legacy[fieldName] : null;
        }

        var accessor = Accessors.GetOrAdd((source.GetType(), fieldName), static key => CreateAccessor(key.Item1, key.Item2));
        return accessor?.Invoke(source);
    }

    /// <summary>
    /// Reads <paramref name="field"/>'s value from <paramref name="source"/> as <see cref="Resolve(object?, string)"/>
    /// does, with the reader for the source's CLR type kept on the field (the executor's path for fields without a
    /// resolver: the profile of the uncached queries, issue 21, showed the type checks and the (type, name) lookup per value).
    /// </summary>
    internal static object? Resolve(object? source, Types.FieldDefinition field)
    {
        if (source is null)
        {
            return null;
        }

        var type = source.GetType();
        var reader = field.DefaultReader;
        if (reader is null || reader.Type != type)
        {
            reader = new TypedReader(type, ReaderFor(type, field.Name));
            field.DefaultReader = reader;
        }

        return reader.Read(source);
    }

    /// <summary>How <see cref="Resolve(object?, string)"/> reads a field by name from sources of one CLR type, in the same order of shapes.</summary>
    private static Func<object, object?> ReaderFor(Type type, string name)
    {
        if (typeof(IReadOnlyDictionary<string, object?>).IsAssignableFrom(type))
        {
            return source => ((IReadOnlyDictionary<string, object?>)source).TryGetValue(name, out var value) ? value : null;
        }

        if (typeof(IDictionary<string, object?>).IsAssignableFrom(type))
        {
            return source => ((IDictionary<string, object?>)source).TryGetValue(name, out var entry) ? entry : null;
        }

        if (typeof(IDictionary).IsAssignableFrom(type))
        {
            return source => ((IDictionary)source).Contains(name) ? ((IDictionary)source)[name] : null;
        }

        var accessor = Accessors.GetOrAdd((type, name), static key => CreateAccessor(key.Item1, key.Item2));
        return accessor ?? (static _ => null);
    }

    /// <summary>A reader for sources of one CLR type.</summary>
    internal sealed record TypedReader(Type Type, Func<object, object?> Read);

    private static Func<object, object?>? CreateAccessor(Type type, string name)
    {
        var property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        if (property is not null && property.GetIndexParameters().Length == 0 && property.CanRead)
        {
            return Compile(type, target => Expression.Property(target, property));
        }

        var method = type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .FirstOrDefault(m => m.GetParameters().Length == 0 && m.ReturnType != typeof(void) && !m.IsGenericMethodDefinition &&
                string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));
        if (method is not null)
        {
            return Compile(type, target => Expression.Call(target, method));
        }

        var field = type.GetField(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        return field is null ? null : Compile(type, target => Expression.Field(target, field));
    }

    /// <summary>
    /// A compiled getter: reflection's Invoke costs far more than a delegate call, and every scalar field of
    /// every object in a response goes through here.
    /// </summary>
    private static Func<object, object?> Compile(Type type, Func<Expression, Expression> member)
    {
        var source = Expression.Parameter(typeof(object), "source");
        var body = Expression.Convert(member(Expression.Convert(source, type)), typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, source).Compile();
    }
}
