using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;
using SystemGraph.GraphQL.Utilities;

namespace SystemGraph.GraphQL.Validation.Rules;

/// <summary>§5.6.2 Input Object Field Names: every field of an input object literal is defined by its type.</summary>
public sealed class InputObjectFieldNamesRule(ValidationContext context) : ValidationRule(context)
{
    public override string SpecifiedBy => Spec("Input-Object-Field-Names");

    // A list literal where a non-list is expected is §5.6.1's error as a whole; its items are not checked (as graphql-js).
    public override void EnterListValue(ListValueNode node)
    {
        if (Context.TypeInfo.GetParentInputType()?.GetNullableType() is { } expected && expected is not ListType)
        {
            SkipChildren();
        }
    }

    public override void EnterObjectField(ObjectFieldNode node)
    {
        if (Context.TypeInfo.GetParentInputType()?.GetNamedType() is InputObjectType parent && Context.TypeInfo.GetInputType() is null)
        {
            var suggestions = Suggestions.List(node.Name.Value, parent.Fields.Keys);
            Report($"Field \"{node.Name.Value}\" is not defined by type \"{parent.Name}\".{Suggestions.DidYouMean(suggestions)}", node);
        }
    }
}
