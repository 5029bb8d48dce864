using SystemGraph.Api.Schema.Loaders;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;
using SystemGraph.Graph.Traversals;
using SystemGraph.GraphQL.Execution;
using SystemGraph.GraphQL.Utilities;

namespace SystemGraph.Api.Schema.Resolvers;

/// <summary>
/// Fields of the Entity interface and of each entity type. Plain properties resolve by name from the
/// <see cref="Entity"/> record; everything that follows a line goes through the request's loaders.
/// </summary>
internal static class EntityResolvers
{
    private static readonly string[] EntityTypes = ["Organisation", "Board", "Area", "Programme", "Person", "Service", "Agreement", "Function", "Document", "Fund"];

    public static void Register(SchemaBuilderOptions o)
    {
        foreach (var type in EntityTypes)
        {
            o.AddResolver(type + ".relationships", async ctx =>
            {
                var query = new RelationshipQuery(ctx.Arg<Direction?>("direction") ?? Direction.Both, ctx.Set<RelationshipType>("types"), ctx.Date("asOf"), ctx.Set<RelationshipStatus>("status"));
                var lines = await ctx.LoadRelationshipsOfAsync(Self(ctx).Id, query).ConfigureAwait(false);
                var evidence = ctx.Evidence();
                return evidence.IsAll ? lines : lines.Where(evidence.Admits).ToList();
            });
            // A brought-in document's text is served by Document.text, not listed among its attributes.
            o.AddResolver(type + ".attributes", ctx => Self(ctx).Attributes.Where(kv => kv.Key != Ingest.DocumentTexts.AttributeKey)
                .Select(kv => new Dictionary<string, object?> { ["name"] = kv.Key, ["value"] = kv.Value }).ToList());
        }

        o.AddResolver("Organisation.organisationType", ctx => Self(ctx).Type ?? "UNSPECIFIED");
        o.AddResolver("Board.boardType", ctx => Self(ctx).Type ?? "UNSPECIFIED");
        o.AddResolver("Board.isLegalEntity", ctx => Self(ctx).IsLegalEntity ?? false);
        o.AddResolver("Area.level", ctx => Self(ctx).Level ?? SpatialLevel.Place);
        o.AddResolver("Service.category", ctx => Self(ctx).Category ?? ServiceCategory.CommunityServices);
        o.AddResolver("Agreement.agreementType", ctx => Self(ctx).Type ?? "UNSPECIFIED");

        foreach (var field in RelatedFields.All)
        {
            o.AddResolver(field.Type + "." + field.Field, field.Shape switch
            {
                RelatedFieldShape.Entity => async ctx => (await EndsAsync(ctx, field).ConfigureAwait(false)) is { Count: > 0 } found ? found[0] : null,
                RelatedFieldShape.EntityList => async ctx => await EndsAsync(ctx, field).ConfigureAwait(false),
                RelatedFieldShape.Lines => async ctx => await LinesAsync(ctx, field).ConfigureAwait(false),
                _ => async ctx => await ServiceLevelsAsync(ctx, field).ConfigureAwait(false),
            });
        }

        o.AddResolver("Function.heldBy", async ctx =>
        {
            var lines = await Lines(ctx, Direction.Outbound, RelationshipType.HeldBy, ctx.Date("asOf") ?? Today).ConfigureAwait(false);
            var line = lines.OrderByDescending(l => l.ValidFrom).FirstOrDefault();
            return line is null ? null : await ctx.LoadEntityAsync(line.ToId).ConfigureAwait(false);
        });

        // An external citation may give only its url (issue #14); file stays non-null as the contract says.
        o.AddResolver("Document.file", ctx => Self(ctx).File ?? Self(ctx).Url ?? string.Empty);
        // A brought-in paper keeps its text on the Document; a seed paper's text is its file in the sources folder.
        o.AddResolver("Document.text", async ctx => await Ingest.DocumentTexts.ReadAsync(ctx, Self(ctx)).ConfigureAwait(false));
        o.AddResolver("Fund.amountGbp", ctx => Self(ctx).AmountGbp is { } amount ? (double)amount : (double?)null);

        o.AddResolver("OrgChartNode.id", ctx => ((OrgChartNode)ctx.Source!).Entity.Id);
    }

    /// <summary>Today's date, for fields that default to "now" (these answers change over time: not cacheable forever).</summary>
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private static Entity Self(IResolveFieldContext ctx) => (Entity)ctx.Source!;

    private static Task<IReadOnlyList<Relationship>> Lines(IResolveFieldContext ctx, Direction direction, RelationshipType type, DateOnly? asOf) =>
        ctx.LoadRelationshipsOfAsync(Self(ctx).Id, new RelationshipQuery(direction, new HashSet<RelationshipType> { type }, asOf));

    /// <summary>The lines a related field follows; the field's own <c>asOf</c> and <c>level</c> arguments narrow them.</summary>
    private static async Task<IReadOnlyList<Relationship>> LinesAsync(IResolveFieldContext ctx, RelatedField field)
    {
        var lines = await ctx.LoadRelationshipsOfAsync(Self(ctx).Id, field.Scope(ctx.Date("asOf"))).ConfigureAwait(false);
        var level = ctx.Arg<MembershipLevel?>("level");
        return level is null ? lines : lines.Where(l => l.MembershipLevel == level).ToList();
    }

    /// <summary>The entities at the other end of a related field's lines, principal first (<see cref="RelatedEnds"/>).</summary>
    private static async Task<IReadOnlyList<Entity>> EndsAsync(IResolveFieldContext ctx, RelatedField field)
    {
        var self = Self(ctx).Id;
        var lines = await ctx.LoadRelationshipsOfAsync(self, field.Scope()).ConfigureAwait(false);
        var ends = await ctx.LoadEntitiesAsync(RelatedEnds.OtherEnds(lines, self)).ConfigureAwait(false);
        return ends.Where(e => field.Kind is null || e.Kind == field.Kind).ToList();
    }

    private static async Task<List<ServiceLevelAssignment>> ServiceLevelsAsync(IResolveFieldContext ctx, RelatedField field)
    {
        var mode = ctx.Arg<PlanningMode?>("mode");
        var service = Self(ctx);
        var lines = await ctx.LoadRelationshipsOfAsync(service.Id, field.Scope()).ConfigureAwait(false);
        var result = new List<ServiceLevelAssignment>();
        foreach (var line in lines.Where(l => l.Level is not null))
        {
            var lineMode = line.Type == RelationshipType.PlannedAt ? PlanningMode.Planning : PlanningMode.Delivery;
            if (mode is null || mode == lineMode)
            {
                result.Add(new ServiceLevelAssignment(service, lineMode, line.Level!.Value, await ctx.LoadEntityAsync(line.ToId).ConfigureAwait(false), line.Sources));
            }
        }

        return result;
    }
}
