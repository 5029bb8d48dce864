using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Validation;

/// <summary>
/// A rule of §5 Validation: a visitor over the document that reports errors through the shared context.
/// Each error carries <c>extensions.code = GRAPHQL_VALIDATION_FAILED</c> and <c>extensions.specifiedBy</c>,
/// the link to the spec section the rule enforces.
/// </summary>
public abstract class ValidationRule(ValidationContext context) : AstVisitor
{
    protected ValidationContext Context { get; } = context;

    /// <summary>The spec section this rule enforces, e.g. https://spec.graphql.org/October2021/#sec-Operation-Name-Uniqueness.</summary>
    public abstract string SpecifiedBy { get; }

    protected void Report(string message, params ASTNode?[] nodes)
    {
        var locations = nodes.Where(n => n?.Location is not null).Select(n => n!.Location!.StartLocation).ToList();
        Context.Report(new GraphQLError(
            message,
            locations.Count > 0 ? locations : null,
            extensions: new Dictionary<string, object?>
            {
                ["code"] = ErrorCodes.ValidationFailed,
                ["specifiedBy"] = SpecifiedBy,
            }));
    }

    /// <summary>Spec section links: <c>Spec("Operation-Name-Uniqueness")</c>.</summary>
    protected static string Spec(string anchor) => "https://spec.graphql.org/October2021/#sec-" + anchor;
}
