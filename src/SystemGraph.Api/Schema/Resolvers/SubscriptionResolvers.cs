using SystemGraph.Api.Auth;
using SystemGraph.Api.Schema.Loaders;
using SystemGraph.Api.Subscriptions;
using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Execution;
using SystemGraph.GraphQL.Utilities;

namespace SystemGraph.Api.Schema.Resolvers;

/// <summary>
/// The subscription fields (§6.2.3): each subscriber opens a filtered stream on this instance's <see cref="ChangeHub"/>
/// (CreateSourceEventStream), and each event it yields is a <see cref="GraphChangeEvent"/> the field's resolver shapes
/// (MapSourceToResponseEvent). Roles are those of the matching queries: the published graph for every caller who may
/// read (the access step already decided that), scenarios for planners, editors and admins; the author's name only
/// for signed-in callers, as in the audit log.
/// </summary>
internal static class SubscriptionResolvers
{
    public static void Register(SchemaBuilderOptions o)
    {
        o.AddSubscriber("Subscription.graphChanged", ctx => Open(ctx, change => change.BaselineChanged));
        o.AddResolver("Subscription.graphChanged", ctx => ctx.Source);

        o.AddSubscriber("Subscription.entityChanged", ctx =>
        {
            var id = ctx.RequiredString("id");
            return Open(ctx, change => change.Touches(id));
        });
        o.AddResolver("Subscription.entityChanged", ctx =>
        {
            var change = (GraphChangeEvent)ctx.Source!;
            var id = ctx.RequiredString("id");
            return new EntityChange(id, change.EntityIds.Contains(id, StringComparer.Ordinal), change);
        });

        o.AddSubscriber("Subscription.scenarioChanged", async ctx =>
        {
            Caller.Of(ctx).RequireScenarioAccess("Subscribing to a scenario");
            var id = ctx.RequiredString("id");
            if ((await ctx.Store().GetScenariosAsync([id], ctx.CancellationToken).ConfigureAwait(false))[0] is null)
            {
                throw new GraphQLException(GraphQLError.WithCode($"No scenario has the id '{id}'.", ApiErrors.NotFound));
            }

            return await Open(ctx, change => change.Concerns(id)).ConfigureAwait(false);
        });
        o.AddResolver("Subscription.scenarioChanged", ctx =>
        {
            var change = (GraphChangeEvent)ctx.Source!;
            return new ScenarioChange(ctx.RequiredString("id"), change.Missed ? "MISSED" : change.ScenarioAction!, change);
        });

        o.AddResolver("GraphChange.author", ctx => Caller.Of(ctx).IsAuthenticated ? ((GraphChangeEvent)ctx.Source!).Author : null);
    }

    private static ValueTask<IAsyncEnumerable<object?>> Open(IResolveFieldContext context, Func<GraphChangeEvent, bool> filter)
    {
        var hub = context.RequestServices?.GetRequiredService<ChangeHub>() ?? throw new InvalidOperationException("The request has no services.");
        return ValueTask.FromResult(hub.Subscribe(filter, context.CancellationToken));
    }

    private sealed record EntityChange(string Id, bool EntityChanged, GraphChangeEvent Change);

    private sealed record ScenarioChange(string ScenarioId, string Kind, GraphChangeEvent Change);
}
