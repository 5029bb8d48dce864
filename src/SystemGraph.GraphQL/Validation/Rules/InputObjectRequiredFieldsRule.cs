using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;

namespace SystemGraph.GraphQL.Validation.Rules;

/// <summary>§5.6.4 Input Object Required Fields: non-null input fields without a default are given.</summary>
public sealed class InputObjectRequiredFieldsRule(ValidationContext context) : ValidationRule(context)
{
    public override string SpecifiedBy => Spec("Input-Object-Required-Fields");

    // A list literal where a non-list is expected is §5.6.1's error as a whole; its items are not checked (as graphql-js).
    public override void EnterListValue(ListValueNode node)
    {
        if (Context.TypeInfo.GetParentInputType()?.GetNullableType() is { } expected && expected is not ListType)
        {
            SkipChildren();
        }
    }

    public override void EnterObjectValue(ObjectValueNode node)
    {
        if (Context.TypeInfo.GetInputType()?.GetNamedType() is not InputObjectType type)
        {
            return;
        }

        foreach (var field in type.Fields.Values.Where(f => f.IsRequired() && !node.Fields.Any(n => n.Name.Value == f.Name)))
        {
            Report($"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.", node);
        }
    }
}
