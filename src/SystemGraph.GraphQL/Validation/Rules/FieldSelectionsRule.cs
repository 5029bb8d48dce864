using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;
using SystemGraph.GraphQL.Utilities;

namespace SystemGraph.GraphQL.Validation.Rules;

/// <summary>
/// §5.3.1 Field Selections: every selected field exists on the type it is selected on. Suggests, like
/// graphql-js, the types that do have the field (for abstract parents), else similar field names.
/// </summary>
public sealed class FieldSelectionsRule(ValidationContext context) : ValidationRule(context)
{
    public override string SpecifiedBy => Spec("Field-Selections");

    public override void EnterField(FieldNode node)
    {
        var parent = Context.TypeInfo.GetParentType();
        if (parent is null || Context.TypeInfo.GetFieldDef() is not null)
        {
            return;
        }

        var name = node.Name.Value;
        var typeSuggestions = SuggestTypes(parent, name);
        var suggestion = typeSuggestions.Count > 0
            ? Suggestions.DidYouMean("to use an inline fragment on", typeSuggestions)
            : Suggestions.DidYouMean(parent is ComplexType complex ? Suggestions.List(name, complex.Fields.Keys) : []);
        Report($"Cannot query field \"{name}\" on type \"{parent.Name}\".{suggestion}", node);
    }

    /// <summary>For an abstract parent: the possible types and interfaces that define the field, most used first.</summary>
    private List<string> SuggestTypes(NamedType parent, string fieldName)
    {
        if (!parent.IsAbstractType())
        {
            return [];
        }

        var usage = new Dictionary<string, int>(StringComparer.Ordinal);
        var objects = new List<ObjectType>();
        foreach (var possible in Context.Schema.GetPossibleTypes(parent))
        {
            if (possible.GetField(fieldName) is null)
            {
                continue;
            }

            objects.Add(possible);
            usage[possible.Name] = 1;
            foreach (var iface in possible.Interfaces.Where(i => i.GetField(fieldName) is not null))
            {
                usage[iface.Name] = usage.GetValueOrDefault(iface.Name) + 1;
            }
        }

        return usage.Keys
            .OrderByDescending(n => usage[n])
            .ThenBy(n => Context.Schema.GetType(n) is InterfaceType ? 0 : 1)
            .ThenBy(n => n, Comparer<string>.Create(Suggestions.NaturalCompare))
            .ToList();
    }
}
