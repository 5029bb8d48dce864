using SystemGraph.GraphQL.Execution;
using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;

namespace SystemGraph.GraphQL.Analysis;

/// <summary>
/// Measures depth and cost of a validated operation with its variables, so a host can refuse expensive
/// requests before executing them. Cost model: every field costs its weight (1, or what the schema's cost
/// directives say: <see cref="FieldCost"/>) for each time it can run; a field's children run once per item it
/// returns: the list size its <c>@listSize</c> gives, else <c>first</c> / <c>last</c> when given, the default page
/// size for connection fields, the length of a list argument named <c>ids</c>, an assumed size for other lists,
/// else 1. The <c>edges</c> and <c>nodes</c> of a connection are already counted by its page size.
/// Fragments on different types are added up, so the cost is an upper bound.
/// </summary>
public static class OperationComplexityAnalyzer
{
    public static OperationComplexity Analyze(
        GraphQLSchema schema,
        DocumentNode document,
        string? operationName,
        IReadOnlyDictionary<string, object?>? variables,
        ComplexityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Execution.Executor.GetOperation(document, operationName, out var operation) is null
            ? Analyze(schema, document, operation!, variables, options)
            : default;
    }

    /// <summary>Measures a selected operation of a document.</summary>
    public static OperationComplexity Analyze(
        GraphQLSchema schema,
        DocumentNode document,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? variables,
        ComplexityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(operation);
        if (schema.GetRootType(operation.Operation) is not { } root)
        {
            return default;
        }

        var fragments = document.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(f => f.Name.Value, StringComparer.Ordinal);
        var walker = new Walker(schema, fragments, variables ?? new Dictionary<string, object?>(), options ?? ComplexityOptions.Default);
        return walker.Measure(root, operation.SelectionSet);
    }


    private sealed class Walker(
        GraphQLSchema schema,
        Dictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        ComplexityOptions options)
    {
        private readonly HashSet<string> visiting = new(StringComparer.Ordinal);

        public OperationComplexity Measure(NamedType parent, SelectionSetNode selectionSet) => Walk(parent, selectionSet, 1.0, 1);

        /// <param name="pageSize">When <paramref name="parent"/> is a connection: how many items its edges / nodes hold.</param>
        private OperationComplexity Walk(NamedType parent, SelectionSetNode selectionSet, double multiplier, double pageSize)
        {
            var depth = 0;
            var cost = 0.0;
            foreach (var selection in selectionSet.Selections)
            {
                if (!IsIncluded(selection.Directives))
                {
                    continue;
                }

                var child = selection switch
                {
                    FieldNode field => Field(parent, field, multiplier, pageSize),
                    InlineFragmentNode inline => Walk(TypeCondition(inline.TypeCondition) ?? parent, inline.SelectionSet, multiplier, pageSize),
                    FragmentSpreadNode spread => Spread(spread, multiplier, pageSize),
                    _ => default,
                };
                depth = Math.Max(depth, child.Depth);
                cost += child.Cost;
            }

            return new OperationComplexity(depth, cost);
        }

        private OperationComplexity Field(NamedType parent, FieldNode field, double multiplier, double pageSize)
        {
            var name = field.Name.Value;
            if (name.StartsWith("__", StringComparison.Ordinal))
            {
                return default;
            }

            var definition = (parent as ComplexType)?.GetField(name);
            if (definition is null)
            {
                return new OperationComplexity(1, multiplier);
            }

            var declared = FieldCost.Of(definition);
            var own = multiplier * CallWeight(definition, declared, field);
            if (field.SelectionSet is null)
            {
                return new OperationComplexity(1, own);
            }

            var returnType = definition.Type.GetNamedType();
            if (IsConnection(returnType))
            {
                // The connection object is resolved once; its edges / nodes hold the page.
                var page = IntArgument(field, "first") ?? IntArgument(field, "last") ?? options.DefaultPageSize;
                var inConnection = Walk(returnType, field.SelectionSet, multiplier, Math.Max(0, page));
                return new OperationComplexity(inConnection.Depth + 1, own + inConnection.Cost);
            }

            var size = IsConnection(parent) && definition.Name is "edges" or "nodes" ? pageSize : ItemsPerCall(definition, declared, field);
            var children = Walk(returnType, field.SelectionSet, multiplier * size, 1);
            return new OperationComplexity(children.Depth + 1, own + children.Cost);
        }

        /// <summary>One call of the field: its weight, plus its per-unit weight times each scaling argument (as given, else its default).</summary>
        private double CallWeight(FieldDefinition definition, FieldCost declared, FieldNode field)
        {
            var weight = declared.Weight;
            foreach (var (argument, perUnit) in declared.PerArgument)
            {
                weight += perUnit * Math.Max(0, IntArgumentOrDefault(definition, field, argument) ?? 0);
            }

            foreach (var (argument, whenGiven) in declared.WhenGiven)
            {
                if (IsGiven(field, argument))
                {
                    weight += whenGiven;
                }
            }

            return weight;
        }

        /// <summary>The query gives the argument a value other than null (a variable counts when the request gives it).</summary>
        private bool IsGiven(FieldNode field, string name) => field.Arguments.FirstOrDefault(a => a.Name.Value == name)?.Value switch
        {
            null or NullValueNode => false,
            VariableNode variable => variables.GetValueOrDefault(variable.Name.Value) is not null,
            _ => true,
        };

        private int? IntArgumentOrDefault(FieldDefinition definition, FieldNode field, string name) =>
            IntArgument(field, name) ?? (definition.GetArgument(name) is { HasDefaultValue: true, DefaultValue: int value } ? value : null);

        private OperationComplexity Spread(FragmentSpreadNode spread, double multiplier, double pageSize)
        {
            // Validation rejects cycles; the guard keeps an unvalidated document from recursing forever.
            if (!fragments.TryGetValue(spread.Name.Value, out var fragment) || !visiting.Add(fragment.Name.Value))
            {
                return default;
            }

            try
            {
                var type = TypeCondition(fragment.TypeCondition);
                return type is null ? default : Walk(type, fragment.SelectionSet, multiplier, pageSize);
            }
            finally
            {
                visiting.Remove(fragment.Name.Value);
            }
        }

        private double ItemsPerCall(FieldDefinition definition, FieldCost declared, FieldNode field)
        {
            foreach (var slicing in declared.SlicingArguments)
            {
                if (IntArgument(field, slicing) is { } given)
                {
                    return Math.Max(0, given);
                }
            }

            foreach (var slicing in declared.SlicingArguments)
            {
                if (IntArgumentOrDefault(definition, field, slicing) is { } byDefault)
                {
                    return Math.Max(0, byDefault);
                }
            }

            if (declared.AssumedSize is { } assumed)
            {
                return assumed;
            }

            if ((IntArgument(field, "first") ?? IntArgument(field, "last")) is { } requested)
            {
                return Math.Max(0, requested);
            }

            if (definition.Type.GetNullableType() is not ListType)
            {
                return 1;
            }

            return ListArgumentLength(field, "ids") ?? options.AssumedListSize;
        }

        private static bool IsConnection(NamedType type) => type.Name.EndsWith("Connection", StringComparison.Ordinal);

        private int? IntArgument(FieldNode field, string name) => ArgumentValue(field, name) switch
        {
            int i => i,
            long l => (int)Math.Min(l, int.MaxValue),
            _ => null,
        };

        private int? ListArgumentLength(FieldNode field, string name) => ArgumentValue(field, name) switch
        {
            System.Collections.ICollection list => list.Count,
            _ => null,
        };

        private object? ArgumentValue(FieldNode field, string name)
        {
            var argument = field.Arguments.FirstOrDefault(a => a.Name.Value == name);
            return argument?.Value switch
            {
                null => null,
                VariableNode variable => variables.GetValueOrDefault(variable.Name.Value),
                IntValueNode i => int.TryParse(i.Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue,
                ListValueNode list => list.Values,
                _ => null,
            };
        }

        private NamedType? TypeCondition(NamedTypeNode? condition) => condition is null ? null : schema.GetType(condition.Name.Value);

        /// <summary>@skip / @include with literal or variable conditions (§3.13.2, §3.13.3).</summary>
        private bool IsIncluded(IReadOnlyList<DirectiveNode> directives)
        {
            foreach (var directive in directives)
            {
                var condition = directive.Arguments.FirstOrDefault(a => a.Name.Value == "if")?.Value switch
                {
                    BooleanValueNode b => b.Value,
                    VariableNode v => variables.GetValueOrDefault(v.Name.Value) as bool?,
                    _ => null,
                };
                if ((directive.Name.Value == "skip" && condition == true) || (directive.Name.Value == "include" && condition == false))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
