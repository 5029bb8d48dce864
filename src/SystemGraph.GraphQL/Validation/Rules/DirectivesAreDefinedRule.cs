using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Validation.Rules;

/// <summary>§5.7.1 Directives Are Defined: every directive used is defined by the schema.</summary>
public sealed class DirectivesAreDefinedRule(ValidationContext context) : ValidationRule(context)
{
    public override string SpecifiedBy => Spec("Directives-Are-Defined");

    public override void EnterDirective(DirectiveNode node)
    {
        if (Context.Schema.GetDirective(node.Name.Value) is null)
        {
            Report($"Unknown directive \"@{node.Name.Value}\".", node);
        }
    }
}
