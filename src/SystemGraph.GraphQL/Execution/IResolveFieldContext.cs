using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;

namespace SystemGraph.GraphQL.Execution;

/// <summary>What a resolver knows about the field it resolves (graphql-js's source, args, context and info).</summary>
public interface IResolveFieldContext
{
    /// <summary>The parent value: the result of the parent field (or the root value).</summary>
    object? Source { get; }

    /// <summary>The coerced argument values (§6.4.1 CoerceArgumentValues), by argument name.</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    GraphQLSchema Schema { get; }

    /// <summary>The definition of the field being resolved.</summary>
    FieldDefinition Field { get; }

    /// <summary>The field's name (not its alias).</summary>
    string FieldName { get; }

    /// <summary>The object type the field belongs to.</summary>
    ObjectType ParentType { get; }

    /// <summary>The field's declared type.</summary>
    GraphQLType ReturnType { get; }

    /// <summary>The response path of this field: response keys and list indices.</summary>
    IReadOnlyList<object> Path { get; }

    /// <summary>The field nodes merged into this field (same response key).</summary>
    IReadOnlyList<FieldNode> FieldNodes { get; }

    OperationDefinitionNode Operation { get; }

    IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    /// <summary>The coerced variable values of the request.</summary>
    IReadOnlyDictionary<string, object?> Variables { get; }

    object? RootValue { get; }

    /// <summary>The request's service provider, if the host supplied one.</summary>
    IServiceProvider? RequestServices { get; }

    /// <summary>Per-request data shared by all resolvers.</summary>
    IDictionary<string, object?> ContextData { get; }

    /// <summary>Typed per-request state shared with the pipeline's steps (the caller, the reader scope...).</summary>
    Pipeline.RequestFeatures Features { get; }
    /// <summary>
    /// Adds an entry to the response's <c>extensions</c> (spec §7.1: the map is reserved for implementors to extend
    /// the protocol), e.g. a note about what a field left out. A later entry under the same key replaces it.
    /// </summary>
    void SetResponseExtension(string key, object? value);

    /// <summary>Per-request data loaders (get-or-create by name).</summary>
    DataLoaderRegistry DataLoaders { get; }

    CancellationToken CancellationToken { get; }

    /// <summary>True when the argument was supplied or has a default.</summary>
    bool HasArgument(string name);

    /// <summary>An argument converted to <typeparamref name="T"/>, or <paramref name="defaultValue"/> when absent or null.</summary>
    T? GetArgument<T>(string name, T? defaultValue = default);
}
