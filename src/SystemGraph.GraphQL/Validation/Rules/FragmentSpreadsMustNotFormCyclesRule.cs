using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Validation.Rules;

/// <summary>
/// §5.5.2.2 Fragment spreads must not form cycles: a depth-first walk over spreads from each fragment, reporting
/// each cycle once with the path of spreads that closes it.
/// </summary>
public sealed class FragmentSpreadsMustNotFormCyclesRule(ValidationContext context) : ValidationRule(context)
{
    private readonly HashSet<string> visited = new(StringComparer.Ordinal);
    private readonly List<FragmentSpreadNode> spreadPath = [];
    private readonly Dictionary<string, int> pathIndex = new(StringComparer.Ordinal);

    public override string SpecifiedBy => Spec("Fragment-spreads-must-not-form-cycles");

    public override void EnterOperationDefinition(OperationDefinitionNode node) => SkipChildren();

    public override void EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        Detect(node);
        SkipChildren();
    }

    private void Detect(FragmentDefinitionNode fragment)
    {
        if (!visited.Add(fragment.Name.Value))
        {
            return;
        }

        var spreads = ValidationContext.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return;
        }

        pathIndex[fragment.Name.Value] = spreadPath.Count;
        foreach (var spread in spreads)
        {
            var name = spread.Name.Value;
            spreadPath.Add(spread);
            if (!pathIndex.TryGetValue(name, out var cycleStart))
            {
                if (Context.GetFragment(name) is { } target)
                {
                    Detect(target);
                }
            }
            else
            {
                var cycle = spreadPath.Skip(cycleStart).ToList();
                var via = cycle.Take(cycle.Count - 1).Select(s => $"\"{s.Name.Value}\"").ToList();
                Report($"Cannot spread fragment \"{name}\" within itself" + (via.Count > 0 ? $" via {string.Join(", ", via)}." : "."), [.. cycle]);
            }

            spreadPath.RemoveAt(spreadPath.Count - 1);
        }

        pathIndex.Remove(fragment.Name.Value);
    }
}
