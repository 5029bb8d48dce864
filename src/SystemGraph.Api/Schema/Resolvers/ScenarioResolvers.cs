using System.Security.Cryptography;
using SystemGraph.Api.Auth;
using SystemGraph.Api.Schema.Loaders;
using SystemGraph.Api.Schema.Writes;
using SystemGraph.Graph.Changes;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;
using SystemGraph.GraphQL.Execution;
using SystemGraph.GraphQL.Utilities;

namespace SystemGraph.Api.Schema.Resolvers;

/// <summary>
/// Scenarios: open, promote, discard; the scenario queries; and the <c>scenario:</c> argument of every Query field,
/// which makes that field (and everything under it) read the scenario's graph.
/// </summary>
internal static class ScenarioResolvers
{
    private static readonly IReadOnlySet<string> OpenErrors = WriteRunner.Union("ValidationError", "NotFoundError");
    private static readonly IReadOnlySet<string> PromoteErrors = WriteRunner.Union("ValidationError", "VersionConflictError", "PromoteConflictError", "NotFoundError", "RuleViolationError", "DuplicateError");
    private static readonly IReadOnlySet<string> DiscardErrors = WriteRunner.Union("ValidationError", "NotFoundError");

    public static void Register(SchemaBuilderOptions o)
    {
        o.AddResolver("Mutation.openScenario", async ctx => await WriteRunner.RunScenarioLifecycleAsync(ctx, "openScenario", OpenErrors, (caller, input) =>
        {
            caller.RequireScenarioAccess("openScenario");
            var name = input.RequiredString("name").Trim();
            if (name.Length == 0)
            {
                return Planned(null, new ValidationError("A scenario needs a name.", "name"));
            }

            var id = $"scn-{EntityInput.Slug(name)}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}";
            return Planned(new GraphWrite.OpenScenario(id, name, input.String("description")));
        }).ConfigureAwait(false));

        o.AddResolver("Mutation.promoteScenario", async ctx => await WriteRunner.RunScenarioLifecycleAsync(ctx, "promoteScenario", PromoteErrors, (caller, input) =>
        {
            caller.RequireEditor("promoteScenario");
            return Planned(new GraphWrite.PromoteScenario(input.RequiredString("scenario"), input.Int("expectedRevision")));
        }).ConfigureAwait(false));

        o.AddResolver("Mutation.discardScenario", async ctx => await WriteRunner.RunScenarioLifecycleAsync(
            ctx,
            "discardScenario",
            DiscardErrors,
            async (caller, input) =>
            {
                caller.RequireScenarioAccess("discardScenario");
                var id = input.RequiredString("scenario");
                var scenario = await ScenarioAsync(ctx, id).ConfigureAwait(false);
                if (scenario is null)
                {
                    return (null, [new NotFoundError($"No scenario has the id '{id}'.", id)]);
                }

                // A planner discards their own scenarios; editors and admins anyone's.
                if (!caller.CanWriteBaseline && !string.Equals(scenario.CreatedBy, caller.Subject, StringComparison.Ordinal))
                {
                    throw new GraphQL.Error.GraphQLException(GraphQL.Error.GraphQLError.WithCode(
                        $"Scenario '{id}' was opened by {scenario.CreatedBy}; only they, an editor or an admin can discard it.", GraphQL.Error.ErrorCodes.NotAuthorized));
                }

                return (new GraphWrite.DiscardScenario(id), []);
            },
            reasonIsEvidence: true).ConfigureAwait(false));

        o.AddResolver("Query.scenario", async ctx =>
        {
            Caller.Of(ctx).RequireScenarioAccess("Reading scenarios");
            return await ScenarioAsync(ctx, ctx.RequiredString("id")).ConfigureAwait(false);
        });
        o.AddResolver("Query.scenarios", async ctx =>
        {
            Caller.Of(ctx).RequireScenarioAccess("Reading scenarios");
            var all = await ctx.Store().GetScenariosAsync(null, ctx.CancellationToken).ConfigureAwait(false);
            var status = ctx.Arg<ScenarioStatus?>("status");
            return all.OfType<Scenario>().Where(s => status is null || s.Status == status).ToList();
        });
        o.AddResolver("Query.scenarioDiff", async ctx =>
        {
            Caller.Of(ctx).RequireScenarioAccess("Reading scenarios");
            return await ChangesAsync(ctx, ctx.RequiredString("scenario")).ConfigureAwait(false)
                ?? throw new GraphQL.Error.GraphQLException(GraphQL.Error.GraphQLError.WithCode($"No scenario has the id '{ctx.RequiredString("scenario")}'.", ApiErrors.NotFound));
        });

        o.AddResolver("Scenario.changes", async ctx => await ChangesAsync(ctx, ((Scenario)ctx.Source!).Id).ConfigureAwait(false) ?? []);
        o.AddResolver("Scenario.history", async ctx =>
            await ctx.Store().GetAuditLogAsync(new AuditQuery(ScenarioId: ((Scenario)ctx.Source!).Id, Limit: AuditResolvers.First(ctx), ScenarioOnly: true), ctx.CancellationToken).ConfigureAwait(false));

        o.AddResolver("ScenarioChange.id", ctx => ((ScenarioChangeView)ctx.Source!).Entry.TargetId);
        o.AddResolver("ScenarioChange.target", ctx => ((ScenarioChangeView)ctx.Source!).Entry.Target);
        o.AddResolver("ScenarioChange.kind", ctx => ((ScenarioChangeView)ctx.Source!).Entry.Kind);
        o.AddResolver("ScenarioChange.fields", ctx => ((ScenarioChangeView)ctx.Source!).Entry.Fields);
        o.AddResolver("ScenarioChange.baseVersion", ctx => (int)((ScenarioChangeView)ctx.Source!).Entry.BaseVersion);
        o.AddResolver("ScenarioChange.baselineVersion", ctx => (int)((ScenarioChangeView)ctx.Source!).Entry.BaselineVersion);
        o.AddResolver("ScenarioChange.conflict", ctx => ((ScenarioChangeView)ctx.Source!).Entry.Conflict);
        o.AddResolver("ScenarioChange.entity", async ctx => await InScenarioAsync(ctx, (reader, id) => reader.GetEntitiesAsync([id], ctx.CancellationToken), ChangeTarget.Entity).ConfigureAwait(false));
        o.AddResolver("ScenarioChange.relationship", async ctx => await InScenarioAsync(ctx, (reader, id) => reader.GetRelationshipsAsync([id], ctx.CancellationToken), ChangeTarget.Relationship).ConfigureAwait(false));

        WrapQueryFields(o);
    }

    /// <summary>
    /// Every Query field that takes <c>scenario:</c> first enters the scenario (role check, unknown id refused),
    /// then resolves as usual, reading through <see cref="ReaderScope"/>.
    /// </summary>
    private static void WrapQueryFields(SchemaBuilderOptions o) =>
        o.UseFieldMiddleware(coordinate => coordinate.StartsWith("Query.", StringComparison.Ordinal), inner => async ctx =>
        {
            if (ctx.Arguments.TryGetValue("scenario", out var value) && value is string scenarioId)
            {
                await ctx.EnterScenarioAsync(scenarioId).ConfigureAwait(false);
            }

            return await inner(ctx).ConfigureAwait(false);
        });

    private static Task<(GraphWrite? Write, IReadOnlyList<PayloadError> Errors)> Planned(GraphWrite? write, params PayloadError[] errors) =>
        Task.FromResult<(GraphWrite?, IReadOnlyList<PayloadError>)>((write, errors));

    private static async Task<Scenario?> ScenarioAsync(IResolveFieldContext ctx, string id) =>
        (await ctx.Store().GetScenariosAsync([id], ctx.CancellationToken).ConfigureAwait(false))[0];

    private static async Task<IReadOnlyList<ScenarioChangeView>?> ChangesAsync(IResolveFieldContext ctx, string scenarioId) =>
        (await ctx.Store().GetScenarioDiffAsync(scenarioId, ctx.CancellationToken).ConfigureAwait(false))?.Select(e => new ScenarioChangeView(scenarioId, e)).ToList();

    private static async Task<T?> InScenarioAsync<T>(IResolveFieldContext ctx, Func<IGraphReader, string, Task<IReadOnlyList<T?>>> read, ChangeTarget target)
        where T : class
    {
        var view = (ScenarioChangeView)ctx.Source!;
        if (view.Entry.Target != target)
        {
            return null;
        }

        var reader = await ctx.Store().GetScenarioReaderAsync(view.ScenarioId, ctx.CancellationToken).ConfigureAwait(false);
        if (reader is null)
        {
            return null;
        }

        try
        {
            return (await read(reader, view.Entry.TargetId).ConfigureAwait(false))[0];
        }
        finally
        {
            if (reader is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}

/// <summary>A scenario diff entry with the scenario it belongs to (its entity and relationship resolve in that scenario).</summary>
internal sealed record ScenarioChangeView(string ScenarioId, ScenarioDiffEntry Entry);
