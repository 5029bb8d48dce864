using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Types;
using SystemGraph.GraphQL.Utilities;

namespace SystemGraph.GraphQL.Execution;

public static partial class Executor
{
    /// <summary>
    /// Implements CompleteValue (§6.4.3): Non-Null checks, lists item by item (concurrently), leaf
    /// serialisation, abstract type resolution and object sub-selections.
    /// </summary>
    private static async ValueTask<object?> CompleteValueAsync(ExecutionState state, GraphQLType returnType, ResolveFieldContext context, ResponsePath path, object? result)
    {
        if (returnType is NonNullType nonNull)
        {
            var completed = await CompleteValueAsync(state, nonNull.OfType, context, path, result).ConfigureAwait(false);
            return completed ?? throw NonNullViolation(context.ParentType, context.Field);
        }

        if (result is null)
        {
            return null;
        }

        switch (returnType)
        {
            case ListType list:
                return await CompleteListAsync(state, list.OfType, context, path, result).ConfigureAwait(false);
            case ScalarType or EnumType:
                return SerializeLeaf(returnType, result);
            case IAbstractType abstractType:
                var runtimeType = ResolveAbstractType(state, abstractType, context, result);
                return await CompleteObjectAsync(state, runtimeType, context, path, result).ConfigureAwait(false);
            case ObjectType objectType:
                return await CompleteObjectAsync(state, objectType, context, path, result).ConfigureAwait(false);
            default:
                throw new GraphQLException($"Cannot complete value of unexpected output type: {returnType}.");
        }
    }

    /// <summary>CompleteValue for a leaf (§6.4.3 step 5): the scalar's or enum's serialisation of a non-null value.</summary>
    private static object? SerializeLeaf(GraphQLType leafType, object result) => leafType switch
    {
        ScalarType scalar => scalar.Serialize(result)
            ?? throw new GraphQLException($"Expected `{scalar.Name}.serialize({Inspect.Value(result)})` to return non-nullable value, returned: null"),
        EnumType enumType => enumType.Serialize(result),
        _ => throw new GraphQLException($"Cannot complete value of unexpected output type: {leafType}."),
    };

    /// <summary>The field error of a Non-Null field whose value completed to null (§6.4.3 step 1).</summary>
    private static GraphQLException NonNullViolation(ObjectType parentType, FieldDefinition field) =>
        new($"Cannot return null for non-nullable field {parentType.Name}.{field.Name}.");

    /// <summary>CompleteValue for lists: every item is completed with its index in the path; item errors follow §6.4.4.</summary>
    private static async ValueTask<object?> CompleteListAsync(ExecutionState state, GraphQLType itemType, ResolveFieldContext context, ResponsePath path, object result)
    {
        if (!ValueShapes.TryGetList(result, out var items))
        {
            throw new GraphQLException($"Expected Iterable, but did not find one for field \"{context.ParentType.Name}.{context.FieldName}\".");
        }

        // Items complete concurrently; most complete synchronously (no loader to wait for), and then no task is
        // allocated for them at all. Only when one is still pending do all of them become tasks to wait on.
        var pending = new ValueTask<object?>[items.Count];
        var allDone = true;
        for (var i = 0; i < items.Count; i++)
        {
#pragma warning disable CA2012 // Each is consumed exactly once: read if completed, else converted to a task once.
            pending[i] = CompleteListItemAsync(state, itemType, context, path.Append(i), items[i]);
#pragma warning restore CA2012
            allDone &= pending[i].IsCompletedSuccessfully;
        }

        var completed = new List<object?>(pending.Length);
        if (allDone)
        {
            foreach (var item in pending)
            {
                completed.Add(item.Result);
            }

            return completed;
        }

        var tasks = Array.ConvertAll(pending, p => p.AsTask());
        await ((Task)Task.WhenAll(tasks)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        ThrowFirstFailure(tasks);
        foreach (var task in tasks)
        {
            completed.Add(await task.ConfigureAwait(false));
        }

        return completed;
    }

    private static async ValueTask<object?> CompleteListItemAsync(ExecutionState state, GraphQLType itemType, ResolveFieldContext context, ResponsePath itemPath, object? item)
    {
        try
        {
            return await CompleteValueAsync(state, itemType, context, itemPath, item).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (state.CancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Item errors are field errors (§6.4.4).
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return HandleFieldError(state, ex, itemType, context.FieldNodes, itemPath);
        }
    }

    /// <summary>CompleteValue for objects: the IsTypeOf check, then ExecuteSelectionSet on the merged sub-selections.</summary>
    private static async ValueTask<object?> CompleteObjectAsync(ExecutionState state, ObjectType objectType, ResolveFieldContext context, ResponsePath path, object result)
    {
        if (objectType.IsTypeOf is { } isTypeOf && !isTypeOf(result, context))
        {
            throw new GraphQLException($"Expected value of type \"{objectType.Name}\" but got: {Inspect.Value(result)}.");
        }

        var nodes = context.FieldNodes;
        var subfields = nodes is MergedFieldNodes merged
            ? merged.SubfieldsFor(objectType, state)
            : FieldCollector.CollectSubfields(state.Schema, objectType, nodes, state.Fragments, state.Variables);
        return await ExecuteFieldsAsync(state, objectType, result, subfields, path).ConfigureAwait(false);
    }

    /// <summary>
    /// Implements ResolveAbstractType (§6.4.3): the type's resolver if it has one; otherwise a
    /// <c>__typename</c> entry, the possible types' IsTypeOf checks, or a CLR type of the same name.
    /// </summary>
    private static ObjectType ResolveAbstractType(ExecutionState state, IAbstractType abstractType, ResolveFieldContext context, object value)
    {
        var schema = state.Schema;
        var abstractNamed = (NamedType)abstractType;
        string? typeName;
        if (abstractType.ResolveType is { } resolveType)
        {
            typeName = resolveType(value, context);
        }
        else
        {
            typeName = DefaultResolveTypeName(schema, abstractNamed, context, value);
        }

        if (typeName is null)
        {
            throw new GraphQLException(
                $"Abstract type \"{abstractNamed.Name}\" must resolve to an Object type at runtime for field \"{context.ParentType.Name}.{context.FieldName}\". " +
                $"Either the \"{abstractNamed.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
        }

        var runtimeType = schema.GetType(typeName);
        if (runtimeType is null)
        {
            throw new GraphQLException($"Abstract type \"{abstractNamed.Name}\" was resolved to a type \"{typeName}\" that does not exist inside the schema.");
        }

        if (runtimeType is not ObjectType objectType)
        {
            throw new GraphQLException($"Abstract type \"{abstractNamed.Name}\" was resolved to a non-object type \"{typeName}\".");
        }

        if (!schema.IsPossibleType(abstractNamed, objectType))
        {
            throw new GraphQLException($"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{abstractNamed.Name}\".");
        }

        return objectType;
    }

    private static string? DefaultResolveTypeName(GraphQLSchema schema, NamedType abstractType, ResolveFieldContext context, object value)
    {
        if (ValueShapes.TryGetMap(value, out var map) && map.TryGetValue("__typename", out var typename) && typename is string name)
        {
            return name;
        }

        var possibleTypes = schema.GetPossibleTypes(abstractType);
        foreach (var possible in possibleTypes)
        {
            if (possible.IsTypeOf is { } isTypeOf && isTypeOf(value, context))
            {
                return possible.Name;
            }
        }

        var clrName = value.GetType().Name;
        return possibleTypes.FirstOrDefault(t => t.IsTypeOf is null && t.Name == clrName)?.Name;
    }
}
