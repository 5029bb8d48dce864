using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;

namespace SystemGraph.GraphQL.Validation.Rules;

/// <summary>§5.5.1.3 Fragments On Composite Types: fragments condition on objects, interfaces or unions only.</summary>
public sealed class FragmentsOnCompositeTypesRule(ValidationContext context) : ValidationRule(context)
{
    public override string SpecifiedBy => Spec("Fragments-On-Composite-Types");

    public override void EnterInlineFragment(InlineFragmentNode node)
    {
        if (node.TypeCondition is { } condition && Context.Schema.GetType(condition.Name.Value) is { } type && !type.IsCompositeType())
        {
            Report($"Fragment cannot condition on non composite type \"{type.Name}\".", condition);
        }
    }

    public override void EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        if (Context.Schema.GetType(node.TypeCondition.Name.Value) is { } type && !type.IsCompositeType())
        {
            Report($"Fragment \"{node.Name.Value}\" cannot condition on non composite type \"{type.Name}\".", node.TypeCondition);
        }
    }
}
