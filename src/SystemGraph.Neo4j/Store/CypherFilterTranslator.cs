using System.Collections;
using System.Globalization;
using SystemGraph.Graph.Store;

namespace SystemGraph.Neo4j.Store;

/// <summary>
/// Translates <see cref="EntityFilter"/> and <see cref="RelationshipFilter"/> trees to a Cypher boolean expression
/// with parameters. Every value becomes a parameter; property names come from <see cref="CypherProperties"/>.
/// </summary>
/// <remarks>
/// The embedded store's semantics are two-valued (a comparison with a missing value is false, and the negated
/// operators are the logical negation), while Cypher's are three-valued (null). So every comparison is wrapped in
/// <c>coalesce(..., false)</c> before it is negated or combined: <c>neq 'x'</c> is then true for a missing value,
/// as it is in the embedded store.
/// </remarks>
internal sealed class CypherFilterTranslator(CypherParameters parameters)
{
    private int depth;

    /// <summary>The condition on entity node variable <paramref name="node"/>; <c>true</c> for no filter.</summary>
    public string Entity(EntityFilter? filter, string node) => filter switch
    {
        null => "true",
        EntityFilter.And and => Join(and.Parts.Select(p => Entity(p, node)), " AND ", "true"),
        EntityFilter.Or or => Join(or.Parts.Select(p => Entity(p, node)), " OR ", "false"),
        EntityFilter.Compare compare => Compare(CypherProperties.Entity(compare.Property, node), compare.Operator, compare.Value),
        EntityFilter.StringList list => StringList(list, node),
        EntityFilter.Relationships related => Related(related, node),
        EntityFilter.Lines lines => Lines(lines, node),
        EntityFilter.Ends ends => Ends(ends, node),
        EntityFilter.Sources => throw SourcesNotSupported(),
        _ => throw new ArgumentOutOfRangeException(nameof(filter)),
    };

    /// <summary>The condition on relationship variable <paramref name="relationship"/> whose start and end nodes are <paramref name="from"/> and <paramref name="to"/>.</summary>
    public string Relationship(RelationshipFilter? filter, string relationship, string from, string to) => filter switch
    {
        null => "true",
        RelationshipFilter.And and => Join(and.Parts.Select(p => Relationship(p, relationship, from, to)), " AND ", "true"),
        RelationshipFilter.Or or => Join(or.Parts.Select(p => Relationship(p, relationship, from, to)), " OR ", "false"),
        RelationshipFilter.Compare compare => Compare(CypherProperties.Relationship(compare.Property, relationship, from, to), compare.Operator, compare.Value),
        RelationshipFilter.From f => Entity(f.Filter, from),
        RelationshipFilter.To t => Entity(t.Filter, to),
        RelationshipFilter.Sources => throw SourcesNotSupported(),
        _ => throw new ArgumentOutOfRangeException(nameof(filter)),
    };

    private string StringList(EntityFilter.StringList list, string node)
    {
        var items = CypherProperties.EntityList(list.Property, node);
        if (list.Quantifier == ListQuantifier.Any)
        {
            return $"size({items}) > 0";
        }

        var item = Variable("x");
        var predicate = Compare(item, list.Operator, list.Value);
        return list.Quantifier switch
        {
            ListQuantifier.Some => $"any({item} IN {items} WHERE {predicate})",
            ListQuantifier.All => $"all({item} IN {items} WHERE {predicate})",
            ListQuantifier.None => $"none({item} IN {items} WHERE {predicate})",
            _ => throw new ArgumentOutOfRangeException(nameof(list)),
        };
    }

    /// <summary>The entity's relationships in both directions, with variables for each line's start and end nodes.</summary>
    private string Related(EntityFilter.Relationships related, string node)
    {
        var relationship = Variable("r");
        var other = Variable("o");
        var from = Variable("f");
        var to = Variable("t");
        var pattern = $"MATCH ({node})-[{relationship}]-({other}:{Neo4jGraphModel.EntityLabel})";
        if (related.Quantifier == ListQuantifier.Any || related.Filter is null)
        {
            // Without a condition every line matches: "all" holds trivially, "none" means no lines, the rest means some.
            return related.Quantifier switch
            {
                ListQuantifier.All => "true",
                ListQuantifier.None => $"NOT EXISTS {{ {pattern} }}",
                _ => $"EXISTS {{ {pattern} }}",
            };
        }

        var condition = Relationship(related.Filter, relationship, from, to);
        var scoped = $"{pattern} WITH {relationship}, startNode({relationship}) AS {from}, endNode({relationship}) AS {to}";
        return related.Quantifier switch
        {
            ListQuantifier.Some => $"EXISTS {{ {scoped} WHERE {condition} }}",
            ListQuantifier.All => $"NOT EXISTS {{ {scoped} WHERE NOT ({condition}) }}",
            ListQuantifier.None => $"NOT EXISTS {{ {scoped} WHERE {condition} }}",
            _ => throw new ArgumentOutOfRangeException(nameof(related)),
        };
    }

    /// <summary>The entity's lines within a scope (a list field such as Board.members), quantified like <see cref="Related"/>.</summary>
    private string Lines(EntityFilter.Lines lines, string node)
    {
        var relationship = Variable("r");
        var other = Variable("o");
        var from = Variable("f");
        var to = Variable("t");
        var pattern = $"MATCH {CypherScope.Pattern(lines.Scope, node, relationship, other, null)} WHERE {CypherScope.Conditions(lines.Scope, relationship, parameters)}";
        if (lines.Quantifier == ListQuantifier.Any || lines.Filter is null)
        {
            return lines.Quantifier switch
            {
                ListQuantifier.All => "true",
                ListQuantifier.None => $"NOT EXISTS {{ {pattern} }}",
                _ => $"EXISTS {{ {pattern} }}",
            };
        }

        var condition = Relationship(lines.Filter, relationship, from, to);
        var scoped = $"{pattern} WITH {relationship}, startNode({relationship}) AS {from}, endNode({relationship}) AS {to}";
        return lines.Quantifier switch
        {
            ListQuantifier.Some => $"EXISTS {{ {scoped} WHERE {condition} }}",
            ListQuantifier.All => $"NOT EXISTS {{ {scoped} WHERE NOT ({condition}) }}",
            ListQuantifier.None => $"NOT EXISTS {{ {scoped} WHERE {condition} }}",
            _ => throw new ArgumentOutOfRangeException(nameof(lines)),
        };
    }

    /// <summary>
    /// The other ends of the entity's lines in scope, never through ended lines: quantified for a list field, or
    /// for a single-valued field (no quantifier) the principal end alone must exist and match.
    /// </summary>
    private string Ends(EntityFilter.Ends ends, string node)
    {
        if (ends.Quantifier is null)
        {
            var principal = Variable("p");
            return $"any({principal} IN {CypherScope.PrincipalEnd(ends.Scope, ends.Kind, node, principal, parameters)} WHERE {Entity(ends.Filter, principal)})";
        }

        var relationship = Variable("r");
        var other = Variable("o");
        var pattern = $"MATCH {CypherScope.Pattern(ends.Scope, node, relationship, other, ends.Kind)} WHERE {relationship}.status <> 'ENDED' AND {CypherScope.Conditions(ends.Scope, relationship, parameters)}";
        if (ends.Quantifier == ListQuantifier.Any || ends.Filter is null)
        {
            return ends.Quantifier switch
            {
                ListQuantifier.All => "true",
                ListQuantifier.None => $"NOT EXISTS {{ {pattern} }}",
                _ => $"EXISTS {{ {pattern} }}",
            };
        }

        var condition = Entity(ends.Filter, other);
        return ends.Quantifier switch
        {
            ListQuantifier.Some => $"EXISTS {{ {pattern} AND {condition} }}",
            ListQuantifier.All => $"NOT EXISTS {{ {pattern} AND NOT ({condition}) }}",
            ListQuantifier.None => $"NOT EXISTS {{ {pattern} AND {condition} }}",
            _ => throw new ArgumentOutOfRangeException(nameof(ends)),
        };
    }

    private static FilterNotSupportedException SourcesNotSupported() =>
        new("Filtering on sources is not supported by the Neo4j store (sources are stored as JSON); filter on the entity's or line's own fields.");

    /// <summary>One comparison, always true or false (never null).</summary>
    private string Compare(string expression, FilterOperator op, object? value)
    {
        switch (op)
        {
            case FilterOperator.Eq:
                return value is null ? $"{expression} IS NULL" : $"coalesce({expression} = {parameters.Add(Normalise(value))}, false)";
            case FilterOperator.Neq:
                return $"NOT ({Compare(expression, FilterOperator.Eq, value)})";
            case FilterOperator.In:
                return In(expression, value);
            case FilterOperator.NotIn:
                return $"NOT ({In(expression, value)})";
        }

        // String and ordering operators are false when either side is missing, as in the embedded store.
        if (value is null)
        {
            return Negated(op) ? "true" : "false";
        }

        var placeholder = parameters.Add(Normalise(value));
        var positive = op switch
        {
            FilterOperator.Contains or FilterOperator.NotContains => $"coalesce({expression} CONTAINS {placeholder}, false)",
            FilterOperator.StartsWith or FilterOperator.NotStartsWith => $"coalesce({expression} STARTS WITH {placeholder}, false)",
            FilterOperator.EndsWith or FilterOperator.NotEndsWith => $"coalesce({expression} ENDS WITH {placeholder}, false)",
            FilterOperator.Gt or FilterOperator.NotGt => $"coalesce({expression} > {placeholder}, false)",
            FilterOperator.Gte or FilterOperator.NotGte => $"coalesce({expression} >= {placeholder}, false)",
            FilterOperator.Lt or FilterOperator.NotLt => $"coalesce({expression} < {placeholder}, false)",
            FilterOperator.Lte or FilterOperator.NotLte => $"coalesce({expression} <= {placeholder}, false)",
            _ => throw new ArgumentOutOfRangeException(nameof(op)),
        };
        return Negated(op) ? $"NOT ({positive})" : positive;
    }

    private string In(string expression, object? value)
    {
        if (value is not IEnumerable list || value is string)
        {
            return "false";
        }

        var values = list.Cast<object?>().ToList();
        var placeholder = parameters.Add(values.Where(v => v is not null).Select(Normalise).ToList());
        var matches = $"coalesce({expression} IN {placeholder}, false)";

        // The embedded store counts a missing value as equal to a null in the list; Cypher's IN does not.
        return values.Contains(null) ? $"({expression} IS NULL OR {matches})" : matches;
    }

    private static bool Negated(FilterOperator op) => op is FilterOperator.NotContains or FilterOperator.NotStartsWith or FilterOperator.NotEndsWith
        or FilterOperator.NotGt or FilterOperator.NotGte or FilterOperator.NotLt or FilterOperator.NotLte;

    /// <summary>Values as they are stored: dates as ISO strings, enums by their wire names.</summary>
    private static object? Normalise(object? value) => value switch
    {
        DateOnly date => EntityRecordMapper.IsoDate(date),
        DateTime time => time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Enum e => SystemGraph.Graph.Model.GraphNames.PascalToUpperSnake(e.ToString()),
        _ => value,
    };

    private string Variable(string prefix)
    {
        depth++;
        return prefix + depth.ToString(CultureInfo.InvariantCulture);
    }

    private static string Join(IEnumerable<string> parts, string separator, string empty)
    {
        var list = parts.Select(p => "(" + p + ")").ToList();
        return list.Count == 0 ? empty : string.Join(separator, list);
    }
}
