using SystemGraph.Api.Schema.Loaders;
using SystemGraph.Graph.Evidence;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;
using SystemGraph.Graph.Traversals;
using SystemGraph.GraphQL.Execution;
using SystemGraph.GraphQL.Utilities;

namespace SystemGraph.Api.Schema.Resolvers;

/// <summary>The root Query fields: thin calls into SystemGraph.Graph's store and traversals.</summary>
internal static class QueryResolvers
{
    public static void Register(SchemaBuilderOptions o)
    {
        o.AddResolver("Query.node", async ctx => await NodeAsync(ctx, ctx.RequiredString("id")).ConfigureAwait(false));
        o.AddResolver("Query.nodes", async ctx =>
        {
            var ids = ctx.Arg<System.Collections.IEnumerable>("ids")?.Cast<string>().ToList() ?? [];
            var max = ctx.Limits().MaxNodeIds;
            if (ids.Count > max)
            {
                throw ApiErrors.Invalid($"nodes(ids:) takes at most {max} ids; {ids.Count} were given.");
            }

            return await Task.WhenAll(ids.Select(id => NodeAsync(ctx, id))).ConfigureAwait(false);
        });
        o.AddResolver("Query.entity", async ctx => await EntityOrSurvivorAsync(ctx, ctx.RequiredString("id")).ConfigureAwait(false));

        o.AddResolver("Query.search", async ctx =>
        {
            var first = ctx.Int("first", 20);
            var max = ctx.Limits().MaxSearchResults;
            if (first < 0 || first > max)
            {
                throw ApiErrors.Invalid($"search(first:) must be between 0 and {max}.");
            }

            var text = SearchTextArgument.Require(ctx.RequiredString("text"), ctx.Limits().MaxSearchTextLength, "search");
            return await ctx.Reader().SearchAsync(text, ctx.Set<EntityKind>("kinds"), first, ctx.CancellationToken).ConfigureAwait(false);
        });

        o.AddResolver("Query.searchEvidence", async ctx =>
        {
            var first = ctx.Int("first", 10);
            var max = ctx.Limits().MaxSearchResults;
            if (first < 0 || first > max)
            {
                throw ApiErrors.Invalid($"searchEvidence(first:) must be between 0 and {max}.");
            }

            var text = SearchTextArgument.Require(ctx.RequiredString("text"), ctx.Limits().MaxSearchTextLength, "searchEvidence");
            var documents = ctx.Arg<System.Collections.IEnumerable>("documents")?.Cast<string>().ToHashSet(StringComparer.Ordinal);
            var search = ctx.RequestServices?.GetRequiredService<EvidenceSearch>() ?? throw new InvalidOperationException("The request has no services.");
            var result = await search.SearchAsync(ctx.Reader(), text, first, documents, ctx.CancellationToken).ConfigureAwait(false);
            if (result.Skipped.Count > 0)
            {
                ctx.SetResponseExtension("searchEvidence", new Dictionary<string, object?>
                {
                    ["skippedDocuments"] = result.Skipped.Select(s => (object?)new Dictionary<string, object?>
                    {
                        ["document"] = s.DocumentId,
                        ["file"] = s.File,
                        ["reason"] = s.Reason,
                    }).ToList(),
                });
            }

            return result.Passages;
        });

        o.AddResolver("Query.accountabilityChain", async ctx =>
            await AccountabilityChainTraversal.UpwardAsync(ctx.Reader(), ctx.RequiredString("from"), ChainOptions(ctx), ctx.CancellationToken).ConfigureAwait(false)
            ?? throw ApiErrors.EntityNotFound(ctx.RequiredString("from")));
        o.AddResolver("Query.accountableTo", async ctx =>
            await AccountabilityChainTraversal.DownwardAsync(ctx.Reader(), ctx.RequiredString("to"), ChainOptions(ctx), ctx.CancellationToken).ConfigureAwait(false)
            ?? throw ApiErrors.EntityNotFound(ctx.RequiredString("to")));

        o.AddResolver("Query.orgChart", async ctx =>
        {
            var depth = ctx.Int("depth", 3);
            if (depth is < 0 or > 10)
            {
                throw ApiErrors.Invalid("orgChart(depth:) must be between 0 and 10.");
            }

            var options = new OrgChartOptions(ctx.Set<RelationshipType>("via"), ctx.Arg<Direction?>("direction") ?? Direction.Inbound, depth, ctx.Date("asOf"), Evidence: ctx.Evidence());
            return await OrgChartTraversal.BuildAsync(ctx.Reader(), ctx.RequiredString("root"), options, ctx.CancellationToken).ConfigureAwait(false)
                ?? throw ApiErrors.EntityNotFound(ctx.RequiredString("root"));
        });

        o.AddResolver("Query.connection", async ctx =>
        {
            var maxDepth = ctx.Int("maxDepth", 6);
            if (maxDepth is < 1 or > 8)
            {
                throw ApiErrors.Invalid("connection(maxDepth:) must be between 1 and 8.");
            }

            foreach (var id in new[] { ctx.RequiredString("from"), ctx.RequiredString("to") })
            {
                _ = await ctx.LoadEntityAsync(id).ConfigureAwait(false) ?? throw ApiErrors.EntityNotFound(id);
            }

            return await ConnectionTraversal.ShortestPathsAsync(ctx.Reader(), ctx.RequiredString("from"), ctx.RequiredString("to"),
                ctx.Set<RelationshipType>("via"), maxDepth, ctx.Date("asOf"), ctx.CancellationToken, evidence: ctx.Evidence()).ConfigureAwait(false);
        });

        o.AddResolver("Query.servicePlanning", async ctx =>
        {
            var system = ctx.RequiredString("system");
            _ = await ctx.LoadEntityAsync(system).ConfigureAwait(false) ?? throw ApiErrors.EntityNotFound(system);
            return await ServicePlanningTraversal.ForSystemAsync(ctx.Reader(), system, ctx.Arg<PlanningMode?>("mode") ?? PlanningMode.Planning,
                ctx.Arg<SpatialLevel?>("level"), ctx.Arg<ServiceCategory?>("category"), ctx.CancellationToken).ConfigureAwait(false);
        });

        o.AddResolver("Query.ccgTransition", async ctx =>
            await TransitionTraversal.ForCcgAsync(ctx.Reader(), ctx.RequiredString("ccg"), ctx.CancellationToken, ctx.Evidence()).ConfigureAwait(false)
            ?? throw ApiErrors.EntityNotFound(ctx.RequiredString("ccg")));
        o.AddResolver("Query.transitions", async ctx =>
            await TransitionTraversal.AllAsync(ctx.Reader(), ctx.Arg<string>("system"), ctx.Set<RelationshipStatus>("status"), ctx.CancellationToken).ConfigureAwait(false));

        o.AddResolver("Query.graphStats", async ctx => await ctx.Reader().GetStatsAsync(ctx.CancellationToken).ConfigureAwait(false));
        o.AddResolver("GraphStats.byKind", ctx => ((GraphStats)ctx.Source!).ByKind
            .OrderBy(kv => kv.Key)
            .Select(kv => new Dictionary<string, object?> { ["kind"] = GraphNames.ToWire(kv.Key), ["count"] = kv.Value })
            .ToList());

        ConnectionResolvers.Register(o);
    }

    /// <summary>Node ids are entity slugs or relationship ids; either kind of object may come back.</summary>
    /// <summary>
    /// The object with exactly this id. Unlike <c>entity(id:)</c>, a former id does not answer its survivor: Relay's
    /// Global Object Identification asks that <c>node(id: X).id</c> be X, and a client store keyed by id would
    /// otherwise file the survivor under the old id.
    /// </summary>
    private static async Task<object?> NodeAsync(IResolveFieldContext ctx, string id) =>
        (object?)await ctx.LoadEntityAsync(id).ConfigureAwait(false) ?? await ctx.LoadRelationshipAsync(id).ConfigureAwait(false);

    private static ChainOptions ChainOptions(IResolveFieldContext ctx)
    {
        var maxDepth = ctx.Int("maxDepth", 12);
        if (maxDepth is < 1 or > 20)
        {
            throw ApiErrors.Invalid("maxDepth must be between 1 and 20.");
        }

        return new ChainOptions(ctx.Date("asOf"), maxDepth, ctx.Bool("includeProposed", true), Evidence: ctx.Evidence());
    }

    /// <summary>An entity by id; the id of an entity merged into another (one of its formerIds) answers the survivor.</summary>
    private static async Task<Entity?> EntityOrSurvivorAsync(IResolveFieldContext ctx, string id)
    {
        if (await ctx.LoadEntityAsync(id).ConfigureAwait(false) is { } entity)
        {
            return entity;
        }

        var survivors = await ctx.Reader().QueryEntitiesAsync(
            new EntityQuery { Filter = new EntityFilter.StringList("formerIds", ListQuantifier.Some, FilterOperator.Eq, id), Limit = 1 },
            ctx.CancellationToken).ConfigureAwait(false);
        return survivors.Items.Count > 0 ? survivors.Items[0] : null;
    }
}
