using System.Collections;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;

namespace SystemGraph.Api.Schema.Resolvers;

/// <summary>
/// Turns Hot Chocolate-style <c>where</c> inputs (already coerced to maps) into the store's filter trees.
/// Fields of an input are ANDed; <c>and</c> / <c>or</c> combine sub-filters; operation inputs map operator by
/// operator. Object fields that follow lines (<c>chair</c>, <c>areas</c>, <c>members</c> ...) filter the entities
/// or lines the field returns, through the same table as their resolvers (<see cref="RelatedFields"/>). A field
/// this converter does not know is refused with a clear error rather than ignored, so a filter never silently
/// matches more than asked.
/// </summary>
internal static class WhereConverter
{
    private static readonly Dictionary<string, FilterOperator> Operators = new(StringComparer.Ordinal)
    {
        ["eq"] = FilterOperator.Eq, ["neq"] = FilterOperator.Neq,
        ["contains"] = FilterOperator.Contains, ["ncontains"] = FilterOperator.NotContains,
        ["startsWith"] = FilterOperator.StartsWith, ["nstartsWith"] = FilterOperator.NotStartsWith,
        ["endsWith"] = FilterOperator.EndsWith, ["nendsWith"] = FilterOperator.NotEndsWith,
        ["in"] = FilterOperator.In, ["nin"] = FilterOperator.NotIn,
        ["gt"] = FilterOperator.Gt, ["ngt"] = FilterOperator.NotGt, ["gte"] = FilterOperator.Gte, ["ngte"] = FilterOperator.NotGte,
        ["lt"] = FilterOperator.Lt, ["nlt"] = FilterOperator.NotLt, ["lte"] = FilterOperator.Lte, ["nlte"] = FilterOperator.NotLte,
    };

    private static readonly HashSet<string> ScalarEntityFields = new(StringComparer.Ordinal)
    {
        "id", "kind", "name", "description", "validFrom", "validTo", "organisationType", "boardType", "agreementType", "odsCode",
        "isLegalEntity", "level", "category", "legallyBinding", "amountGbp", "file", "publishedOn", "publisher", "title", "url",
    };

    private static readonly HashSet<string> ScalarRelationshipFields = new(StringComparer.Ordinal)
    {
        "id", "type", "status", "validFrom", "validTo", "role", "membershipLevel", "basis", "rationale", "lastEvidencedOn",
    };

    public static EntityFilter? Entity(IReadOnlyDictionary<string, object?>? where) => where is null ? null : new EntityFilter.And(EntityParts(where).ToList());

    public static RelationshipFilter? Relationship(IReadOnlyDictionary<string, object?>? where) => where is null ? null : new RelationshipFilter.And(RelationshipParts(where).ToList());

    private static IEnumerable<EntityFilter> EntityParts(IReadOnlyDictionary<string, object?> where)
    {
        foreach (var (field, value) in where)
        {
            if (value is null)
            {
                continue;
            }

            switch (field)
            {
                case "and":
                    yield return new EntityFilter.And(Maps(value).Select(m => (EntityFilter)new EntityFilter.And(EntityParts(m).ToList())).ToList());
                    break;
                case "or":
                    yield return new EntityFilter.Or(Maps(value).Select(m => (EntityFilter)new EntityFilter.And(EntityParts(m).ToList())).ToList());
                    break;
                case "aliases" or "deliverables":
                    foreach (var part in ListParts(field, Map(value)))
                    {
                        yield return part;
                    }

                    break;
                case "relationships":
                    foreach (var (quantifier, inner) in Quantified(Map(value)))
                    {
                        yield return new EntityFilter.Relationships(quantifier, inner is null ? null : Relationship(inner));
                    }

                    break;
                case "sources":
                    foreach (var (quantifier, inner) in Quantified(Map(value)))
                    {
                        yield return new EntityFilter.Sources(quantifier, inner is null ? null : Source(inner));
                    }

                    break;
                case var related when RelatedFields.Named(related) is { } relatedField:
                    foreach (var part in RelatedParts(relatedField, Map(value)))
                    {
                        yield return part;
                    }

                    break;
                case var scalar when ScalarEntityFields.Contains(scalar):
                    foreach (var part in Operations(Map(value), (op, v) => new EntityFilter.Compare(scalar, op, Normalize(v))))
                    {
                        yield return part;
                    }

                    break;
                default:
                    throw new SystemGraph.GraphQL.Error.GraphQLException(SystemGraph.GraphQL.Error.GraphQLError.WithCode(
                        $"Filtering on '{field}' is not supported; filter on its scalar fields, aliases or relationships instead.", ApiErrors.FilterNotSupported));
            }
        }
    }

    private static IEnumerable<RelationshipFilter> RelationshipParts(IReadOnlyDictionary<string, object?> where)
    {
        foreach (var (field, value) in where)
        {
            if (value is null)
            {
                continue;
            }

            switch (field)
            {
                case "and":
                    yield return new RelationshipFilter.And(Maps(value).Select(m => (RelationshipFilter)new RelationshipFilter.And(RelationshipParts(m).ToList())).ToList());
                    break;
                case "or":
                    yield return new RelationshipFilter.Or(Maps(value).Select(m => (RelationshipFilter)new RelationshipFilter.And(RelationshipParts(m).ToList())).ToList());
                    break;
                case "from":
                    yield return new RelationshipFilter.From(Entity(Map(value))!);
                    break;
                case "to":
                    yield return new RelationshipFilter.To(Entity(Map(value))!);
                    break;
                case "sources":
                    foreach (var (quantifier, inner) in Quantified(Map(value)))
                    {
                        yield return new RelationshipFilter.Sources(quantifier, inner is null ? null : Source(inner));
                    }

                    break;
                case var scalar when ScalarRelationshipFields.Contains(scalar):
                    foreach (var part in Operations(Map(value), (op, v) => new RelationshipFilter.Compare(scalar, op, Normalize(v))))
                    {
                        yield return part;
                    }

                    break;
                default:
                    throw new SystemGraph.GraphQL.Error.GraphQLException(SystemGraph.GraphQL.Error.GraphQLError.WithCode(
                        $"Filtering relationships on '{field}' is not supported.", ApiErrors.FilterNotSupported));
            }
        }
    }

    /// <summary>
    /// An object field that follows lines: a single entity (its principal end must exist and match), a list of
    /// entities or lines (some / all / none / any), or a service's level assignments.
    /// </summary>
    private static IEnumerable<EntityFilter> RelatedParts(RelatedField field, IReadOnlyDictionary<string, object?> value)
    {
        var scope = field.Scope();
        if (field.Shape == RelatedFieldShape.Entity)
        {
            yield return new EntityFilter.Ends(scope, field.Kind, null, Entity(value));
            yield break;
        }

        foreach (var (quantifier, inner) in Quantified(value))
        {
            yield return field.Shape switch
            {
                RelatedFieldShape.EntityList => new EntityFilter.Ends(scope, field.Kind, quantifier, inner is null ? null : Entity(inner)),
                RelatedFieldShape.Lines => new EntityFilter.Lines(scope, quantifier, inner is null ? null : Relationship(inner)),
                _ => new EntityFilter.Lines(scope, quantifier, inner is null ? null : new RelationshipFilter.And(AssignmentParts(inner).ToList())),
            };
        }
    }

    /// <summary>
    /// A ServiceLevelAssignment is a PLANNED_AT / DELIVERED_AT line read from the service: <c>service</c> is its
    /// from end, <c>system</c> its to end, <c>mode</c> its type, <c>level</c> the level it carries (the seed rules
    /// require one on every such line, so no line is hidden from the filter that the field shows).
    /// </summary>
    private static IEnumerable<RelationshipFilter> AssignmentParts(IReadOnlyDictionary<string, object?> where)
    {
        foreach (var (field, value) in where)
        {
            if (value is null)
            {
                continue;
            }

            switch (field)
            {
                case "and":
                    yield return new RelationshipFilter.And(Maps(value).Select(m => (RelationshipFilter)new RelationshipFilter.And(AssignmentParts(m).ToList())).ToList());
                    break;
                case "or":
                    yield return new RelationshipFilter.Or(Maps(value).Select(m => (RelationshipFilter)new RelationshipFilter.And(AssignmentParts(m).ToList())).ToList());
                    break;
                case "service":
                    yield return new RelationshipFilter.From(Entity(Map(value))!);
                    break;
                case "system":
                    yield return new RelationshipFilter.To(Entity(Map(value))!);
                    break;
                case "mode":
                    foreach (var part in Operations(Map(value), (op, v) => new RelationshipFilter.Compare("type", op, ModeAsLineType(Normalize(v)))))
                    {
                        yield return part;
                    }

                    break;
                case "level":
                    foreach (var part in Operations(Map(value), (op, v) => new RelationshipFilter.Compare("level", op, Normalize(v))))
                    {
                        yield return part;
                    }

                    break;
                case "sources":
                    foreach (var (quantifier, inner) in Quantified(Map(value)))
                    {
                        yield return new RelationshipFilter.Sources(quantifier, inner is null ? null : Source(inner));
                    }

                    break;
                default:
                    throw new SystemGraph.GraphQL.Error.GraphQLException(SystemGraph.GraphQL.Error.GraphQLError.WithCode(
                        $"Filtering service levels on '{field}' is not supported.", ApiErrors.FilterNotSupported));
            }
        }
    }

    /// <summary>PLANNING / DELIVERY as the line types that carry them.</summary>
    private static object? ModeAsLineType(object? mode) => mode switch
    {
        "PLANNING" => "PLANNED_AT",
        "DELIVERY" => "DELIVERED_AT",
        IEnumerable list and not string => list.Cast<object?>().Select(ModeAsLineType).ToList(),
        _ => mode,
    };

    /// <summary>A SourceRefFilterInput: <c>document</c> (the cited Document entity), <c>section</c>, <c>quote</c>.</summary>
    private static SourceFilter Source(IReadOnlyDictionary<string, object?> where) => new SourceFilter.And(SourceParts(where).ToList());

    private static IEnumerable<SourceFilter> SourceParts(IReadOnlyDictionary<string, object?> where)
    {
        foreach (var (field, value) in where)
        {
            if (value is null)
            {
                continue;
            }

            switch (field)
            {
                case "and":
                    yield return new SourceFilter.And(Maps(value).Select(Source).ToList());
                    break;
                case "or":
                    yield return new SourceFilter.Or(Maps(value).Select(Source).ToList());
                    break;
                case "document":
                    yield return new SourceFilter.Document(Entity(Map(value))!);
                    break;
                case "section" or "quote" or "table":
                    foreach (var part in Operations(Map(value), (op, v) => new SourceFilter.Compare(field, op, v)))
                    {
                        yield return part;
                    }

                    break;
                default:
                    throw new SystemGraph.GraphQL.Error.GraphQLException(SystemGraph.GraphQL.Error.GraphQLError.WithCode(
                        $"Filtering sources on '{field}' is not supported.", ApiErrors.FilterNotSupported));
            }
        }
    }

    /// <summary>An operation input (<c>{ eq: ..., contains: ... }</c>), its own and / or included.</summary>
    private static IEnumerable<T> Operations<T>(IReadOnlyDictionary<string, object?> operations, Func<FilterOperator, object?, T> make)
    {
        foreach (var (name, value) in operations)
        {
            if (Operators.TryGetValue(name, out var op))
            {
                // eq: null / neq: null are meaningful; other operators with null are ignored, as Hot Chocolate does.
                if (value is not null || op is FilterOperator.Eq or FilterOperator.Neq)
                {
                    yield return make(op, value);
                }
            }
        }
    }

    private static IEnumerable<EntityFilter> ListParts(string property, IReadOnlyDictionary<string, object?> list)
    {
        foreach (var (quantifier, inner) in Quantified(list))
        {
            if (inner is null)
            {
                yield return new EntityFilter.StringList(property, ListQuantifier.Any, FilterOperator.Eq, null);
                continue;
            }

            foreach (var (name, value) in inner)
            {
                if (Operators.TryGetValue(name, out var op) && value is not null)
                {
                    yield return new EntityFilter.StringList(property, quantifier, op, value as string);
                }
            }
        }
    }

    /// <summary><c>some</c> / <c>all</c> / <c>none</c> with their element filters; <c>any: true</c> (not empty) or <c>any: false</c> (empty).</summary>
    private static IEnumerable<(ListQuantifier Quantifier, IReadOnlyDictionary<string, object?>? Inner)> Quantified(IReadOnlyDictionary<string, object?> list)
    {
        foreach (var (name, value) in list)
        {
            switch (name)
            {
                case "some" when value is not null:
                    yield return (ListQuantifier.Some, Map(value));
                    break;
                case "all" when value is not null:
                    yield return (ListQuantifier.All, Map(value));
                    break;
                case "none" when value is not null:
                    yield return (ListQuantifier.None, Map(value));
                    break;
                case "any" when value is true:
                    yield return (ListQuantifier.Any, null);
                    break;
                case "any" when value is false:
                    yield return (ListQuantifier.None, new Dictionary<string, object?>());
                    break;
            }
        }
    }

    /// <summary>Enum values are compared in their wire form, as the store's property table reports them.</summary>
    private static object? Normalize(object? value) => value switch
    {
        Enum e => EnumWire(e),
        IEnumerable list and not string => list.Cast<object?>().Select(Normalize).ToList(),
        _ => value,
    };

    private static string EnumWire(Enum value) => GraphNames.PascalToUpperSnake(value.ToString());

    private static IReadOnlyDictionary<string, object?> Map(object? value) =>
        value as IReadOnlyDictionary<string, object?> ?? throw new InvalidOperationException("Expected an input object.");

    private static IEnumerable<IReadOnlyDictionary<string, object?>> Maps(object? value) =>
        value is IEnumerable list ? list.Cast<object?>().Select(Map) : [];
}
