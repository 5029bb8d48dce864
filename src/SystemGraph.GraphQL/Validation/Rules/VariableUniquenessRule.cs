using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Validation.Rules;

/// <summary>§5.8.1 Variable Uniqueness: an operation defines each variable once.</summary>
public sealed class VariableUniquenessRule(ValidationContext context) : ValidationRule(context)
{
    public override string SpecifiedBy => Spec("Variable-Uniqueness");

    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        foreach (var group in node.VariableDefinitions.GroupBy(v => v.Variable.Name.Value).Where(g => g.Count() > 1))
        {
            Report($"There can be only one variable named \"${group.Key}\".", [.. group.Select(v => v.Variable.Name)]);
        }
    }
}
