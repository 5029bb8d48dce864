using System.Globalization;
using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Transitions;

/// <summary>
/// One check of a transition, in its own file under Rules/ (as the engine's validation rules are), registered in
/// the ordered list <see cref="TransitionRules.All"/>. A rule reads one function's case and says what is wrong.
/// </summary>
public abstract class TransitionRule
{
    public abstract TransitionFindingCode Code { get; }

    public abstract FindingSeverity Severity { get; }

    public abstract IEnumerable<TransitionFinding> Check(FunctionCase item);

    /// <summary>A finding of this rule: the function is always among the records; sources are those of the lines, then of any <paramref name="sourcedEntities"/>.</summary>
    protected TransitionFinding Finding(
        FunctionCase item, string message, IEnumerable<Entity> entities, IEnumerable<Relationship> lines, DateOnly? from, DateOnly? to, IEnumerable<Entity>? sourcedEntities = null)
    {
        ArgumentNullException.ThrowIfNull(item);
        var lineList = lines.DistinctBy(l => l.Id).ToList();
        var sources = lineList.SelectMany(l => l.Sources).Concat((sourcedEntities ?? []).SelectMany(e => e.Sources)).Distinct().ToList();
        return new TransitionFinding(Code, Severity, message, item.Function, item.Body,
            entities.Prepend(item.Function).DistinctBy(e => e.Id).ToList(), lineList, from, to, sources);
    }

    protected static string Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "an unstated date";
}
