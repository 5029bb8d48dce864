using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;

namespace SystemGraph.GraphQL.Validation.Rules;

/// <summary>§5.5.2.3 Fragment spread is possible: the fragment's type and the parent type can have an object type in common.</summary>
public sealed class FragmentSpreadIsPossibleRule(ValidationContext context) : ValidationRule(context)
{
    public override string SpecifiedBy => Spec("Fragment-spread-is-possible");

    public override void EnterInlineFragment(InlineFragmentNode node)
    {
        var fragmentType = Context.TypeInfo.GetOutputType() as NamedType;
        var parentType = Context.TypeInfo.GetParentType();
        if (fragmentType.IsCompositeType() && parentType.IsCompositeType() && !TypeHelpers.DoTypesOverlap(Context.Schema, fragmentType!, parentType!))
        {
            Report($"Fragment cannot be spread here as objects of type \"{parentType!.Name}\" can never be of type \"{fragmentType!.Name}\".", node);
        }
    }

    public override void EnterFragmentSpread(FragmentSpreadNode node)
    {
        var fragment = Context.GetFragment(node.Name.Value);
        var fragmentType = fragment is null ? null : Context.Schema.GetType(fragment.TypeCondition.Name.Value);
        var parentType = Context.TypeInfo.GetParentType();
        if (fragmentType.IsCompositeType() && parentType.IsCompositeType() && !TypeHelpers.DoTypesOverlap(Context.Schema, fragmentType!, parentType!))
        {
            Report($"Fragment \"{node.Name.Value}\" cannot be spread here as objects of type \"{parentType!.Name}\" can never be of type \"{fragmentType!.Name}\".", node);
        }
    }
}
