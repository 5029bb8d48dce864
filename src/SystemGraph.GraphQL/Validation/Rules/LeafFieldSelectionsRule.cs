using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;

namespace SystemGraph.GraphQL.Validation.Rules;

/// <summary>§5.3.3 Leaf Field Selections: scalars and enums have no selection; objects, interfaces and unions need one.</summary>
public sealed class LeafFieldSelectionsRule(ValidationContext context) : ValidationRule(context)
{
    public override string SpecifiedBy => Spec("Leaf-Field-Selections");

    public override void EnterField(FieldNode node)
    {
        if (Context.TypeInfo.GetOutputType() is not { } type)
        {
            return;
        }

        var named = type.GetNamedType();
        if (named.IsLeafType())
        {
            if (node.SelectionSet is not null)
            {
                Report($"Field \"{node.Name.Value}\" must not have a selection since type \"{type}\" has no subfields.", node.SelectionSet);
            }
        }
        else if (node.SelectionSet is null)
        {
            Report($"Field \"{node.Name.Value}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{node.Name.Value} {{ ... }}\"?", node);
        }
    }
}
