using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;

namespace SystemGraph.GraphQL.Validation.Rules;

/// <summary>
/// §5.4.2.1 Required Arguments: a non-null argument without a default is given (not checked here: a null
/// given to it, which Values of Correct Type reports).
/// </summary>
public sealed class RequiredArgumentsRule(ValidationContext context) : ValidationRule(context)
{
    public override string SpecifiedBy => Spec("Required-Arguments");

    public override void LeaveField(FieldNode node)
    {
        if (Context.TypeInfo.GetFieldDef() is not { } field)
        {
            return;
        }

        foreach (var argument in Missing(field.Arguments, node.Arguments))
        {
            Report($"Field \"{field.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.", node);
        }
    }

    public override void LeaveDirective(DirectiveNode node)
    {
        if (Context.Schema.GetDirective(node.Name.Value) is not { } directive)
        {
            return;
        }

        foreach (var argument in Missing(directive.Arguments, node.Arguments))
        {
            Report($"Directive \"@{directive.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.", node);
        }
    }

    private static IEnumerable<InputValueDefinition> Missing(IReadOnlyList<InputValueDefinition> definitions, IReadOnlyList<ArgumentNode> given) =>
        definitions.Where(d => d.IsRequired() && !given.Any(a => a.Name.Value == d.Name));
}
