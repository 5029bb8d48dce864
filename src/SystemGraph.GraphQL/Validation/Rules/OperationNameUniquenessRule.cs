using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Validation.Rules;

/// <summary>§5.2.1.1 Operation Name Uniqueness: each named operation has a name of its own.</summary>
public sealed class OperationNameUniquenessRule(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<string, NameNode> known = new(StringComparer.Ordinal);

    public override string SpecifiedBy => Spec("Operation-Name-Uniqueness");

    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (node.Name is { } name && !known.TryAdd(name.Value, name))
        {
            Report($"There can be only one operation named \"{name.Value}\".", known[name.Value], name);
        }

        SkipChildren();
    }

    public override void EnterFragmentDefinition(FragmentDefinitionNode node) => SkipChildren();
}
