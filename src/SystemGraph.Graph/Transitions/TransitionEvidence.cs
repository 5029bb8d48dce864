using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Transitions;

/// <summary>
/// Where a destination's accountability leads on a date: the first statutory body reached (null: none, the
/// chain breaks), the lines in force that were walked, and the destination's own lines that did not count then
/// (proposed, draft, or not valid on the date): the evidence of why the chain breaks.
/// </summary>
public sealed record AccountabilityReach(Entity? StatutoryBody, IReadOnlyList<Relationship> Walked, IReadOnlyList<Relationship> NotInForce);

/// <summary>The graph slice a report loaded once (in batches) and every rule reads.</summary>
public sealed class TransitionEvidence(
    IReadOnlyDictionary<string, Entity> entities,
    IReadOnlyDictionary<string, IReadOnlyList<Relationship>> successorLines,
    IReadOnlyDictionary<(string Destination, DateOnly? Date), AccountabilityReach> reach)
{
    public Entity? Entity(string id) => entities.GetValueOrDefault(id);

    /// <summary>The SUCCEEDED_BY lines from a body (statutory successions carry its functions).</summary>
    public IReadOnlyList<Relationship> SuccessorLines(string bodyId) => successorLines.GetValueOrDefault(bodyId) ?? [];

    /// <summary>Where <paramref name="destinationId"/>'s accountability leads on <paramref name="date"/> (loaded for every transfer in the report).</summary>
    public AccountabilityReach Reach(string destinationId, DateOnly? date) =>
        reach.TryGetValue((destinationId, date), out var found) ? found : new AccountabilityReach(null, [], []);
}
