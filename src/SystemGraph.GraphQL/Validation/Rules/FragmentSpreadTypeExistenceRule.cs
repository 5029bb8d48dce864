using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Utilities;

namespace SystemGraph.GraphQL.Validation.Rules;

/// <summary>
/// §5.5.1.2 Fragment Spread Type Existence: every type named by a fragment's type condition (and, as graphql-js's
/// KnownTypeNames does, by a variable definition) exists in the schema.
/// </summary>
public sealed class FragmentSpreadTypeExistenceRule(ValidationContext context) : ValidationRule(context)
{
    public override string SpecifiedBy => Spec("Fragment-Spread-Type-Existence");

    public override void EnterNamedType(NamedTypeNode node)
    {
        var name = node.Name.Value;
        if (Context.Schema.GetType(name) is not null)
        {
            return;
        }

        var suggestions = Suggestions.List(name, Context.Schema.TypeMap.Keys);
        Report($"Unknown type \"{name}\".{Suggestions.DidYouMean(suggestions)}", node);
    }
}
