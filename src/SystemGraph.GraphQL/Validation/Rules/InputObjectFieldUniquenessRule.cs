using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Validation.Rules;

/// <summary>§5.6.3 Input Object Field Uniqueness: an input object literal names each field once.</summary>
public sealed class InputObjectFieldUniquenessRule(ValidationContext context) : ValidationRule(context)
{
    public override string SpecifiedBy => Spec("Input-Object-Field-Uniqueness");

    public override void EnterObjectValue(ObjectValueNode node)
    {
        foreach (var group in node.Fields.GroupBy(f => f.Name.Value).Where(g => g.Count() > 1))
        {
            Report($"There can be only one input field named \"{group.Key}\".", [.. group.Select(f => f.Name)]);
        }
    }
}
