using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;

namespace SystemGraph.GraphQL.Validation.Rules;

/// <summary>
/// §5.8.5 All Variable Usages Are Allowed: a variable's type fits every position it is used in (IsVariableUsageAllowed:
/// a nullable variable may fill a non-null position only when the variable or the position has a default).
/// </summary>
public sealed class AllVariableUsagesAreAllowedRule(ValidationContext context) : ValidationRule(context)
{
    public override string SpecifiedBy => Spec("All-Variable-Usages-are-Allowed");

    public override void LeaveOperationDefinition(OperationDefinitionNode node)
    {
        var definitions = node.VariableDefinitions.GroupBy(v => v.Variable.Name.Value).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal); // duplicates: §5.8.1 reports them; the last wins
        foreach (var usage in Context.GetRecursiveVariableUsages(node))
        {
            if (usage.Type is not { } locationType || !definitions.TryGetValue(usage.Node.Name.Value, out var definition))
            {
                continue;
            }

            var variableType = TypeHelpers.TypeFromAst(Context.Schema, definition.Type);
            if (variableType is not null && !IsAllowed(variableType, definition.DefaultValue, locationType, usage.HasDefault))
            {
                Report($"Variable \"${usage.Node.Name.Value}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".", definition, usage.Node);
            }
        }
    }

    private bool IsAllowed(GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, bool locationHasDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullDefault = variableDefault is not null and not NullValueNode;
            return (hasNonNullDefault || locationHasDefault) && TypeHelpers.IsTypeSubTypeOf(Context.Schema, variableType, nonNullLocation.OfType);
        }

        return TypeHelpers.IsTypeSubTypeOf(Context.Schema, variableType, locationType);
    }
}
