using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Validation.Rules;

/// <summary>§5.5.1.4 Fragments Must Be Used: every fragment is spread by some operation (directly or through fragments).</summary>
public sealed class FragmentsMustBeUsedRule(ValidationContext context) : ValidationRule(context)
{
    public override string SpecifiedBy => Spec("Fragments-Must-Be-Used");

    public override void LeaveDocument(DocumentNode node)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in node.Definitions.OfType<OperationDefinitionNode>())
        {
            used.UnionWith(Context.GetRecursivelyReferencedFragments(operation).Select(f => f.Name.Value));
        }

        foreach (var fragment in node.Definitions.OfType<FragmentDefinitionNode>().Where(f => !used.Contains(f.Name.Value)))
        {
            Report($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
        }
    }
}
