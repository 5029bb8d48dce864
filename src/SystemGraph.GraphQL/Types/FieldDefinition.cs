using SystemGraph.GraphQL.Execution;
using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Types;

/// <summary>Resolves the value of a field (§6.4.2 ResolveFieldValue).</summary>
public delegate ValueTask<object?> FieldResolver(IResolveFieldContext context);

/// <summary>Creates the source event stream of a subscription root field (§6.2.3.1 CreateSourceEventStream).</summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscriptionResolver(IResolveFieldContext context);

/// <summary>A field of an object or interface type (§3.6 FieldsDefinition).</summary>
public sealed class FieldDefinition
{
    private readonly List<InputValueDefinition> _arguments = [];

    public FieldDefinition(string name, GraphQLType type, string? description = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(type);
        Name = name;
        Type = type;
        Description = description;
    }

    public string Name { get; }

    public GraphQLType Type { get; set; }

    public string? Description { get; set; }

    /// <summary>The arguments (§3.6.1), in definition order.</summary>
    public IReadOnlyList<InputValueDefinition> Arguments => _arguments;

    /// <summary>Why the field is deprecated (@deprecated), or null when it is not.</summary>
    public string? DeprecationReason { get; set; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>
    /// The default resolver's reader for the CLR type this field last read (set by the executor): most fields read one
    /// type, so the reader is found without hashing the type and name per value.
    /// </summary>
    internal DefaultFieldResolver.TypedReader? DefaultReader { get; set; }

    /// <summary>The resolver; null means the default resolver (dictionary key or property by name).</summary>
    public FieldResolver? Resolver { get; set; }

    /// <summary>For subscription root fields: produces the source event stream (§6.2.3.1).</summary>
    public SubscriptionResolver? Subscriber { get; set; }

    /// <summary>The SDL definition, if any.</summary>
    public FieldDefinitionNode? AstNode { get; set; }

    /// <summary>Free-form data for hosts (e.g. cost hints).</summary>
    public IDictionary<string, object?> Metadata { get; } = new Dictionary<string, object?>();

    /// <summary>Finds an argument by name.</summary>
    public InputValueDefinition? GetArgument(string name) => _arguments.Find(a => a.Name == name);

    /// <summary>Adds an argument; returns this field for chaining.</summary>
    public FieldDefinition AddArgument(InputValueDefinition argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        _arguments.Add(argument);
        return this;
    }

    /// <summary>Adds an argument; returns this field for chaining.</summary>
    public FieldDefinition Argument(string name, GraphQLType type, string? description = null) =>
        AddArgument(new InputValueDefinition(name, type, description));

    /// <summary>Adds an argument with a default value (an internal value, e.g. int, string, dictionary).</summary>
    public FieldDefinition Argument(string name, GraphQLType type, object? defaultValue, string? description = null) =>
        AddArgument(new InputValueDefinition(name, type, description) { DefaultValue = defaultValue });

    /// <summary>Sets an asynchronous resolver.</summary>
    public FieldDefinition Resolve(FieldResolver resolver)
    {
        Resolver = resolver;
        return this;
    }

    /// <summary>Sets a synchronous resolver.</summary>
    public FieldDefinition Resolve(Func<IResolveFieldContext, object?> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        Resolver = context => ValueTask.FromResult(resolver(context));
        return this;
    }

    /// <summary>Sets a resolver returning a task.</summary>
    public FieldDefinition ResolveAsync<T>(Func<IResolveFieldContext, Task<T>> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        Resolver = async context => await resolver(context).ConfigureAwait(false);
        return this;
    }

    /// <summary>Sets the source event stream of a subscription root field.</summary>
    public FieldDefinition Subscribe(SubscriptionResolver subscriber)
    {
        Subscriber = subscriber;
        return this;
    }

    /// <summary>Marks the field deprecated.</summary>
    public FieldDefinition Deprecate(string reason = Directives.DefaultDeprecationReason)
    {
        DeprecationReason = reason;
        return this;
    }

    public override string ToString() => Name;
}
