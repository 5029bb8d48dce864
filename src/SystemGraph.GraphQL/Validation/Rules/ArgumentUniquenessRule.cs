using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Validation.Rules;

/// <summary>§5.4.2 Argument Uniqueness: a field or directive is given each argument at most once.</summary>
public sealed class ArgumentUniquenessRule(ValidationContext context) : ValidationRule(context)
{
    public override string SpecifiedBy => Spec("Argument-Uniqueness");

    public override void EnterField(FieldNode node) => Check(node.Arguments);

    public override void EnterDirective(DirectiveNode node) => Check(node.Arguments);

    private void Check(IReadOnlyList<ArgumentNode> arguments)
    {
        foreach (var group in arguments.GroupBy(a => a.Name.Value).Where(g => g.Count() > 1))
        {
            Report($"There can be only one argument named \"{group.Key}\".", [.. group.Select(a => a.Name)]);
        }
    }
}
