using SystemGraph.GraphQL.Execution;
using SystemGraph.GraphQL.Types;

namespace SystemGraph.GraphQL.Utilities;

/// <summary>How <see cref="SchemaBuilder"/> binds behaviour to an SDL schema: resolvers, type resolvers, scalars, enums.</summary>
public sealed class SchemaBuilderOptions
{
    internal Dictionary<string, FieldResolver> Resolvers { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, TypeResolver> TypeResolvers { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, SubscriptionResolver> Subscribers { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, Func<object, IResolveFieldContext, bool>> IsTypeOfs { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, ScalarType> ScalarTypes { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, Func<string, object>> EnumBindings { get; } = new(StringComparer.Ordinal);

    internal List<(Func<string, bool> Where, Func<FieldResolver, FieldResolver> Wrap)> FieldMiddleware { get; } = [];

    /// <summary>
    /// Wraps every resolver whose coordinate matches <paramref name="where"/>, applied when the schema is built, after
    /// every resolver is attached: unlike <see cref="WrapResolver"/>, the order of registration does not matter.
    /// </summary>
    public SchemaBuilderOptions UseFieldMiddleware(Func<string, bool> where, Func<FieldResolver, FieldResolver> wrap)
    {
        ArgumentNullException.ThrowIfNull(where);
        ArgumentNullException.ThrowIfNull(wrap);
        FieldMiddleware.Add((where, wrap));
        return this;
    }

    /// <summary>Skip the type system validation of §3 (for trusted, already-validated SDL).</summary>
    public bool AssumeValid { get; set; }

    /// <summary>Attaches a resolver to the field at a coordinate such as <c>"Query.user"</c>.</summary>
    public SchemaBuilderOptions AddResolver(string coordinate, FieldResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        Resolvers[coordinate] = resolver;
        return this;
    }

    /// <summary>
    /// Wraps the resolver attached at a coordinate (a middleware: authorisation, scoping, logging). Throws when no
    /// resolver is attached there, so a wrap never silently does nothing.
    /// </summary>
    public SchemaBuilderOptions WrapResolver(string coordinate, Func<FieldResolver, FieldResolver> wrap)
    {
        ArgumentNullException.ThrowIfNull(wrap);
        if (!Resolvers.TryGetValue(coordinate, out var inner))
        {
            throw new InvalidOperationException($"No resolver is attached at {coordinate} to wrap.");
        }

        Resolvers[coordinate] = wrap(inner);
        return this;
    }

    /// <summary>The coordinates that have a resolver attached, e.g. <c>"Query.user"</c>.</summary>
    public IReadOnlyCollection<string> ResolverCoordinates => Resolvers.Keys;

    /// <summary>Attaches a synchronous resolver to the field at a coordinate such as <c>"Query.user"</c>.</summary>
    public SchemaBuilderOptions AddResolver(string coordinate, Func<IResolveFieldContext, object?> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        Resolvers[coordinate] = context => ValueTask.FromResult(resolver(context));
        return this;
    }

    /// <summary>Attaches the source event stream of a subscription root field, e.g. <c>"Subscription.changed"</c>.</summary>
    public SchemaBuilderOptions AddSubscriber(string coordinate, SubscriptionResolver subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        Subscribers[coordinate] = subscriber;
        return this;
    }

    /// <summary>Sets the type resolver of an interface or union by name.</summary>
    public SchemaBuilderOptions AddTypeResolver(string abstractTypeName, TypeResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        TypeResolvers[abstractTypeName] = resolver;
        return this;
    }

    /// <summary>Sets the IsTypeOf check of an object type by name.</summary>
    public SchemaBuilderOptions AddIsTypeOf(string objectTypeName, Func<object, IResolveFieldContext, bool> isTypeOf)
    {
        ArgumentNullException.ThrowIfNull(isTypeOf);
        IsTypeOfs[objectTypeName] = isTypeOf;
        return this;
    }

    /// <summary>Supplies the implementation of a custom scalar declared in the SDL (matched by name).</summary>
    public SchemaBuilderOptions AddScalar(ScalarType scalar)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        ScalarTypes[scalar.Name] = scalar;
        return this;
    }

    /// <summary>Binds the values of an SDL enum to a CLR enum (UPPER_SNAKE value names to members, case and underscores ignored).</summary>
    public SchemaBuilderOptions BindEnum<TEnum>(string enumTypeName)
        where TEnum : struct, Enum
    {
        EnumBindings[enumTypeName] = name =>
            Enum.GetValues<TEnum>().FirstOrDefault(v => Normalize(v.ToString()) == Normalize(name)) is var match && Normalize(match.ToString()) == Normalize(name)
                ? match
                : throw new InvalidOperationException($"Enum value {enumTypeName}.{name} has no member in {typeof(TEnum).Name}.");
        return this;
    }

    private static string Normalize(string name) => name.Replace("_", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
}
