using System.Runtime.ExceptionServices;
using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;
using SystemGraph.GraphQL.Utilities;

namespace SystemGraph.GraphQL.Execution;

public static partial class Executor
{
    /// <summary>Marks a response key whose field is not defined on the type (validation prevents this; it is skipped).</summary>
    private static readonly object Undefined = new();

    /// <summary>
    /// Implements ExecuteSelectionSet (§6.3) for a normal (concurrent) execution: every field of the grouped
    /// field set is started before any is awaited, and the result keeps the grouped field order.
    /// </summary>
    private static async ValueTask<IReadOnlyDictionary<string, object?>> ExecuteFieldsAsync(
        ExecutionState state,
        ObjectType objectType,
        object? source,
        OrderedDictionary<string, List<FieldNode>> groupedFields,
        ResponsePath? path)
    {
        // Every field starts before any is awaited. Fields that complete synchronously (most: properties,
        // cached loads) cost no task; only the ones still pending (or failed) become tasks to wait on together.
        var values = new object?[groupedFields.Count];
        List<(int Index, Task<object?> Task)>? pending = null;
        var undefined = false;
        for (var i = 0; i < values.Length; i++)
        {
            var (responseKey, fieldNodes) = groupedFields.GetAt(i);
            var value = ExecuteFieldAsync(state, objectType, source, fieldNodes, path, responseKey, i);
            if (value.IsCompletedSuccessfully)
            {
                values[i] = value.Result;
                undefined |= ReferenceEquals(values[i], Undefined);
            }
            else
            {
                (pending ??= []).Add((i, value.AsTask()));
            }
        }

        if (pending is not null)
        {
            await ((Task)Task.WhenAll(pending.Select(p => p.Task))).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            ThrowFirstFailure(pending.Select(p => p.Task));
            foreach (var (index, task) in pending)
            {
                values[index] = await task.ConfigureAwait(false);
                undefined |= ReferenceEquals(values[index], Undefined);
            }
        }

        return undefined ? WithoutUndefined(groupedFields, values) : new ResultMap(groupedFields, values);
    }

    /// <summary>The result without the keys of fields the type does not define (validation prevents them; they are skipped).</summary>
    private static OrderedDictionary<string, object?> WithoutUndefined(OrderedDictionary<string, List<FieldNode>> groupedFields, object?[] values)
    {
        var results = new OrderedDictionary<string, object?>(values.Length, StringComparer.Ordinal);
        for (var i = 0; i < values.Length; i++)
        {
            if (!ReferenceEquals(values[i], Undefined))
            {
                results[groupedFields.GetAt(i).Key] = values[i];
            }
        }

        return results;
    }

    /// <summary>Implements ExecuteSelectionSet serially (§6.2.2 Mutation): each root field completes before the next starts.</summary>
    private static async ValueTask<IReadOnlyDictionary<string, object?>> ExecuteFieldsSeriallyAsync(
        ExecutionState state,
        ObjectType objectType,
        object? source,
        OrderedDictionary<string, List<FieldNode>> groupedFields,
        ResponsePath? path)
    {
        var results = new OrderedDictionary<string, object?>(groupedFields.Count, StringComparer.Ordinal);
        var order = 0;
        foreach (var (responseKey, fieldNodes) in groupedFields)
        {
            var value = await ExecuteFieldAsync(state, objectType, source, fieldNodes, path, responseKey, order++).ConfigureAwait(false);
            if (!ReferenceEquals(value, Undefined))
            {
                results[responseKey] = value;
            }
        }

        return results;
    }

    /// <summary>
    /// Implements ExecuteField (§6.4): CoerceArgumentValues, ResolveFieldValue, CompleteValue, with field
    /// errors handled per §6.4.4 (null and record, or propagate when the field is Non-Null). The field's response path
    /// is <paramref name="parentPath"/> and <paramref name="responseKey"/> at <paramref name="order"/>.
    /// </summary>
    private static ValueTask<object?> ExecuteFieldAsync(
        ExecutionState state,
        ObjectType objectType,
        object? source,
        IReadOnlyList<FieldNode> fieldNodes,
        ResponsePath? parentPath,
        string responseKey,
        int order)
    {
        var fieldDef = TypeInfo.GetFieldDef(state.Schema, objectType, fieldNodes[0].Name.Value);
        if (fieldDef is null)
        {
            return new ValueTask<object?>(Undefined);
        }

        if (fieldDef.Resolver is null && IsLeaf(fieldDef.Type))
        {
            try
            {
                return new ValueTask<object?>(ExecuteDefaultLeafField(state, objectType, source, fieldNodes, fieldDef, parentPath, responseKey, order));
            }
#pragma warning disable CA1031 // A propagated field error (or cancellation) ends this field's value, as it would an async one.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                return ValueTask.FromException<object?>(ex);
            }
        }

        return ExecuteResolvedFieldAsync(state, objectType, source, fieldNodes, fieldDef, Append(parentPath, responseKey, order));
    }

    /// <summary>
    /// ExecuteField for a leaf field read by the default resolver (most fields of a response: ids, names, counts):
    /// the same steps, done at once, without a resolver context; the response path is made only for an error.
    /// </summary>
    private static object? ExecuteDefaultLeafField(
        ExecutionState state,
        ObjectType objectType,
        object? source,
        IReadOnlyList<FieldNode> fieldNodes,
        FieldDefinition fieldDef,
        ResponsePath? parentPath,
        string responseKey,
        int order)
    {
        try
        {
            state.CancellationToken.ThrowIfCancellationRequested();
            _ = FieldArguments.Coerce(fieldDef, fieldNodes[0], state.Variables);
            var resolved = DefaultFieldResolver.Resolve(source, fieldDef);
            var nonNull = fieldDef.Type as NonNullType;
            var completed = resolved is null ? null : SerializeLeaf(nonNull?.OfType ?? fieldDef.Type, resolved);
            return completed is null && nonNull is not null ? throw NonNullViolation(objectType, fieldDef) : completed;
        }
        catch (OperationCanceledException) when (state.CancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Any resolver exception is a field error (§6.4.4); it is reported, not rethrown.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return HandleFieldError(state, ex, fieldDef.Type, fieldNodes, Append(parentPath, responseKey, order));
        }
    }

    /// <summary>A scalar or enum type, or one of them Non-Null: completed by serialising alone (§6.4.3).</summary>
    private static bool IsLeaf(GraphQLType type) => (type is NonNullType nonNull ? nonNull.OfType : type) is ScalarType or EnumType;

    /// <summary>ExecuteField (§6.4) for a field with a resolver, or one whose value needs completing beyond serialising.</summary>
    private static async ValueTask<object?> ExecuteResolvedFieldAsync(
        ExecutionState state,
        ObjectType objectType,
        object? source,
        IReadOnlyList<FieldNode> fieldNodes,
        FieldDefinition fieldDef,
        ResponsePath path)
    {
        try
        {
            state.CancellationToken.ThrowIfCancellationRequested();
            var arguments = FieldArguments.Coerce(fieldDef, fieldNodes[0], state.Variables);
            var context = new ResolveFieldContext(state, source, objectType, fieldDef, fieldNodes, arguments, path);
            var resolver = fieldDef.Resolver ?? DefaultFieldResolver.Resolve;
            var resolved = await resolver(context).ConfigureAwait(false);
            return await CompleteValueAsync(state, fieldDef.Type, context, path, resolved).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (state.CancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Any resolver exception is a field error (§6.4.4); it is reported, not rethrown.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return HandleFieldError(state, ex, fieldDef.Type, fieldNodes, path);
        }
    }

    /// <summary>Handling Field Errors (§6.4.4): record and return null, or propagate to the parent when Non-Null.</summary>
    private static object? HandleFieldError(ExecutionState state, Exception exception, GraphQLType returnType, IReadOnlyList<FieldNode> fieldNodes, ResponsePath path)
    {
        var error = ToFieldError(state.Options, exception, fieldNodes, path);

        // A propagated error keeps the place where it happened: that, not where it stopped, orders it.
        var origin = exception is FieldErrorPropagation propagated ? propagated.Origin : path;
        if (returnType is NonNullType)
        {
            throw new FieldErrorPropagation(error, origin);
        }

        state.AddError(error, origin);
        return null;
    }

    /// <summary>Turns an exception into a located field error; unexpected exceptions are masked unless exposed.</summary>
    private static GraphQLError ToFieldError(ExecutionOptions options, Exception exception, IReadOnlyList<FieldNode> fieldNodes, ResponsePath path)
    {
        switch (exception)
        {
            case FieldErrorPropagation propagation:
                return propagation.Error;
            case GraphQLException graphQL:
                var error = graphQL.Error.Path is null ? graphQL.Error.WithPath(path.ToList()) : graphQL.Error;
                return error.WithNodes(fieldNodes);
            default:
                var message = options.ExposeExceptionMessages ? exception.Message : ExecutionOptions.MaskedErrorMessage;
                return new GraphQLError(
                    message,
                    path: path.ToList(),
                    extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.InternalServerError },
                    originalError: exception).WithNodes(fieldNodes);
        }
    }

    private static ResponsePath Append(ResponsePath? path, string key, int order) => path is null ? new ResponsePath(null, key, order) : path.Append(key, order);

    private static void ThrowFirstFailure(IEnumerable<Task> tasks)
    {
        foreach (var task in tasks)
        {
            if (task.IsFaulted && task.Exception?.InnerException is { } inner)
            {
                ExceptionDispatchInfo.Capture(inner).Throw();
            }

            if (task.IsCanceled)
            {
                throw new OperationCanceledException();
            }
        }
    }
}
