using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Validation.Rules;

/// <summary>§5.8.4 All Variables Used: every variable an operation defines is used in it or its fragments.</summary>
public sealed class AllVariablesUsedRule(ValidationContext context) : ValidationRule(context)
{
    public override string SpecifiedBy => Spec("All-Variables-Used");

    public override void LeaveOperationDefinition(OperationDefinitionNode node)
    {
        var used = Context.GetRecursiveVariableUsages(node).Select(u => u.Node.Name.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var definition in node.VariableDefinitions.Where(v => !used.Contains(v.Variable.Name.Value)))
        {
            var name = definition.Variable.Name.Value;
            Report(node.Name is { } op
                ? $"Variable \"${name}\" is never used in operation \"{op.Value}\"."
                : $"Variable \"${name}\" is never used.", definition);
        }
    }
}
