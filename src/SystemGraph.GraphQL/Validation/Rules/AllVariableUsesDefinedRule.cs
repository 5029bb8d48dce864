using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Validation.Rules;

/// <summary>§5.8.3 All Variable Uses Defined: every variable an operation uses (in it or its fragments) is defined by it.</summary>
public sealed class AllVariableUsesDefinedRule(ValidationContext context) : ValidationRule(context)
{
    public override string SpecifiedBy => Spec("All-Variable-Uses-Defined");

    public override void LeaveOperationDefinition(OperationDefinitionNode node)
    {
        var defined = node.VariableDefinitions.Select(v => v.Variable.Name.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var usage in Context.GetRecursiveVariableUsages(node).Where(u => !defined.Contains(u.Node.Name.Value)))
        {
            var name = usage.Node.Name.Value;
            Report(node.Name is { } op
                ? $"Variable \"${name}\" is not defined by operation \"{op.Value}\"."
                : $"Variable \"${name}\" is not defined.", usage.Node, node);
        }
    }
}
