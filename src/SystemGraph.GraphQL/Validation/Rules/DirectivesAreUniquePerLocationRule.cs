using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Validation.Rules;

/// <summary>§5.7.3 Directives Are Unique Per Location: a non-repeatable directive appears at most once on a node.</summary>
public sealed class DirectivesAreUniquePerLocationRule(ValidationContext context) : ValidationRule(context)
{
    public override string SpecifiedBy => Spec("Directives-Are-Unique-Per-Location");

    public override void EnterNode(ASTNode node)
    {
        var directives = node switch
        {
            OperationDefinitionNode n => n.Directives,
            SelectionNode n => n.Directives,
            FragmentDefinitionNode n => n.Directives,
            VariableDefinitionNode n => n.Directives,
            TypeSystemDefinitionNode n => n.Directives,
            _ => null,
        };
        if (directives is null || directives.Count < 2)
        {
            return;
        }

        var seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        foreach (var directive in directives)
        {
            if (Context.Schema.GetDirective(directive.Name.Value) is { IsRepeatable: true })
            {
                continue;
            }

            if (!seen.TryAdd(directive.Name.Value, directive))
            {
                Report($"The directive \"@{directive.Name.Value}\" can only be used once at this location.", seen[directive.Name.Value], directive);
            }
        }
    }
}
