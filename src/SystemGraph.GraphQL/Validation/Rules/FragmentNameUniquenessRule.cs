using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Validation.Rules;

/// <summary>§5.5.1.1 Fragment Name Uniqueness: each fragment definition has a name of its own.</summary>
public sealed class FragmentNameUniquenessRule(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<string, NameNode> known = new(StringComparer.Ordinal);

    public override string SpecifiedBy => Spec("Fragment-Name-Uniqueness");

    public override void EnterOperationDefinition(OperationDefinitionNode node) => SkipChildren();

    public override void EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        if (!known.TryAdd(node.Name.Value, node.Name))
        {
            Report($"There can be only one fragment named \"{node.Name.Value}\".", known[node.Name.Value], node.Name);
        }

        SkipChildren();
    }
}
