using SystemGraph.Api.Auth;
using SystemGraph.Api.Schema.Loaders;
using SystemGraph.Graph.Changes;
using SystemGraph.Graph.Model;
using SystemGraph.GraphQL.Execution;
using SystemGraph.GraphQL.Utilities;

namespace SystemGraph.Api.Schema.Resolvers;

/// <summary>
/// The audit log and record history: "who changed this line, when, why and on what evidence", for signed-in callers
/// (it names people). Entries made in a scenario show only when that scenario is asked for (or once it is promoted:
/// then they are the baseline's history).
/// </summary>
internal static class AuditResolvers
{
    private const int MaxEntries = 500;

    private static readonly string[] EntityTypes = ["Organisation", "Board", "Area", "Programme", "Person", "Service", "Agreement", "Function", "Document", "Fund"];

    public static void Register(SchemaBuilderOptions o)
    {
        o.AddResolver("Query.auditLog", async ctx =>
        {
            Caller.Of(ctx).RequireAuthenticated("The audit log");
            var scenario = ctx.Arg<string>("scenario");
            var query = new AuditQuery(ctx.Arg<string>("entity"), ctx.Arg<DateTimeOffset?>("since"), scenario, First(ctx));
            return await ctx.Store().GetAuditLogAsync(query, ctx.CancellationToken).ConfigureAwait(false);
        });

        foreach (var type in EntityTypes)
        {
            o.AddResolver(type + ".version", ctx => (int)((Entity)ctx.Source!).Version);
            o.AddResolver(type + ".history", async ctx => await HistoryAsync(ctx, ((Entity)ctx.Source!).Id).ConfigureAwait(false));
        }

        o.AddResolver("Relationship.version", ctx => (int)((Relationship)ctx.Source!).Version);
        o.AddResolver("Relationship.history", async ctx => await HistoryAsync(ctx, ((Relationship)ctx.Source!).Id).ConfigureAwait(false));

        o.AddResolver("AuditEntry.sequence", ctx => (int)((AuditEntry)ctx.Source!).Sequence);
        o.AddResolver("AuditEntry.version", ctx => (int)((AuditEntry)ctx.Source!).Version);
        o.AddResolver("AuditEntry.scenario", async ctx => ((AuditEntry)ctx.Source!).ScenarioId is { } id && Caller.Of(ctx).CanUseScenarios
            ? (await ctx.Store().GetScenariosAsync([id], ctx.CancellationToken).ConfigureAwait(false))[0]
            : null);
        o.AddResolver("RecordChange.id", ctx => ((AuditChange)ctx.Source!).TargetId);
        o.AddResolver("RecordChange.versionBefore", ctx => ((AuditChange)ctx.Source!).VersionBefore is { } v ? (int)v : (int?)null);
        o.AddResolver("RecordChange.versionAfter", ctx => (int)((AuditChange)ctx.Source!).VersionAfter);
        o.AddResolver("Scenario.revision", ctx => (int)((Scenario)ctx.Source!).Revision);
    }

    /// <summary>The <c>first:</c> argument, bounded.</summary>
    public static int First(IResolveFieldContext ctx)
    {
        var first = ctx.Int("first", 50);
        return first is < 0 or > MaxEntries ? throw ApiErrors.Invalid($"first must be between 0 and {MaxEntries}.") : first;
    }

    /// <summary>
    /// A record's history as seen from the graph this field reads: the baseline's, plus its scenario's when in one.
    /// It names the people who made each change, so it needs a signed-in caller (any role).
    /// </summary>
    private static async Task<IReadOnlyList<AuditEntry>> HistoryAsync(IResolveFieldContext ctx, string id)
    {
        Caller.Of(ctx).RequireAuthenticated("A record's history");
        var first = First(ctx);
        var scenario = ctx.ScenarioId();

        // Every record in a burst asking for its history with the same first: is answered by one store call.
        return await ctx.DataLoaders.GetOrCreate<string, IReadOnlyList<AuditEntry>>($"history:{first}:{scenario}{ctx.LoaderSuffix()}", async (ids, ct) =>
            await ctx.Store().GetHistoriesAsync(ids, scenario, first, ct).ConfigureAwait(false)).LoadAsync(id).ConfigureAwait(false);
    }
}
