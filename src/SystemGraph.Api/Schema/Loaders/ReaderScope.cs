using SystemGraph.Api.Auth;
using SystemGraph.Graph.Store;
using SystemGraph.GraphQL.Execution;

namespace SystemGraph.Api.Schema.Loaders;

/// <summary>
/// Which graph a field reads: the baseline, or the scenario its root field names (<c>scenario:</c> on a query, or
/// <c>input.scenario</c> on a mutation). The choice is made once per root field and inherited by everything below
/// it (looked up by the first segment of the response path, in the request's <see cref="ReaderScopes"/> feature), so one request can compare a scenario with the
/// baseline side by side (<c>a: orgChart(...) b: orgChart(..., scenario: "s")</c>). Loaders are per graph.
/// </summary>
internal static class ReaderScope
{
    /// <summary>The reader for this field's root field: the scenario it entered, else the baseline store.</summary>
    public static IGraphReader Reader(this IResolveFieldContext context) =>
        ScopeOf(context) is { } scope ? scope.Reader : context.Store();

    /// <summary>The scenario this field reads in, or null for the baseline.</summary>
    public static string? ScenarioId(this IResolveFieldContext context) => ScopeOf(context)?.ScenarioId;

    /// <summary>A suffix that keeps loaders of different graphs (and of successive writes) apart.</summary>
    public static string LoaderSuffix(this IResolveFieldContext context) => ScopeOf(context)?.Suffix ?? string.Empty;

    /// <summary>
    /// After a write, makes this mutation field read the graph it wrote to (the scenario, or the baseline), with
    /// loaders of its own: mutations run one after another, and a later one must not see an earlier one's cached reads.
    /// </summary>
    public static async Task EnterWrittenGraphAsync(this IResolveFieldContext context, string? scenarioId)
    {
        if (scenarioId is not null)
        {
            await context.EnterScenarioAsync(scenarioId).ConfigureAwait(false);
            return;
        }

        Scopes(context).Enter(RootKey(context), new ReaderScopes.Scope(null, context.Store(), "!" + RootKey(context)));
    }

    /// <summary>
    /// Makes this root field (and everything under it) read in the scenario, after checking the caller may read
    /// scenarios. Throws NOT_FOUND for an unknown scenario. The reader lives as long as the request.
    /// </summary>
    public static async Task EnterScenarioAsync(this IResolveFieldContext context, string scenarioId)
    {
        Caller.Of(context).RequireScenarioAccess("Reading a scenario");
        var reader = await context.Store().GetScenarioReaderAsync(scenarioId, context.CancellationToken).ConfigureAwait(false)
            ?? throw new GraphQL.Error.GraphQLException(GraphQL.Error.GraphQLError.WithCode($"No scenario has the id '{scenarioId}'.", ApiErrors.NotFound));
        Scopes(context).Enter(RootKey(context), new ReaderScopes.Scope(scenarioId, reader, "@" + scenarioId + (context.ParentType.Name == "Mutation" ? "!" + RootKey(context) : string.Empty)));
    }

    private static ReaderScopes.Scope? ScopeOf(IResolveFieldContext context) => context.Features.Get<ReaderScopes>()?.Find(RootKey(context));

    /// <summary>The request's scopes: made by <see cref="ReaderScopeStep"/> before execution (or here, outside a pipeline).</summary>
    private static ReaderScopes Scopes(IResolveFieldContext context) => context.Features.GetOrAdd(() => new ReaderScopes());

    private static string RootKey(IResolveFieldContext context) => context.Path.Count > 0 ? context.Path[0].ToString() ?? string.Empty : string.Empty;
}
