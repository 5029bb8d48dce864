using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Validation.Rules;

/// <summary>§5.2.2.1 Lone Anonymous Operation: an anonymous operation must be the only operation.</summary>
public sealed class LoneAnonymousOperationRule(ValidationContext context) : ValidationRule(context)
{
    private int operationCount;

    public override string SpecifiedBy => Spec("Lone-Anonymous-Operation");

    public override void EnterDocument(DocumentNode node) => operationCount = node.Definitions.OfType<OperationDefinitionNode>().Count();

    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (node.Name is null && operationCount > 1)
        {
            Report("This anonymous operation must be the only defined operation.", node);
        }
    }
}
