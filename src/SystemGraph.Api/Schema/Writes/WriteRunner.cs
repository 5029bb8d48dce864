using SystemGraph.Api.Auth;
using SystemGraph.Api.Schema.Loaders;
using SystemGraph.Api.Subscriptions;
using SystemGraph.Graph.Changes;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;
using SystemGraph.GraphQL.Execution;

namespace SystemGraph.Api.Schema.Writes;

/// <summary>
/// The steps every graph-changing mutation shares: authorise (baseline or scenario), find the graph the write goes
/// to, read the evidence, let the mutation plan its writes (or refuse), commit them as one audited batch, and shape
/// the payload. Refusals come back in the payload's typed <c>errors</c>; nothing is written unless all is well.
/// </summary>
internal static class WriteRunner
{
    public static async Task<object?> RunAsync(
        IResolveFieldContext context,
        string operation,
        IReadOnlySet<string> errorTypes,
        Func<WriteRequest, Task<WritePlan>> plan,
        Func<WriteRequest, WriteResult, Task<Dictionary<string, object?>>> payload)
    {
        var input = WriteInput.Of(context);
        var scenario = input.String("scenario");
        var caller = Caller.Of(context);
        caller.RequireWrite(operation, scenario);

        var store = context.Store();
        IGraphReader? graph = scenario is null ? store : await store.GetScenarioReaderAsync(scenario, context.CancellationToken).ConfigureAwait(false);
        if (graph is null)
        {
            return Refused(errorTypes, [new NotFoundError($"No scenario has the id '{scenario}'.", scenario!)]);
        }

        try
        {
            var (info, problems) = await Evidence.ReadAsync(input, operation, caller.Subject, graph, TextOf(context), context.CancellationToken).ConfigureAwait(false);
            if (info is null)
            {
                return Refused(errorTypes, problems);
            }

            var request = new WriteRequest(context, input, scenario, graph, info);
            var planned = await plan(request).ConfigureAwait(false);
            if (planned.Errors.Count > 0 || planned.Writes.Count == 0)
            {
                return Refused(errorTypes, planned.Errors.Count > 0 ? planned.Errors : [new ValidationError("Nothing to change.")]);
            }

            return await CommitAsync(context, errorTypes, new GraphWriteBatch(planned.Writes, info, scenario), r => payload(request, r)).ConfigureAwait(false);
        }
        finally
        {
            if (graph is IAsyncDisposable disposable && !ReferenceEquals(graph, store))
            {
                await disposable.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// A scenario's lifecycle (open, promote, discard): the mutation authorises and plans its one lifecycle write (or
    /// refuses), the evidence is read against the baseline, the write is committed as its own audited batch, and the
    /// payload carries the scenario as it now stands.
    /// </summary>
    public static async Task<object?> RunScenarioLifecycleAsync(
        IResolveFieldContext context,
        string operation,
        IReadOnlySet<string> errorTypes,
        Func<Caller, WriteInput, Task<(GraphWrite? Write, IReadOnlyList<PayloadError> Errors)>> plan,
        bool reasonIsEvidence = false)
    {
        var input = WriteInput.Of(context);
        var caller = Caller.Of(context);
        var (write, refusals) = await plan(caller, input).ConfigureAwait(false);
        if (write is null)
        {
            return Refused(errorTypes, refusals);
        }

        var store = context.Store();
        var (info, problems) = await Evidence.ReadAsync(input, operation, caller.Subject, store, TextOf(context), context.CancellationToken, reasonIsEvidence).ConfigureAwait(false);
        if (info is null)
        {
            return Refused(errorTypes, problems);
        }

        var scenarioId = write switch
        {
            GraphWrite.OpenScenario open => open.ScenarioId,
            GraphWrite.PromoteScenario promote => promote.ScenarioId,
            GraphWrite.DiscardScenario discard => discard.ScenarioId,
            _ => throw new ArgumentException($"{write.GetType().Name} is not a scenario lifecycle write.", nameof(plan)),
        };
        return await CommitAsync(context, errorTypes, new GraphWriteBatch([write], info), async _ => new(StringComparer.Ordinal)
        {
            ["scenario"] = (await store.GetScenariosAsync([scenarioId], context.CancellationToken).ConfigureAwait(false))[0],
        }).ConfigureAwait(false);
    }

    /// <summary>
    /// Commits a batch; on success the change is published to subscriptions (the one publish point: the store has
    /// returned, so the write is durable), then this field reads the graph written to and the payload is shaped.
    /// </summary>
    public static async Task<object?> CommitAsync(
        IResolveFieldContext context, IReadOnlySet<string> errorTypes, GraphWriteBatch batch, Func<WriteResult, Task<Dictionary<string, object?>>> payload)
    {
        var store = context.Store();
        var result = await store.WriteAsync(batch, context.CancellationToken).ConfigureAwait(false);
        if (!result.Committed)
        {
            return Refused(errorTypes, result.Errors.Select(e => PayloadErrors.From(e, batch)).ToList());
        }

        // Published even if this caller has gone: the write happened, and subscribers must hear of it.
        if (context.RequestServices?.GetService<ChangePublisher>() is { } publisher)
        {
            await publisher.PublishAsync(batch, result, store, CancellationToken.None).ConfigureAwait(false);
        }

        await context.EnterWrittenGraphAsync(batch.Scenario).ConfigureAwait(false);
        var shaped = await payload(result).ConfigureAwait(false);
        shaped["audit"] = result.Audit;
        shaped["errors"] = null;
        return shaped;
    }

    /// <summary>A payload with only errors; an error type outside the mutation's union is reported as a ValidationError.</summary>
    public static Dictionary<string, object?> Refused(IReadOnlySet<string> errorTypes, IReadOnlyList<PayloadError> errors) => new(StringComparer.Ordinal)
    {
        ["errors"] = errors.Select(e => errorTypes.Contains(e.TypeName) ? e : new ValidationError(e.Message)).ToList(),
    };

    /// <summary>How a write's evidence reads a cited document's text (null where the server holds none).</summary>
    private static Func<Entity, Task<string?>> TextOf(IResolveFieldContext context) => document => Ingest.DocumentTexts.ReadAsync(context, document);

    public static IReadOnlySet<string> Union(params string[] types) => new HashSet<string>(types, StringComparer.Ordinal);
}

/// <summary>What a mutation plans from: its input, the scenario (null: baseline), the graph it writes to, and the evidence.</summary>
internal sealed record WriteRequest(IResolveFieldContext Context, WriteInput Input, string? Scenario, IGraphReader Graph, ChangeInfo Info);

/// <summary>The writes a mutation makes, or why it refuses before writing.</summary>
internal sealed record WritePlan(IReadOnlyList<GraphWrite> Writes, IReadOnlyList<PayloadError> Errors)
{
    public static WritePlan Of(params GraphWrite[] writes) => new(writes, []);

    public static WritePlan Refuse(params PayloadError[] errors) => new([], errors);
}
