using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Language;

namespace SystemGraph.Api.Caching;

/// <summary>
/// What the cache needs to know about a document, worked out once per text: whether the selected operation is
/// a query, whether it touches a time-dependent field, and a hash of its normalised (printed) form, so that
/// documents differing only in whitespace, commas or comments share cache entries.
/// </summary>
internal sealed record QueryShape(bool Cacheable, string NormalisedHash)
{
    private const int MaxRemembered = 2_000;

    private static readonly ConcurrentDictionary<(string Text, string? Operation), QueryShape> Known = new();

    private static readonly QueryShape NotCacheable = new(false, string.Empty);

    public static QueryShape Of(string text, string? operationName, ISet<string> timeDependentFields)
    {
        if (Known.TryGetValue((text, operationName), out var known))
        {
            return known;
        }

        var shape = Analyse(text, operationName, timeDependentFields);
        if (Known.Count >= MaxRemembered)
        {
            Known.Clear();
        }

        Known[(text, operationName)] = shape;
        return shape;
    }

    private static QueryShape Analyse(string text, string? operationName, ISet<string> timeDependentFields)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(text);
        }
        catch (GraphQLException)
        {
            return NotCacheable;
        }

        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        var operation = operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.Value == operationName);
        if (operation is null || operation.Operation != OperationType.Query)
        {
            return NotCacheable;
        }

        var fragments = document.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(f => f.Name.Value, StringComparer.Ordinal);
        if (TouchesTimeDependentField(operation.SelectionSet, fragments, timeDependentFields, []))
        {
            return NotCacheable;
        }

        var normalised = Printer.Print(document) + "\n#" + (operationName ?? string.Empty);
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
