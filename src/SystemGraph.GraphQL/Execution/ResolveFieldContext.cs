using System.Globalization;
using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;

namespace SystemGraph.GraphQL.Execution;

/// <summary>The executor's implementation of <see cref="IResolveFieldContext"/>.</summary>
internal sealed class ResolveFieldContext : IResolveFieldContext
{
    private readonly ExecutionState _execution;
    private readonly ResponsePath _path;
    private IReadOnlyList<object>? _pathList;

    public ResolveFieldContext(
        ExecutionState execution,
        object? source,
        ObjectType parentType,
        FieldDefinition field,
        IReadOnlyList<FieldNode> fieldNodes,
        IReadOnlyDictionary<string, object?> arguments,
        ResponsePath path)
    {
        _execution = execution;
        _path = path;
        Source = source;
        ParentType = parentType;
        Field = field;
        FieldNodes = fieldNodes;
        Arguments = arguments;
    }

    public object? Source { get; }

    public IReadOnlyDictionary<string, object?> Arguments { get; }

    public GraphQLSchema Schema => _execution.Schema;

    public FieldDefinition Field { get; }

    public string FieldName => Field.Name;

    public ObjectType ParentType { get; }

    public GraphQLType ReturnType => Field.Type;

    public IReadOnlyList<object> Path => _pathList ??= _path.ToList();

    public IReadOnlyList<FieldNode> FieldNodes { get; }

    public OperationDefinitionNode Operation => _execution.Operation;

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments => _execution.Fragments;

    public IReadOnlyDictionary<string, object?> Variables => _execution.Variables;

    public object? RootValue => _execution.RootValue;

    public IServiceProvider? RequestServices => _execution.Services;

    public IDictionary<string, object?> ContextData => _execution.ContextData;

    public Pipeline.RequestFeatures Features => _execution.Features;
    public void SetResponseExtension(string key, object? value) => _execution.SetResponseExtension(key, value);

    public DataLoaderRegistry DataLoaders => _execution.DataLoaders;

    public CancellationToken CancellationToken => _execution.CancellationToken;

    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    public T? GetArgument<T>(string name, T? defaultValue = default)
    {
        if (!Arguments.TryGetValue(name, out var value) || value is null)
        {
            return defaultValue;
        }

        return ArgumentConverter.Convert<T>(value, name);
    }
}

/// <summary>Converts coerced argument values to the CLR types resolvers ask for.</summary>
internal static class ArgumentConverter
{
    public static T Convert<T>(object value, string name) => (T)Convert(value, typeof(T), name);

    private static object Convert(object value, Type type, string name)
    {
        if (type.IsInstanceOfType(value))
        {
            return value;
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (ListElementType(target) is { } elementType && value is System.Collections.IEnumerable items && value is not string)
        {
            var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
            foreach (var item in items)
            {
                list.Add(item is null ? null : Convert(item, elementType, name));
            }

            if (target.IsArray)
            {
                var array = Array.CreateInstance(elementType, list.Count);
                list.CopyTo(array, 0);
                return array;
            }

            return list;
        }

        try
        {
            if (target.IsEnum)
            {
                var text = value.ToString()!.Replace("_", string.Empty, StringComparison.Ordinal);
                return Enum.Parse(target, text, ignoreCase: true);
            }

            if (target == typeof(string))
            {
                return System.Convert.ToString(value, CultureInfo.InvariantCulture)!;
            }

            if (value is IConvertible)
            {
                return System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
            }
        }
        catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException or ArgumentException)
        {
            throw new InvalidCastException($"Argument \"{name}\" with value {Inspect.Value(value)} cannot be converted to {type.Name}.", ex);
        }

        throw new InvalidCastException($"Argument \"{name}\" with value {Inspect.Value(value)} cannot be converted to {type.Name}.");
    }

    /// <summary>The element type of arrays, List&lt;T&gt;, IList&lt;T&gt;, IReadOnlyList&lt;T&gt;, IEnumerable&lt;T&gt; and similar.</summary>
    private static Type? ListElementType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (!type.IsGenericType || type.GetGenericArguments().Length != 1)
        {
            return null;
        }

        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(List<>) || definition == typeof(IList<>) || definition == typeof(IReadOnlyList<>) ||
            definition == typeof(IEnumerable<>) || definition == typeof(ICollection<>) || definition == typeof(IReadOnlyCollection<>)
            ? type.GetGenericArguments()[0]
            : null;
    }
}
