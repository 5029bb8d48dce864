using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;
using SystemGraph.GraphQL.Utilities;

namespace SystemGraph.GraphQL.Validation.Rules;

/// <summary>§5.6.2 Input Object Field Names: every field of an input object literal is defined by its type.</summary>
public sealed class InputObjectFieldNamesRule(ValidationContext context) : ValidationRule(context)
{
    public override string SpecifiedBy => Spec("Input-Object-Field-Names");

    public override void EnterObjectField(ObjectFieldNode node)
    {
        if (Context.TypeInfo.GetParentInputType()?.GetNamedType() is InputObjectType parent && Context.TypeInfo.GetInputType() is null)
        {
            var suggestions = Suggestions.List(node.Name.Value, parent.Fields.Keys);
            Report($"Field \"{node.Name.Value}\" is not defined by type \"{parent.Name}\".{Suggestions.DidYouMean(suggestions)}", node);
        }
    }
}
