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
                return await ctx.LoadRelationshipsOfAsync(Self(ctx).Id, query).ConfigureAwait(false);
            });
            o.AddResolver(type + ".attributes", ctx => Self(ctx).Attributes.Select(kv => new Dictionary<string, object?> { ["name"] = kv.Key, ["value"] = kv.Value }).ToList());
        }

        o.AddResolver("Organisation.organisationType", ctx => Self(ctx).Type ?? "UNSPECIFIED");
        o.AddResolver("Organisation.areas", async ctx => await EndsAsync(ctx, Direction.Outbound, RelationshipType.Covers, EntityKind.Area).ConfigureAwait(false));

        o.AddResolver("Board.boardType", ctx => Self(ctx).Type ?? "UNSPECIFIED");
        o.AddResolver("Board.isLegalEntity", ctx => Self(ctx).IsLegalEntity ?? false);
        o.AddResolver("Board.members", async ctx =>
        {
            var level = ctx.Arg<MembershipLevel?>("level");
            var lines = await Lines(ctx, Direction.Inbound, RelationshipType.MemberOf, ctx.Date("asOf")).ConfigureAwait(false);
            return lines.Where(l => level is null || l.MembershipLevel == level).ToList();
        });
        o.AddResolver("Board.chair", async ctx =>
        {
            var lines = await Lines(ctx, Direction.Inbound, RelationshipType.Chairs, Today).ConfigureAwait(false);
            var line = lines.OrderBy(l => l.Status == RelationshipStatus.Proposed ? 1 : 0).FirstOrDefault();
            return line is null ? null : await ctx.LoadEntityAsync(line.FromId).ConfigureAwait(false);
        });
        o.AddResolver("Board.area", async ctx => (await EndsAsync(ctx, Direction.Outbound, RelationshipType.Covers, EntityKind.Area).ConfigureAwait(false)) is { Count: > 0 } found ? found[0] : null);

        o.AddResolver("Area.level", ctx => Self(ctx).Level ?? SpatialLevel.Place);
        o.AddResolver("Area.parent", async ctx => (await EndsAsync(ctx, Direction.Outbound, RelationshipType.PartOf, EntityKind.Area).ConfigureAwait(false)) is { Count: > 0 } found ? found[0] : null);
        o.AddResolver("Area.children", async ctx => await EndsAsync(ctx, Direction.Inbound, RelationshipType.PartOf, EntityKind.Area).ConfigureAwait(false));

        o.AddResolver("Programme.sro", async ctx => (await EndsAsync(ctx, Direction.Inbound, RelationshipType.SroFor, EntityKind.Person).ConfigureAwait(false)) is { Count: > 0 } found ? found[0] : null);
        o.AddResolver("Programme.leads", async ctx => await EndsAsync(ctx, Direction.Inbound, RelationshipType.Leads, EntityKind.Person).ConfigureAwait(false));
        o.AddResolver("Programme.overseenBy", async ctx => await EndsAsync(ctx, Direction.Inbound, RelationshipType.Oversees, null).ConfigureAwait(false));

        o.AddResolver("Person.roles", async ctx =>
        {
            var types = new HashSet<RelationshipType> { RelationshipType.HoldsPost, RelationshipType.Chairs, RelationshipType.SroFor, RelationshipType.Leads, RelationshipType.MemberOf };
            return await ctx.LoadRelationshipsOfAsync(Self(ctx).Id, new RelationshipQuery(Direction.Outbound, types, ctx.Date("asOf"))).ConfigureAwait(false);
        });

        o.AddResolver("Service.category", ctx => Self(ctx).Category ?? ServiceCategory.CommunityServices);
        o.AddResolver("Service.levels", async ctx =>
        {
            var mode = ctx.Arg<PlanningMode?>("mode");
            var types = new HashSet<RelationshipType> { RelationshipType.PlannedAt, RelationshipType.DeliveredAt };
            var service = Self(ctx);
            var lines = await ctx.LoadRelationshipsOfAsync(service.Id, new RelationshipQuery(Direction.Outbound, types)).ConfigureAwait(false);
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
        });

        o.AddResolver("Agreement.agreementType", ctx => Self(ctx).Type ?? "UNSPECIFIED");
        o.AddResolver("Agreement.parties", async ctx => await Lines(ctx, Direction.Inbound, RelationshipType.PartyTo, null).ConfigureAwait(false));

        o.AddResolver("Function.heldBy", async ctx =>
        {
            var lines = await Lines(ctx, Direction.Outbound, RelationshipType.HeldBy, ctx.Date("asOf") ?? Today).ConfigureAwait(false);
            var line = lines.OrderByDescending(l => l.ValidFrom).FirstOrDefault();
            return line is null ? null : await ctx.LoadEntityAsync(line.ToId).ConfigureAwait(false);
        });
        o.AddResolver("Function.transfers", async ctx => await Lines(ctx, Direction.Outbound, RelationshipType.TransfersTo, null).ConfigureAwait(false));

        o.AddResolver("Document.file", ctx => Self(ctx).File ?? string.Empty);
        o.AddResolver("Fund.amountGbp", ctx => Self(ctx).AmountGbp is { } amount ? (double)amount : (double?)null);

        o.AddResolver("OrgChartNode.id", ctx => ((OrgChartNode)ctx.Source!).Entity.Id);
    }

    /// <summary>Today's date, for fields that default to "now" (these answers change over time: not cacheable forever).</summary>
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private static Entity Self(IResolveFieldContext ctx) => (Entity)ctx.Source!;

    private static Task<IReadOnlyList<Relationship>> Lines(IResolveFieldContext ctx, Direction direction, RelationshipType type, DateOnly? asOf) =>
        ctx.LoadRelationshipsOfAsync(Self(ctx).Id, new RelationshipQuery(direction, new HashSet<RelationshipType> { type }, asOf));

    /// <summary>The entities at the other end of an entity's lines of one type, optionally of one kind.</summary>
    private static async Task<IReadOnlyList<Entity>> EndsAsync(IResolveFieldContext ctx, Direction direction, RelationshipType type, EntityKind? kind)
    {
        var lines = await Lines(ctx, direction, type, null).ConfigureAwait(false);
        var self = Self(ctx).Id;
        var ends = await ctx.LoadEntitiesAsync(lines.Where(l => l.Status != RelationshipStatus.Ended).Select(l => l.OtherEnd(self)).Distinct(StringComparer.Ordinal)).ConfigureAwait(false);
        return ends.Where(e => kind is null || e.Kind == kind).ToList();
    }
}
