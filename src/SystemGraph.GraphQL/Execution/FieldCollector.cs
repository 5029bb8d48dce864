using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;

namespace SystemGraph.GraphQL.Execution;

/// <summary>
/// Implements CollectFields (§6.3.2): groups the fields of a selection set by response key for a runtime
/// object type, applying @skip/@include and expanding fragments whose type condition applies.
/// https://spec.graphql.org/October2021/#CollectFields()
/// </summary>
public static class FieldCollector
{
    /// <summary>The grouped field set of <paramref name="selectionSet"/> for <paramref name="objectType"/>, in order.</summary>
    public static OrderedDictionary<string, List<FieldNode>> CollectFields(
        GraphQLSchema schema,
        ObjectType objectType,
        SelectionSetNode selectionSet,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables)
    {
        var grouped = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        Collect(schema, objectType, selectionSet, fragments, variables, grouped, new HashSet<string>(StringComparer.Ordinal));
        return grouped;
    }

    /// <summary>Implements CollectSubfields: the merged grouped field set of the selection sets of several field nodes.</summary>
    public static OrderedDictionary<string, List<FieldNode>> CollectSubfields(
        GraphQLSchema schema,
        ObjectType objectType,
        IReadOnlyList<FieldNode> fieldNodes,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables)
    {
        ArgumentNullException.ThrowIfNull(fieldNodes);
        var grouped = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fieldNode in fieldNodes)
        {
            if (fieldNode.SelectionSet is not null)
            {
                Collect(schema, objectType, fieldNode.SelectionSet, fragments, variables, grouped, visited);
            }
        }

        return grouped;
    }

    private static void Collect(
        GraphQLSchema schema,
        ObjectType objectType,
        SelectionSetNode selectionSet,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        OrderedDictionary<string, List<FieldNode>> grouped,
        HashSet<string> visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!ShouldInclude(selection, variables))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    if (!grouped.TryGetValue(field.ResponseKey, out var list))
                    {
                        list = new MergedFieldNodes();
                        grouped[field.ResponseKey] = list;
                    }

                    list.Add(field);
                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (!visitedFragments.Add(name) || !fragments.TryGetValue(name, out var fragment) ||
                        !DoesFragmentTypeApply(schema, objectType, fragment.TypeCondition))
                    {
                        continue;
                    }

                    Collect(schema, objectType, fragment.SelectionSet, fragments, variables, grouped, visitedFragments);
                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is not null && !DoesFragmentTypeApply(schema, objectType, inline.TypeCondition))
                    {
                        continue;
                    }

                    Collect(schema, objectType, inline.SelectionSet, fragments, variables, grouped, visitedFragments);
                    break;
            }
        }
    }

    /// <summary>@skip(if: true) excludes; @include(if: false) excludes (§3.13.1, §3.13.2).</summary>
    public static bool ShouldInclude(SelectionNode selection, IReadOnlyDictionary<string, object?> variables)
    {
        ArgumentNullException.ThrowIfNull(selection);
        if (selection.Directives.Count == 0)
        {
            return true;
        }

        if (Values.GetDirectiveValues(Directives.Skip, selection.Directives, variables) is { } skip && skip["if"] is true)
        {
            return false;
        }

        return Values.GetDirectiveValues(Directives.Include, selection.Directives, variables) is not { } include || include["if"] is not false;
    }

    /// <summary>Implements DoesFragmentTypeApply (§6.3.2).</summary>
    public static bool DoesFragmentTypeApply(GraphQLSchema schema, ObjectType objectType, NamedTypeNode typeCondition)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(typeCondition);
        var type = schema.GetType(typeCondition.Name.Value);
        return type switch
        {
            ObjectType o => ReferenceEquals(o, objectType),
            InterfaceType or UnionType => schema.IsPossibleType(type, objectType),
            _ => false,
        };
    }
}
