using System.Security.Cryptography;
using System.Text;
using SystemGraph.GraphQL.Language;

namespace SystemGraph.Api.Caching;

/// <summary>
/// What the cache needs to know about a selected operation: whether it is a query that touches no time-dependent
/// field, and a hash of its document's normalised (printed) form, so that documents differing only in whitespace,
/// commas or comments share cache entries. Worked out from the document the pipeline already parsed.
/// </summary>
internal sealed record QueryShape(bool Cacheable, string NormalisedHash)
{
    private static readonly QueryShape NotCacheable = new(false, string.Empty);

    public static QueryShape Of(DocumentNode document, OperationDefinitionNode operation, ISet<string> timeDependentFields)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(operation);
        if (operation.Operation != OperationType.Query)
        {
            return NotCacheable;
        }

        var fragments = document.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(f => f.Name.Value, StringComparer.Ordinal);
        if (TouchesTimeDependentField(operation.SelectionSet, fragments, timeDependentFields, []))
        {
            return NotCacheable;
        }

        var normalised = Printer.Print(document) + "\n#" + (operation.Name?.Value ?? string.Empty);
        return new QueryShape(true, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised))));
    }

    /// <summary>
    /// A time-dependent field selected without <c>asOf</c>, or named inside any argument (a <c>where</c> or
    /// <c>order</c> through <c>chair</c> reads today's chair as well).
    /// </summary>
    private static bool TouchesTimeDependentField(SelectionSetNode? selectionSet, Dictionary<string, FragmentDefinitionNode> fragments, ISet<string> fields, HashSet<string> visited)
    {
        if (selectionSet is null)
        {
            return false;
        }

        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    if ((fields.Contains(field.Name.Value) && !field.Arguments.Any(a => a.Name.Value == "asOf"))
                        || field.Arguments.Any(a => NamesField(a.Value, fields))
                        || TouchesTimeDependentField(field.SelectionSet, fragments, fields, visited))
                    {
                        return true;
                    }

                    break;
                case InlineFragmentNode inline when TouchesTimeDependentField(inline.SelectionSet, fragments, fields, visited):
                    return true;
                case FragmentSpreadNode spread when visited.Add(spread.Name.Value)
                    && fragments.TryGetValue(spread.Name.Value, out var fragment)
                    && TouchesTimeDependentField(fragment.SelectionSet, fragments, fields, visited):
                    return true;
            }
        }

        return false;
    }

    private static bool NamesField(ValueNode value, ISet<string> fields) => value switch
    {
        ObjectValueNode obj => obj.Fields.Any(f => fields.Contains(f.Name.Value) || NamesField(f.Value, fields)),
        ListValueNode list => list.Values.Any(v => NamesField(v, fields)),
        _ => false,
    };
}
