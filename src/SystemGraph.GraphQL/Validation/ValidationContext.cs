using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;
using SystemGraph.GraphQL.Utilities;

namespace SystemGraph.GraphQL.Validation;

/// <summary>A variable used somewhere, with the input type its position expects and whether that position has a default.</summary>
public sealed record VariableUsage(VariableNode Node, GraphQLType? Type, bool HasDefault, object? DefaultValue);

/// <summary>
/// What every rule shares while one document is validated: the schema, the document, the type information of
/// the walk, fragment lookups, variable usages (computed once per operation or fragment), and the error list.
/// </summary>
public sealed class ValidationContext
{
    private readonly Dictionary<string, FragmentDefinitionNode> fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<ASTNode, IReadOnlyList<VariableUsage>> usageCache = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<FragmentDefinitionNode>> referencedCache = new(ReferenceEqualityComparer.Instance);
    private readonly List<GraphQLError> errors = [];
    private readonly int maxErrors;

    public ValidationContext(GraphQLSchema schema, DocumentNode document, TypeInfo typeInfo, ValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        Schema = schema;
        Document = document;
        TypeInfo = typeInfo;
        maxErrors = options.MaxErrors;
        foreach (var fragment in document.Definitions.OfType<FragmentDefinitionNode>())
        {
            fragments[fragment.Name.Value] = fragment; // the last of duplicates wins, as in graphql-js (§5.5.1.1 reports them)
        }
    }

    public GraphQLSchema Schema { get; }

    public DocumentNode Document { get; }

    public TypeInfo TypeInfo { get; }

    public IReadOnlyList<GraphQLError> Errors => errors;

    public FragmentDefinitionNode? GetFragment(string name) => fragments.GetValueOrDefault(name);

    /// <summary>Records an error; past the cap, records the "limit reached" error and stops validation.</summary>
    public void Report(GraphQLError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (errors.Count >= maxErrors)
        {
            errors.Add(GraphQLError.WithCode("Too many validation errors, error limit reached. Validation aborted.", ErrorCodes.ValidationFailed));
            throw new ValidationAbortedException();
        }

        errors.Add(error);
    }

    /// <summary>The fragment spreads directly in a selection set (not inside nested fragments' definitions).</summary>
    public static IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        var spreads = new List<FragmentSpreadNode>();
        var stack = new Stack<SelectionSetNode>([selectionSet]);
        while (stack.Count > 0)
        {
            foreach (var selection in stack.Pop().Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } set }:
                        stack.Push(set);
                        break;
                    case InlineFragmentNode inline:
                        stack.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        return spreads;
    }

    /// <summary>Every fragment an operation uses, directly or through other fragments.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (referencedCache.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var result = new List<FragmentDefinitionNode>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var toVisit = new Stack<SelectionSetNode>([operation.SelectionSet]);
        while (toVisit.Count > 0)
        {
            foreach (var spread in GetFragmentSpreads(toVisit.Pop()))
            {
                if (seen.Add(spread.Name.Value) && GetFragment(spread.Name.Value) is { } fragment)
                {
                    result.Add(fragment);
                    toVisit.Push(fragment.SelectionSet);
                }
            }
        }

        referencedCache[operation] = result;
        return result;
    }

    /// <summary>The variables used in an operation or fragment, with the types their positions expect.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ASTNode node)
    {
        if (usageCache.TryGetValue(node, out var cached))
        {
            return cached;
        }

        var typeInfo = new TypeInfo(Schema);
        var collector = new VariableUsageCollector(typeInfo);
        AstWalker.Walk(node, new TypeInfoVisitor(typeInfo, collector));
        usageCache[node] = collector.Usages;
        return collector.Usages;
    }

    /// <summary>The variables used by an operation and by every fragment it uses.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation) =>
        GetVariableUsages(operation).Concat(GetRecursivelyReferencedFragments(operation).SelectMany(GetVariableUsages)).ToList();

    private sealed class VariableUsageCollector(TypeInfo typeInfo) : AstVisitor
    {
        public List<VariableUsage> Usages { get; } = [];

        public override void EnterVariableDefinition(VariableDefinitionNode node) => SkipChildren();

        public override void EnterVariable(VariableNode node) =>
            Usages.Add(new VariableUsage(node, typeInfo.GetInputType(), typeInfo.HasDefaultValue(), typeInfo.GetDefaultValue()));
    }
}

/// <summary>Thrown to stop the walk once the error cap is reached.</summary>
internal sealed class ValidationAbortedException : Exception
{
    public ValidationAbortedException()
        : base("Validation aborted.")
    {
    }

    public ValidationAbortedException(string message)
        : base(message)
    {
    }

    public ValidationAbortedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
