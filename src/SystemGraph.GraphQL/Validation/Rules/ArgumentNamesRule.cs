using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Utilities;

namespace SystemGraph.GraphQL.Validation.Rules;

/// <summary>§5.4.1 Argument Names: every argument is defined by the field or directive it is given to.</summary>
public sealed class ArgumentNamesRule(ValidationContext context) : ValidationRule(context)
{
    public override string SpecifiedBy => Spec("Argument-Names");

    public override void EnterArgument(ArgumentNode node)
    {
        if (Context.TypeInfo.GetArgument() is not null)
        {
            return;
        }

        var name = node.Name.Value;
        if (Parent is DirectiveNode directiveNode)
        {
            if (Context.Schema.GetDirective(directiveNode.Name.Value) is { } directive)
            {
                var suggestions = Suggestions.List(name, directive.Arguments.Select(a => a.Name));
                Report($"Unknown argument \"{name}\" on directive \"@{directive.Name}\".{Suggestions.DidYouMean(suggestions)}", node);
            }

            return;
        }

        if (Context.TypeInfo.GetFieldDef() is { } field && Context.TypeInfo.GetParentType() is { } parent)
        {
            var suggestions = Suggestions.List(name, field.Arguments.Select(a => a.Name));
            Report($"Unknown argument \"{name}\" on field \"{parent.Name}.{field.Name}\".{Suggestions.DidYouMean(suggestions)}", node);
        }
    }
}
