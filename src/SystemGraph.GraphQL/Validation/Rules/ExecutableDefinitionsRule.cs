using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Validation.Rules;

/// <summary>§5.1.1 Executable Definitions: a document sent for execution holds only operations and fragments.</summary>
public sealed class ExecutableDefinitionsRule(ValidationContext context) : ValidationRule(context)
{
    public override string SpecifiedBy => Spec("Executable-Definitions");

    public override void EnterDocument(DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is ExecutableDefinitionNode)
            {
                continue;
            }

            // The schema is named bare, everything else by its quoted name (graphql-js's wording).
            var name = definition switch
            {
                SchemaDefinitionNode or SchemaExtensionNode => "schema",
                TypeDefinitionNode type => Quoted(type.Name.Value),
                TypeExtensionNode extension => Quoted(extension.Name.Value),
                DirectiveDefinitionNode directive => Quoted(directive.Name.Value),
                _ => "unknown",
            };
            Report($"The {name} definition is not executable.", definition);
        }
    }

    private static string Quoted(string name) => "\"" + name + "\"";
}
