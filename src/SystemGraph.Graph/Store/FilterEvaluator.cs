using System.Collections;
using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Store;

/// <summary>Evaluates <see cref="EntityFilter"/> and <see cref="RelationshipFilter"/> trees against a snapshot (the embedded store).</summary>
internal sealed class FilterEvaluator(GraphSnapshot snapshot)
{
    public bool Matches(Entity entity, EntityFilter? filter) => filter switch
    {
        null => true,
        EntityFilter.And and => All(entity, and.Parts),
        EntityFilter.Or or => AnyOf(entity, or.Parts),
        EntityFilter.Compare compare => Compare(GraphProperties.Get(entity, compare.Property), compare.Operator, compare.Value),
        EntityFilter.StringList list => Quantify(GraphProperties.GetList(entity, list.Property), list.Quantifier, item => Compare(item, list.Operator, list.Value)),
        EntityFilter.Relationships related => Quantify(
            snapshot.RelationshipsOf(entity.Id, RelationshipQuery.All), related.Quantifier, r => Matches(r, related.Filter)),
        EntityFilter.Lines lines => Quantify(snapshot.RelationshipsOf(entity.Id, lines.Scope), lines.Quantifier, r => Matches(r, lines.Filter)),
        EntityFilter.Ends ends => MatchesEnds(entity, ends),
        EntityFilter.Sources sources => Quantify(entity.Sources, sources.Quantifier, s => Matches(s, sources.Filter)),
        _ => throw new ArgumentOutOfRangeException(nameof(filter)),
    };

    // Loops rather than LINQ: these run once per entity of a scan, and a lambda capturing the entity would
    // allocate for every one of them.
    private bool All(Entity entity, IReadOnlyList<EntityFilter> parts)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            if (!Matches(entity, parts[i]))
            {
                return false;
            }
        }

        return true;
    }

    private bool AnyOf(Entity entity, IReadOnlyList<EntityFilter> parts)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            if (Matches(entity, parts[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The other ends in scope, of the kind: a quantifier over all of them, or the principal one alone.</summary>
    private bool MatchesEnds(Entity entity, EntityFilter.Ends ends)
    {
        var others = OtherEnds(entity.Id, ends.Scope, ends.Kind);
        return ends.Quantifier is { } quantifier
            ? Quantify(others, quantifier, e => Matches(e, ends.Filter))
            : others.Count > 0 && Matches(others[0], ends.Filter);
    }

    /// <summary>The entities at the other end of an entity's lines in scope, principal first (<see cref="RelatedEnds"/>).</summary>
    internal List<Entity> OtherEnds(string entityId, RelationshipQuery scope, EntityKind? kind)
    {
        var result = new List<Entity>();
        foreach (var id in RelatedEnds.OtherEnds(snapshot.RelationshipsOf(entityId, scope), entityId))
        {
            if (snapshot.Entity(id) is { } other && (kind is null || other.Kind == kind))
            {
                result.Add(other);
            }
        }

        return result;
    }

    public bool Matches(SourceRef source, SourceFilter? filter) => filter switch
    {
        null => true,
        SourceFilter.And and => and.Parts.All(p => Matches(source, p)),
        SourceFilter.Or or => or.Parts.Any(p => Matches(source, p)),
        SourceFilter.Compare compare => Compare(GraphProperties.Get(source, compare.Property), compare.Operator, compare.Value),
        SourceFilter.Document document => snapshot.Entity(source.DocumentId) is { } e && Matches(e, document.Filter),
        _ => throw new ArgumentOutOfRangeException(nameof(filter)),
    };

    public bool Matches(Relationship relationship, RelationshipFilter? filter) => filter switch
    {
        null => true,
        RelationshipFilter.And and => and.Parts.All(p => Matches(relationship, p)),
        RelationshipFilter.Or or => or.Parts.Any(p => Matches(relationship, p)),
        RelationshipFilter.Compare compare => Compare(GraphProperties.Get(relationship, compare.Property), compare.Operator, compare.Value),
        RelationshipFilter.From from => snapshot.Entity(relationship.FromId) is { } e && Matches(e, from.Filter),
        RelationshipFilter.To to => snapshot.Entity(relationship.ToId) is { } e && Matches(e, to.Filter),
        RelationshipFilter.Sources sources => Quantify(relationship.Sources, sources.Quantifier, s => Matches(s, sources.Filter)),
        _ => throw new ArgumentOutOfRangeException(nameof(filter)),
    };

    private static bool Quantify<T>(IReadOnlyList<T> items, ListQuantifier quantifier, Func<T, bool> predicate) => quantifier switch
    {
        ListQuantifier.Some => items.Any(predicate),
        ListQuantifier.All => items.All(predicate),
        ListQuantifier.None => !items.Any(predicate),
        ListQuantifier.Any => items.Count > 0,
        _ => false,
    };

    /// <summary>
    /// Hot Chocolate's semantics: string operations are case-sensitive ordinal; comparisons with null are false
    /// except eq/neq null; negated operators are the logical negation.
    /// </summary>
    internal static bool Compare(object? actual, FilterOperator op, object? expected) => op switch
    {
        FilterOperator.Eq => actual is string a && expected is string e ? string.Equals(a, e, StringComparison.Ordinal) : Equal(actual, expected),
        FilterOperator.Neq => !Equal(actual, expected),
        FilterOperator.Contains => actual is string a && expected is string e && a.Contains(e, StringComparison.Ordinal),
        FilterOperator.NotContains => !Compare(actual, FilterOperator.Contains, expected),
        FilterOperator.StartsWith => actual is string a && expected is string e && a.StartsWith(e, StringComparison.Ordinal),
        FilterOperator.NotStartsWith => !Compare(actual, FilterOperator.StartsWith, expected),
        FilterOperator.EndsWith => actual is string a && expected is string e && a.EndsWith(e, StringComparison.Ordinal),
        FilterOperator.NotEndsWith => !Compare(actual, FilterOperator.EndsWith, expected),
        FilterOperator.In => expected is IEnumerable list and not string && list.Cast<object?>().Any(v => Equal(actual, v)),
        FilterOperator.NotIn => !Compare(actual, FilterOperator.In, expected),
        FilterOperator.Gt => Order(actual, expected) is > 0,
        FilterOperator.NotGt => !Compare(actual, FilterOperator.Gt, expected),
        FilterOperator.Gte => Order(actual, expected) is >= 0,
        FilterOperator.NotGte => !Compare(actual, FilterOperator.Gte, expected),
        FilterOperator.Lt => Order(actual, expected) is < 0,
        FilterOperator.NotLt => !Compare(actual, FilterOperator.Lt, expected),
        FilterOperator.Lte => Order(actual, expected) is <= 0,
        FilterOperator.NotLte => !Compare(actual, FilterOperator.Lte, expected),
        _ => false,
    };

    private static bool Equal(object? actual, object? expected) =>
        actual is null || expected is null ? actual is null && expected is null : Order(actual, expected) == 0;

    /// <summary>Orders two values of comparable kinds (numbers as decimal); null when they cannot be compared.</summary>
    internal static int? Order(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        if (IsNumber(a) && IsNumber(b))
        {
            return Convert.ToDecimal(a, System.Globalization.CultureInfo.InvariantCulture)
                .CompareTo(Convert.ToDecimal(b, System.Globalization.CultureInfo.InvariantCulture));
        }

        return (a, b) switch
        {
            (string x, string y) => string.CompareOrdinal(x, y),
            (DateOnly x, DateOnly y) => x.CompareTo(y),
            (DateOnly x, string y) when DateOnly.TryParse(y, System.Globalization.CultureInfo.InvariantCulture, out var d) => x.CompareTo(d),
            (bool x, bool y) => x.CompareTo(y),
            _ => null,
        };
    }

    private static bool IsNumber(object value) => value is int or long or double or decimal or float;
}
