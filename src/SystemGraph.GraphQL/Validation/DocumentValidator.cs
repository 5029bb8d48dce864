using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;
using SystemGraph.GraphQL.Utilities;

namespace SystemGraph.GraphQL.Validation;

/// <summary>
/// Implements §5 Validation: runs every rule of <see cref="SpecifiedRules"/> over the document in one walk
/// (a parallel visitor with shared type information) and returns the errors, in document order per rule.
/// </summary>
public static class DocumentValidator
{
    public static IReadOnlyList<GraphQLError> Validate(GraphQLSchema schema, DocumentNode document, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(schema, document, typeInfo, options ?? ValidationOptions.Default);
        var rules = SpecifiedRules.All.Select(create => (IAstVisitor)create(context)).ToList();
        try
        {
            AstWalker.Walk(document, new TypeInfoVisitor(typeInfo, new ParallelVisitor(rules)));
        }
        catch (ValidationAbortedException)
        {
            // The error cap was reached; the context already holds the "aborted" error.
        }

        return context.Errors;
    }
}
