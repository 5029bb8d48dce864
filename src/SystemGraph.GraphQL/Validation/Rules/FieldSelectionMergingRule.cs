using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;

namespace SystemGraph.GraphQL.Validation.Rules;

/// <summary>
/// §5.3.2 Field Selection Merging: fields with the same response name can be merged (FieldsInSetCanMerge and
/// SameResponseShape). Fields and fragment contents are collected once per selection set and compared pairwise;
/// compared fragment pairs are remembered, so the work stays polynomial on documents built to explode it.
/// </summary>
public sealed class FieldSelectionMergingRule(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<SelectionSetNode, FieldsAndFragments> cache = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<(string, string, bool)> comparedFragmentPairs = [];

    public override string SpecifiedBy => Spec("Field-Selection-Merging");

    public override void EnterSelectionSet(SelectionSetNode node)
    {
        foreach (var conflict in FindConflictsWithin(Context.TypeInfo.GetParentType(), node))
        {
            Report($"Fields \"{conflict.ResponseName}\" conflict because {ReasonMessage(conflict.Reason)}. Use different aliases on the fields to fetch both if this was intentional.",
                [.. conflict.Fields1, .. conflict.Fields2]);
        }
    }

    private List<Conflict> FindConflictsWithin(NamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<Conflict>();
        var (fieldMap, fragmentNames) = Collect(parentType, selectionSet);
        CollectWithin(conflicts, fieldMap);
        for (var i = 0; i < fragmentNames.Count; i++)
        {
            CollectBetweenFieldsAndFragment(conflicts, false, fieldMap, fragmentNames[i], []);
            for (var j = i + 1; j < fragmentNames.Count; j++)
            {
                CollectBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
            }
        }

        return conflicts;
    }

    private void CollectBetweenFieldsAndFragment(List<Conflict> conflicts, bool mutuallyExclusive, FieldMap fieldMap, string fragmentName, HashSet<string> visiting)
    {
        if (!visiting.Add(fragmentName) || Referenced(fragmentName) is not { } fragment || ReferenceEquals(fieldMap, fragment.FieldMap))
        {
            return;
        }

        CollectBetween(conflicts, mutuallyExclusive, fieldMap, fragment.FieldMap);
        foreach (var nested in fragment.FragmentNames)
        {
            CollectBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fieldMap, nested, visiting);
        }
    }

    private void CollectBetweenFragments(List<Conflict> conflicts, bool mutuallyExclusive, string name1, string name2)
    {
        if (name1 == name2 || !comparedFragmentPairs.Add((name1, name2, mutuallyExclusive)))
        {
            return;
        }

        comparedFragmentPairs.Add((name2, name1, mutuallyExclusive));
        if (Referenced(name1) is not { } fragment1 || Referenced(name2) is not { } fragment2)
        {
            return;
        }

        CollectBetween(conflicts, mutuallyExclusive, fragment1.FieldMap, fragment2.FieldMap);
        foreach (var nested in fragment2.FragmentNames)
        {
            CollectBetweenFragments(conflicts, mutuallyExclusive, name1, nested);
        }

        foreach (var nested in fragment1.FragmentNames)
        {
            CollectBetweenFragments(conflicts, mutuallyExclusive, nested, name2);
        }
    }

    private List<Conflict> FindConflictsBetweenSubSelections(bool mutuallyExclusive, NamedType? type1, SelectionSetNode set1, NamedType? type2, SelectionSetNode set2)
    {
        var conflicts = new List<Conflict>();
        var (fieldMap1, names1) = Collect(type1, set1);
        var (fieldMap2, names2) = Collect(type2, set2);
        CollectBetween(conflicts, mutuallyExclusive, fieldMap1, fieldMap2);
        foreach (var name in names2)
        {
            CollectBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fieldMap1, name, []);
        }

        foreach (var name in names1)
        {
            CollectBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fieldMap2, name, []);
        }

        foreach (var name1 in names1)
        {
            foreach (var name2 in names2)
            {
                CollectBetweenFragments(conflicts, mutuallyExclusive, name1, name2);
            }
        }

        return conflicts;
    }

    private void CollectWithin(List<Conflict> conflicts, FieldMap fieldMap)
    {
        foreach (var (responseName, fields) in fieldMap)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private void CollectBetween(List<Conflict> conflicts, bool mutuallyExclusive, FieldMap fieldMap1, FieldMap fieldMap2)
    {
        foreach (var (responseName, fields1) in fieldMap1)
        {
            if (!fieldMap2.TryGetValue(responseName, out var fields2))
            {
                continue;
            }

            foreach (var field1 in fields1)
            {
                foreach (var field2 in fields2)
                {
                    if (FindConflict(mutuallyExclusive, responseName, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    /// <summary>The heart of the rule: can these two fields with one response name be merged?</summary>
    private Conflict? FindConflict(bool parentsMutuallyExclusive, string responseName, FieldEntry field1, FieldEntry field2)
    {
        // Fields on two different object types can never both apply, so only their shapes must agree.
        var mutuallyExclusive = parentsMutuallyExclusive
            || (field1.ParentType != field2.ParentType && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        if (!mutuallyExclusive)
        {
            var name1 = field1.Node.Name.Value;
            var name2 = field2.Node.Name.Value;
            if (name1 != name2)
            {
                return new Conflict(responseName, $"\"{name1}\" and \"{name2}\" are different fields", [field1.Node], [field2.Node]);
            }

            if (!SameArguments(field1.Node, field2.Node))
            {
                return new Conflict(responseName, "they have differing arguments", [field1.Node], [field2.Node]);
            }
        }

        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return new Conflict(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", [field1.Node], [field2.Node]);
        }

        if (field1.Node.SelectionSet is { } set1 && field2.Node.SelectionSet is { } set2)
        {
            var sub = FindConflictsBetweenSubSelections(mutuallyExclusive, type1?.GetNamedType(), set1, type2?.GetNamedType(), set2);
            if (sub.Count > 0)
            {
                return new Conflict(
                    responseName,
                    sub,
                    [field1.Node, .. sub.SelectMany(c => c.Fields1)],
                    [field2.Node, .. sub.SelectMany(c => c.Fields2)]);
            }
        }

        return null;
    }

    private static bool SameArguments(FieldNode a, FieldNode b) =>
        a.Arguments.Count == b.Arguments.Count
        && a.Arguments.All(x => b.Arguments.FirstOrDefault(y => y.Name.Value == x.Name.Value) is { } y && Printer.Print(x.Value) == Printer.Print(y.Value));

    /// <summary>SameResponseShape on the wrappers and leaves: lists against lists, non-null against non-null, equal leaf types.</summary>
    private static bool DoTypesConflict(GraphQLType type1, GraphQLType type2) => (type1, type2) switch
    {
        (ListType l1, ListType l2) => DoTypesConflict(l1.OfType, l2.OfType),
        (ListType, _) or (_, ListType) => true,
        (NonNullType n1, NonNullType n2) => DoTypesConflict(n1.OfType, n2.OfType),
        (NonNullType, _) or (_, NonNullType) => true,
        _ when type1.IsLeafType() || type2.IsLeafType() => !ReferenceEquals(type1, type2),
        _ => false,
    };

    private FieldsAndFragments? Referenced(string fragmentName)
    {
        if (Context.GetFragment(fragmentName) is not { } fragment)
        {
            return null;
        }

        var type = Context.Schema.GetType(fragment.TypeCondition.Name.Value);
        return Collect(type, fragment.SelectionSet);
    }

    /// <summary>The fields (by response name) and fragment names of a selection set, inline fragments flattened. Cached.</summary>
    private FieldsAndFragments Collect(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (cache.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var fieldMap = new FieldMap(StringComparer.Ordinal);
        var fragmentNames = new List<string>();
        CollectInto(parentType, selectionSet, fieldMap, fragmentNames);
        var result = new FieldsAndFragments(fieldMap, fragmentNames.Distinct(StringComparer.Ordinal).ToList());
        cache[selectionSet] = result;
        return result;
    }

    private void CollectInto(NamedType? parentType, SelectionSetNode selectionSet, FieldMap fieldMap, List<string> fragmentNames)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var definition = parentType is ComplexType complex ? complex.GetField(field.Name.Value) : null;
                    if (!fieldMap.TryGetValue(field.ResponseKey, out var list))
                    {
                        fieldMap[field.ResponseKey] = list = [];
                    }

                    list.Add(new FieldEntry(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    fragmentNames.Add(spread.Name.Value);
                    break;
                case InlineFragmentNode inline:
                    var conditionType = inline.TypeCondition is { } condition ? Context.Schema.GetType(condition.Name.Value) : parentType;
                    CollectInto(conditionType, inline.SelectionSet, fieldMap, fragmentNames);
                    break;
            }
        }
    }

    private static string ReasonMessage(object reason) => reason switch
    {
        List<Conflict> subConflicts => string.Join(" and ", subConflicts.Select(c => $"subfields \"{c.ResponseName}\" conflict because {ReasonMessage(c.Reason)}")),
        _ => (string)reason,
    };

    private sealed class FieldMap(StringComparer comparer) : Dictionary<string, List<FieldEntry>>(comparer);

    private sealed record FieldEntry(NamedType? ParentType, FieldNode Node, FieldDefinition? Definition);

    private sealed record FieldsAndFragments(FieldMap FieldMap, List<string> FragmentNames);

    /// <summary>A conflict: the reason is a sentence, or the list of conflicts among subfields.</summary>
    private sealed record Conflict(string ResponseName, object Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);
}
