using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Validation.Rules;

/// <summary>
/// §5.2.3.1 Single root field: a subscription selects exactly one root field (after fragments are collected),
/// and that field is not an introspection field.
/// </summary>
public sealed class SingleRootFieldRule(ValidationContext context) : ValidationRule(context)
{
    public override string SpecifiedBy => Spec("Single-root-field");

    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (node.Operation != OperationType.Subscription || Context.Schema.SubscriptionType is null)
        {
            return;
        }

        var fields = new List<FieldNode>();
        Collect(node.SelectionSet, fields, new HashSet<string>(StringComparer.Ordinal));
        var byKey = fields.GroupBy(f => f.ResponseKey).ToList();
        var name = node.Name is { } n ? $"Subscription \"{n.Value}\"" : "Anonymous Subscription";
        if (byKey.Count > 1)
        {
            Report($"{name} must select only one top level field.", [.. byKey.Skip(1).SelectMany(g => g)]);
        }

        foreach (var field in fields.Where(f => f.Name.Value.StartsWith("__", StringComparison.Ordinal)))
        {
            Report($"{name} must not select an introspection top level field.", field);
        }

    }

    /// <summary>CollectFields without variables: every field the selection set can contribute.</summary>
    private void Collect(SelectionSetNode selectionSet, List<FieldNode> fields, HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    fields.Add(field);
                    break;
                case InlineFragmentNode inline:
                    Collect(inline.SelectionSet, fields, visited);
                    break;
                case FragmentSpreadNode spread when visited.Add(spread.Name.Value) && Context.GetFragment(spread.Name.Value) is { } fragment:
                    Collect(fragment.SelectionSet, fields, visited);
                    break;
            }
        }
    }
}
