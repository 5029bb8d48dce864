using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;
using SystemGraph.Graph.Traversals;

namespace SystemGraph.Graph.Transitions;

/// <summary>
/// The one transition checker: loads the slice of the graph a report needs (ceasing bodies, their functions, the
/// functions' holders and transfers, successions, destinations' accountability) in batches, a fixed number of
/// store calls whatever the number of bodies, over any reader (a store or a scenario); then runs every rule of
/// <see cref="TransitionRules.All"/> on each function and assembles the report. With <c>asOf</c>, the findings are
/// those not over by that date, and the catalogue keeps the bodies not ceased by then or with a finding still open.
/// </summary>
public static class TransitionChecker
{
    private static readonly IReadOnlySet<RelationshipType> HeldBy = new HashSet<RelationshipType> { RelationshipType.HeldBy };
    private static readonly IReadOnlySet<RelationshipType> FunctionLines = new HashSet<RelationshipType> { RelationshipType.HeldBy, RelationshipType.TransfersTo };
    private static readonly IReadOnlySet<RelationshipType> SucceededBy = new HashSet<RelationshipType> { RelationshipType.SucceededBy };

    public static Task<TransitionReport> CheckAsync(IGraphReader reader, TransitionRequest request, CancellationToken cancellationToken) =>
        CheckAsync(reader, request, TransitionRules.All, cancellationToken);

    public static async Task<TransitionReport> CheckAsync(IGraphReader reader, TransitionRequest request, IReadOnlyList<TransitionRule> rules, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(rules);
        var bodies = await TransitionScope.BodiesAsync(reader, request, cancellationToken).ConfigureAwait(false);
        var bodyIds = bodies.Select(b => b.Id).ToList();

        var heldInto = await RelationshipsOfAsync(reader, bodyIds, new RelationshipQuery(Direction.Inbound, HeldBy), cancellationToken).ConfigureAwait(false);
        var functionIds = bodyIds.SelectMany(id => heldInto.GetValueOrDefault(id) ?? []).Select(l => l.FromId).Distinct(StringComparer.Ordinal).ToList();
        var functionLines = await RelationshipsOfAsync(reader, functionIds, new RelationshipQuery(Direction.Outbound, FunctionLines), cancellationToken).ConfigureAwait(false);
        var holderIds = functionLines.Values.SelectMany(l => l).Where(l => l.Type == RelationshipType.HeldBy).Select(l => l.ToId);
        var successions = await RelationshipsOfAsync(reader, holderIds.Concat(bodyIds).Distinct(StringComparer.Ordinal).ToList(), new RelationshipQuery(Direction.Outbound, SucceededBy), cancellationToken).ConfigureAwait(false);

        var entities = bodies.ToDictionary(b => b.Id, StringComparer.Ordinal);
        var wanted = functionIds
            .Concat(functionLines.Values.SelectMany(l => l).Select(l => l.ToId))
            .Concat(successions.Values.SelectMany(l => l).Select(l => l.ToId))
            .Where(id => !entities.ContainsKey(id));
        foreach (var (id, entity) in await TraversalFilters.LoadAsync(reader, wanted, cancellationToken).ConfigureAwait(false))
        {
            entities[id] = entity;
        }

        var starts = functionLines.Values.SelectMany(l => l).Where(l => l.Type == RelationshipType.TransfersTo).Select(l => (l.ToId, l.ValidFrom)).Distinct().ToList();
        var reach = await AccountabilityReachLoader.LoadAsync(reader, starts, entities, cancellationToken).ConfigureAwait(false);
        var evidence = new TransitionEvidence(entities, successions, reach);

        var timelines = new List<FunctionTimeline>();
        var findings = new List<TransitionFinding>();
        var checkedFunctions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var body in bodies)
        {
            // A function held by two bodies in scope is checked once, under the first (by name).
            foreach (var function in FunctionsOf(body, heldInto, entities).Where(f => checkedFunctions.Add(f.Id)))
            {
                var item = Case(function, body, functionLines.GetValueOrDefault(function.Id) ?? [], entities, evidence);
                var found = rules.SelectMany(r => r.Check(item)).Where(f => request.AsOf is not { } asOf || f.IsOpenOn(asOf))
                    .OrderBy(f => f.From ?? DateOnly.MinValue).ThenBy(f => f.Code).ToList();
                findings.AddRange(found);
                timelines.Add(new FunctionTimeline(function, body, item.Timeline.Select(p => p with { FindingCodes = CodesFor(p, found) }).ToList()));
            }
        }

        var withFindings = findings.Select(f => f.Body?.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var catalogue = bodies
            .Select(b => new CeasingBody(b, b.ValidTo, Successors(b, successions, entities), FunctionsOf(b, heldInto, entities)))
            .Where(b => request.AsOf is not { } asOf || b.CeasedOn is null || b.CeasedOn >= asOf || withFindings.Contains(b.Body.Id))
            .ToList();
        var kept = catalogue.Select(b => b.Body.Id).ToHashSet(StringComparer.Ordinal);
        return new TransitionReport(
            request.SystemId is { } system ? (await TraversalFilters.LoadAsync(reader, [system], cancellationToken).ConfigureAwait(false)).GetValueOrDefault(system) : null,
            request.CcgId is { } ccg ? entities.GetValueOrDefault(ccg) ?? (await TraversalFilters.LoadAsync(reader, [ccg], cancellationToken).ConfigureAwait(false)).GetValueOrDefault(ccg) : null,
            request.AsOf,
            catalogue,
            timelines.Where(t => t.Body is null || kept.Contains(t.Body.Id)).ToList(),
            findings);
    }

    private static FunctionCase Case(Entity function, Entity body, IReadOnlyList<Relationship> lines, Dictionary<string, Entity> entities, TransitionEvidence evidence)
    {
        var holdings = With(lines.Where(l => l.Type == RelationshipType.HeldBy), entities);
        var transfers = With(lines.Where(l => l.Type == RelationshipType.TransfersTo), entities);
        var (periods, gaps) = HolderTimeline.Build(function, holdings, transfers);
        return new FunctionCase(function, body, holdings, transfers, periods, gaps, evidence);
    }

    private static List<FunctionLine> With(IEnumerable<Relationship> lines, Dictionary<string, Entity> entities) =>
        lines.Where(l => entities.ContainsKey(l.ToId)).Select(l => new FunctionLine(l, entities[l.ToId])).ToList();

    /// <summary>A period's codes: the findings citing its line, or, for a gap, the HOLDER_GAP finding starting with it.</summary>
    private static List<TransitionFindingCode> CodesFor(HolderPeriod period, List<TransitionFinding> findings) =>
        findings.Where(f => period.Relationship is { } line
                ? f.Relationships.Any(r => r.Id == line.Id)
                : f.Code == TransitionFindingCode.HolderGap && f.From == period.From)
            .Select(f => f.Code).Distinct().Order().ToList();

    private static List<Entity> FunctionsOf(Entity body, IReadOnlyDictionary<string, IReadOnlyList<Relationship>> heldInto, Dictionary<string, Entity> entities) =>
        (heldInto.GetValueOrDefault(body.Id) ?? []).Select(l => entities.GetValueOrDefault(l.FromId)).OfType<Entity>()
            .DistinctBy(e => e.Id).OrderBy(e => e.Name, StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>Firm successions first, then by date (as <see cref="TransitionTraversal"/> orders a CCG's successors).</summary>
    private static List<Entity> Successors(Entity body, IReadOnlyDictionary<string, IReadOnlyList<Relationship>> successions, Dictionary<string, Entity> entities) =>
        (successions.GetValueOrDefault(body.Id) ?? [])
            .OrderBy(l => LineFirmness.IsFirm(l) ? 0 : 1).ThenBy(l => l.ValidFrom)
            .Select(l => entities.GetValueOrDefault(l.ToId)).OfType<Entity>().DistinctBy(e => e.Id).ToList();

    private static async Task<IReadOnlyDictionary<string, IReadOnlyList<Relationship>>> RelationshipsOfAsync(
        IGraphReader reader, List<string> ids, RelationshipQuery query, CancellationToken cancellationToken) =>
        ids.Count == 0
            ? new Dictionary<string, IReadOnlyList<Relationship>>(StringComparer.Ordinal)
            : await reader.GetRelationshipsOfAsync(ids, query, cancellationToken).ConfigureAwait(false);
}
