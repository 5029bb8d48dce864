using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;

namespace SystemGraph.GraphQL.Validation.Rules;

/// <summary>§5.8.2 Variables Are Input Types: variables are of scalar, enum or input object types (possibly wrapped).</summary>
public sealed class VariablesAreInputTypesRule(ValidationContext context) : ValidationRule(context)
{
    public override string SpecifiedBy => Spec("Variables-Are-Input-Types");

    public override void EnterVariableDefinition(VariableDefinitionNode node)
    {
        var type = TypeHelpers.TypeFromAst(Context.Schema, node.Type);
        if (type is not null && !type.IsInputType())
        {
            Report($"Variable \"${node.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(node.Type)}\".", node.Type);
        }
    }
}
