using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Validation.Rules;

/// <summary>§5.5.2.1 Fragment spread target defined: every spread names a fragment the document defines.</summary>
public sealed class FragmentSpreadTargetDefinedRule(ValidationContext context) : ValidationRule(context)
{
    public override string SpecifiedBy => Spec("Fragment-spread-target-defined");

    public override void EnterFragmentSpread(FragmentSpreadNode node)
    {
        if (Context.GetFragment(node.Name.Value) is null)
        {
            Report($"Unknown fragment \"{node.Name.Value}\".", node.Name);
        }
    }
}
