using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;

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
        Collect(node.SelectionSet, Context.Schema.SubscriptionType, fields, new HashSet<string>(StringComparer.Ordinal));
        var byKey = fields.GroupBy(f => f.ResponseKey).ToList();
        var name = node.Name is { } n ? $"Subscription \"{n.Value}\"" : "Anonymous Subscription";
        if (byKey.Count > 1)
        {
            Report($"{name} must select only one top level field.", [.. byKey.Skip(1).SelectMany(g => g)]);
        }

        foreach (var group in byKey.Where(g => g.First().Name.Value.StartsWith("__", StringComparison.Ordinal)))
        {
            Report($"{name} must not select an introspection top level field.", [.. group]);
        }
    }

    /// <summary>
    /// CollectFields (§6.3.2) with no variable values: @skip / @include with literal arguments are honoured (with a
    /// variable the selection counts as included), and fragments whose type condition does not apply to the
    /// subscription root type contribute nothing.
    /// </summary>
    private void Collect(SelectionSetNode selectionSet, ObjectType rootType, List<FieldNode> fields, HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (IsExcluded(selection))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    fields.Add(field);
                    break;
                case InlineFragmentNode inline when Applies(inline.TypeCondition?.Name.Value, rootType):
                    Collect(inline.SelectionSet, rootType, fields, visited);
                    break;
                case FragmentSpreadNode spread when visited.Add(spread.Name.Value)
                    && Context.GetFragment(spread.Name.Value) is { } fragment && Applies(fragment.TypeCondition.Name.Value, rootType):
                    Collect(fragment.SelectionSet, rootType, fields, visited);
                    break;
            }
        }
    }

    private bool Applies(string? typeCondition, ObjectType rootType) =>
        typeCondition is null || typeCondition == rootType.Name
        || (Context.Schema.GetType(typeCondition) is IAbstractType and NamedType abstractType && Context.Schema.IsSubType(abstractType, rootType));

    // The first @skip / @include of each name decides (a repeat is §5.7.3's error, reported separately).
    private static bool IsExcluded(SelectionNode selection) =>
        LiteralIf(selection.Directives.FirstOrDefault(d => d.Name.Value == "skip")) is true
        || LiteralIf(selection.Directives.FirstOrDefault(d => d.Name.Value == "include")) is false;

    private static bool? LiteralIf(DirectiveNode? directive) =>
        directive?.Arguments.FirstOrDefault(a => a.Name.Value == "if")?.Value is BooleanValueNode b ? b.Value : null;
}
