using System.Security.Cryptography;
using SystemGraph.Api.Schema.Loaders;
using SystemGraph.Api.Schema.Writes;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;
using SystemGraph.Graph.Traversals;
using SystemGraph.GraphQL.Utilities;

namespace SystemGraph.Api.Schema.Resolvers;

/// <summary>
/// The graph-changing mutations: create and update entities, link them, end a line, change a line's status, and
/// propose a function transfer. Each plans its writes and leaves the rest (roles, evidence, audit, refusals) to
/// <see cref="WriteRunner"/>; the checks every store shares (existence, versions, relationship rules) run in the store.
/// </summary>
internal static class MutationResolvers
{
    private static readonly IReadOnlySet<string> CreateEntityErrors = WriteRunner.Union("ValidationError", "DuplicateError", "NotFoundError");
    private static readonly IReadOnlySet<string> UpdateEntityErrors = WriteRunner.Union("ValidationError", "VersionConflictError", "NotFoundError");
    private static readonly IReadOnlySet<string> LinkErrors = WriteRunner.Union("ValidationError", "RuleViolationError", "NotFoundError", "DuplicateError");
    private static readonly IReadOnlySet<string> LineChangeErrors = WriteRunner.Union("ValidationError", "VersionConflictError", "NotFoundError");

    public static void Register(SchemaBuilderOptions o)
    {
        o.AddResolver("Mutation.createEntity", async ctx => await WriteRunner.RunAsync(ctx, "createEntity", CreateEntityErrors, async request =>
        {
            var input = request.Input;
            var kind = input.Enum<EntityKind>("kind")!.Value;
            var id = input.String("id")?.Trim() ?? EntityInput.Slug(input.RequiredString("name"));
            if (!IsSlug(id))
            {
                return WritePlan.Refuse(new ValidationError($"'{id}' is not a URL-safe slug (lower-case letters, digits and single hyphens).", "id"));
            }

            var existing = await request.Graph.GetEntitiesAsync([id], ctx.CancellationToken).ConfigureAwait(false);
            if (existing[0] is not null)
            {
                return WritePlan.Refuse(new DuplicateError($"An entity with the id '{id}' already exists; update it (updateEntity) or choose another id.", id));
            }

            // Expected version 0: "it must not exist", checked again inside the store's atomic write.
            return WritePlan.Of(new GraphWrite.UpsertEntity(EntityInput.Create(input, kind, id, request.Info.Source), ExpectedVersion: 0));
        }, async (request, _) => new(StringComparer.Ordinal) { ["entity"] = await ctx.LoadEntityAsync(EntityIdOf(request)).ConfigureAwait(false) }).ConfigureAwait(false));

        o.AddResolver("Mutation.updateEntity", async ctx => await WriteRunner.RunAsync(ctx, "updateEntity", UpdateEntityErrors, async request =>
        {
            var id = request.Input.RequiredString("id");
            var found = await request.Graph.GetEntitiesAsync([id], ctx.CancellationToken).ConfigureAwait(false);
            if (found[0] is not { } existing)
            {
                return WritePlan.Refuse(new NotFoundError($"No entity has the id '{id}'.", id));
            }

            if (request.Input.Has("name") && string.IsNullOrWhiteSpace(request.Input.String("name")))
            {
                return WritePlan.Refuse(new ValidationError("An entity's name cannot be blank.", "name"));
            }

            return WritePlan.Of(new GraphWrite.UpsertEntity(EntityInput.Update(request.Input, existing, request.Info.Source), request.Input.Int("expectedVersion")));
        }, async (request, _) => new(StringComparer.Ordinal) { ["entity"] = await ctx.LoadEntityAsync(request.Input.RequiredString("id")).ConfigureAwait(false) }).ConfigureAwait(false));

        o.AddResolver("Mutation.linkEntities", async ctx =>
        {
            var id = string.Empty;
            return await WriteRunner.RunAsync(ctx, "linkEntities", LinkErrors, async request =>
            {
                var input = request.Input;
                var line = new Relationship
                {
                    Id = id = NewLineId(input.RequiredString("from"), input.Enum<RelationshipType>("type")!.Value, input.RequiredString("to")),
                    Type = input.Enum<RelationshipType>("type")!.Value,
                    FromId = input.RequiredString("from"),
                    ToId = input.RequiredString("to"),
                    Status = input.Enum<RelationshipStatus>("status") ?? RelationshipStatus.Proposed,
                    StatusNote = input.String("statusNote"),
                    ValidFrom = input.Date("validFrom"),
                    ValidTo = input.Date("validTo"),
                    Role = input.String("role"),
                    MembershipLevel = input.Enum<MembershipLevel>("membershipLevel"),
                    Level = input.Enum<SpatialLevel>("level"),
                    Description = input.String("description"),
                    Sources = request.Info.Source is { } source ? [source] : [],
                };
                if (line.Status == RelationshipStatus.Ended && line.ValidTo is null)
                {
                    return WritePlan.Refuse(new ValidationError("A line added as ENDED needs the date it ended (validTo).", "validTo"));
                }

                var (based, basisError) = await LineBasis.ApplyAsync(line, request).ConfigureAwait(false);
                if (based is null)
                {
                    return WritePlan.Refuse(basisError!);
                }

                line = based;

                // The same line twice (same type, ends and role, both holding at some time) is a slip, not a fact.
                var existing = (await request.Graph.GetRelationshipsOfAsync([line.FromId], new RelationshipQuery(Direction.Outbound, new HashSet<RelationshipType> { line.Type }), ctx.CancellationToken)
                    .ConfigureAwait(false))[line.FromId];
                return existing.FirstOrDefault(l => IsSameLine(l, line)) is { } twin
                    ? WritePlan.Refuse(new DuplicateError($"'{line.FromId}' already has this {GraphNames.ToWire(line.Type)} line to '{line.ToId}' ({twin.Id}, {GraphNames.ToWire(twin.Status)}); change or end that one instead.", twin.Id))
                    : WritePlan.Of(new GraphWrite.AddRelationship(line));
            }, async (_, _) => new(StringComparer.Ordinal) { ["relationship"] = await ctx.LoadRelationshipAsync(id).ConfigureAwait(false) }).ConfigureAwait(false);
        });

        o.AddResolver("Mutation.endRelationship", async ctx => await WriteRunner.RunAsync(ctx, "endRelationship", LineChangeErrors, request =>
            Task.FromResult(WritePlan.Of(new GraphWrite.EndRelationship(request.Input.RequiredString("id"), request.Input.Date("endedOn")!.Value, request.Input.Int("expectedVersion")))),
            async (request, _) => new(StringComparer.Ordinal) { ["relationship"] = await ctx.LoadRelationshipAsync(request.Input.RequiredString("id")).ConfigureAwait(false) }).ConfigureAwait(false));

        o.AddResolver("Mutation.changeRelationshipStatus", async ctx => await WriteRunner.RunAsync(ctx, "changeRelationshipStatus", LineChangeErrors, request =>
            Task.FromResult(WritePlan.Of(new GraphWrite.SetRelationshipStatus(request.Input.RequiredString("id"), request.Input.Enum<RelationshipStatus>("status")!.Value, request.Input.Int("expectedVersion")))),
            async (request, _) => new(StringComparer.Ordinal) { ["relationship"] = await ctx.LoadRelationshipAsync(request.Input.RequiredString("id")).ConfigureAwait(false) }).ConfigureAwait(false));

        FunctionTransferMutation.Register(o);
    }

    /// <summary>Same ends, type and role, neither ended, and their validity periods overlap.</summary>
    private static bool IsSameLine(Relationship existing, Relationship added) =>
        string.Equals(existing.ToId, added.ToId, StringComparison.Ordinal)
        && string.Equals(existing.Role, added.Role, StringComparison.Ordinal)
        && existing.Status != RelationshipStatus.Ended
        && (existing.ValidTo is null || added.ValidFrom is null || added.ValidFrom <= existing.ValidTo)
        && (added.ValidTo is null || existing.ValidFrom is null || existing.ValidFrom <= added.ValidTo);

    private static string EntityIdOf(WriteRequest request) => request.Input.String("id")?.Trim() ?? EntityInput.Slug(request.Input.RequiredString("name"));

    /// <summary>A new line's id, in the seed's style (from.type.to) with a random tail, so two proposals never collide.</summary>
    public static string NewLineId(string from, RelationshipType type, string to) =>
        $"{from}.{GraphNames.ToWire(type).ToLowerInvariant().Replace('_', '-')}.{to}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";

    private static bool IsSlug(string id) =>
        id.Length is > 0 and <= 200 && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '.') && id[0] != '-' && !id.Contains("--", StringComparison.Ordinal);
}

/// <summary>proposeFunctionTransfer: a TRANSFERS_TO line from a held function to the body it would move to.</summary>
internal static class FunctionTransferMutation
{
    private static readonly IReadOnlySet<string> Errors = WriteRunner.Union("ValidationError", "RuleViolationError", "NotFoundError", "DuplicateError");

    public static void Register(SchemaBuilderOptions o) => o.AddResolver("Mutation.proposeFunctionTransfer", async ctx =>
    {
        var id = string.Empty;
        return await WriteRunner.RunAsync(ctx, "proposeFunctionTransfer", Errors, async request =>
        {
            var input = request.Input;
            var functionId = input.RequiredString("function");
            var to = input.RequiredString("to");
            var found = await request.Graph.GetEntitiesAsync([functionId], ctx.CancellationToken).ConfigureAwait(false);
            if (found[0] is not { } function)
            {
                return WritePlan.Refuse(new NotFoundError($"No entity has the id '{functionId}'.", functionId));
            }

            if (function.Kind != EntityKind.Function)
            {
                return WritePlan.Refuse(new ValidationError($"'{functionId}' is a {GraphNames.ToWire(function.Kind)}; only a FUNCTION can transfer.", "function"));
            }

            var lines = (await request.Graph.GetRelationshipsOfAsync([functionId], new RelationshipQuery(Direction.Outbound,
                new HashSet<RelationshipType> { RelationshipType.HeldBy, RelationshipType.TransfersTo }), ctx.CancellationToken).ConfigureAwait(false))[functionId];
            if (!lines.Any(l => l.Type == RelationshipType.HeldBy))
            {
                return WritePlan.Refuse(new ValidationError($"'{functionId}' has no HELD_BY line: say which body holds it (linkEntities) before proposing where it moves.", "function"));
            }

            if (lines.FirstOrDefault(l => l.Type == RelationshipType.TransfersTo && l.Status != RelationshipStatus.Ended && string.Equals(l.ToId, to, StringComparison.Ordinal)) is { } open)
            {
                return WritePlan.Refuse(new DuplicateError($"'{functionId}' already has a {GraphNames.ToWire(open.Status)} transfer to '{to}' ({open.Id}); change its status or end it instead.", open.Id));
            }

            var line = new Relationship
            {
                Id = id = MutationResolvers.NewLineId(functionId, RelationshipType.TransfersTo, to),
                Type = RelationshipType.TransfersTo,
                FromId = functionId,
                ToId = to,
                Status = input.Enum<RelationshipStatus>("status") ?? RelationshipStatus.Proposed,
                StatusNote = input.String("statusNote"),
                ValidFrom = input.Date("effectiveFrom"),
                Sources = request.Info.Source is { } source ? [source] : [],
            };
            var (based, basisError) = await LineBasis.ApplyAsync(line, request).ConfigureAwait(false);
            if (based is null)
            {
                return WritePlan.Refuse(basisError!);
            }

            line = based;
            return line.Status == RelationshipStatus.Ended
                ? WritePlan.Refuse(new ValidationError("A proposed transfer cannot start ENDED.", "status"))
                : WritePlan.Of(new GraphWrite.AddRelationship(line));
        }, async (request, _) =>
        {
            var transfers = await TransitionTraversal.OfFunctionAsync(ctx.Reader(), request.Input.RequiredString("function"), ctx.CancellationToken).ConfigureAwait(false);
            return new(StringComparer.Ordinal)
            {
                ["transfer"] = transfers.FirstOrDefault(t => string.Equals(t.Relationship.Id, id, StringComparison.Ordinal)),
                ["relationship"] = await ctx.LoadRelationshipAsync(id).ConfigureAwait(false),
            };
        }).ConfigureAwait(false);
    });
}
