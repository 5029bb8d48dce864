using SystemGraph.Graph.Store;
using SystemGraph.Neo4j.Store;

namespace SystemGraph.Neo4j.Tests.Store;

/// <summary>Filter trees to Cypher: the text for each operator and where the values go (parameters, always).</summary>
public sealed class CypherFilterTranslatorTests
{
    [Theory]
    [InlineData(FilterOperator.Eq, "coalesce(e.name = $p0, false)")]
    [InlineData(FilterOperator.Neq, "NOT (coalesce(e.name = $p0, false))")]
    [InlineData(FilterOperator.Contains, "coalesce(e.name CONTAINS $p0, false)")]
    [InlineData(FilterOperator.NotContains, "NOT (coalesce(e.name CONTAINS $p0, false))")]
    [InlineData(FilterOperator.StartsWith, "coalesce(e.name STARTS WITH $p0, false)")]
    [InlineData(FilterOperator.NotStartsWith, "NOT (coalesce(e.name STARTS WITH $p0, false))")]
    [InlineData(FilterOperator.EndsWith, "coalesce(e.name ENDS WITH $p0, false)")]
    [InlineData(FilterOperator.NotEndsWith, "NOT (coalesce(e.name ENDS WITH $p0, false))")]
    [InlineData(FilterOperator.Gt, "coalesce(e.name > $p0, false)")]
    [InlineData(FilterOperator.NotGt, "NOT (coalesce(e.name > $p0, false))")]
    [InlineData(FilterOperator.Gte, "coalesce(e.name >= $p0, false)")]
    [InlineData(FilterOperator.NotGte, "NOT (coalesce(e.name >= $p0, false))")]
    [InlineData(FilterOperator.Lt, "coalesce(e.name < $p0, false)")]
    [InlineData(FilterOperator.NotLt, "NOT (coalesce(e.name < $p0, false))")]
    [InlineData(FilterOperator.Lte, "coalesce(e.name <= $p0, false)")]
    [InlineData(FilterOperator.NotLte, "NOT (coalesce(e.name <= $p0, false))")]
    public void Each_scalar_operator_compares_with_a_parameter_and_never_yields_null(FilterOperator op, string expected)
    {
        var (text, parameters) = Translate(new EntityFilter.Compare("name", op, "Bury's \"board\""));

        Assert.Equal(expected, text);
        Assert.Equal("Bury's \"board\"", parameters["p0"]);
    }

    [Fact]
    public void In_and_nin_take_the_list_as_one_parameter_and_a_null_in_it_matches_a_missing_value()
    {
        var (inText, inParameters) = Translate(new EntityFilter.Compare("organisationType", FilterOperator.In, new[] { "CCG", "ICB" }));
        var (ninText, _) = Translate(new EntityFilter.Compare("organisationType", FilterOperator.NotIn, new[] { "CCG", null }));

        Assert.Equal("coalesce(e.type IN $p0, false)", inText);
        Assert.Equal(["CCG", "ICB"], Assert.IsAssignableFrom<IEnumerable<object?>>(inParameters["p0"]));
        Assert.Equal("NOT ((e.type IS NULL OR coalesce(e.type IN $p0, false)))", ninText);
    }

    [Fact]
    public void Eq_null_is_a_null_test_and_dates_are_sent_as_iso_strings()
    {
        var (nullText, nullParameters) = Translate(new EntityFilter.Compare("validTo", FilterOperator.Eq, null));
        var (dateText, dateParameters) = Translate(new EntityFilter.Compare("validTo", FilterOperator.Lt, new DateOnly(2023, 1, 1)));

        Assert.Equal("e.validTo IS NULL", nullText);
        Assert.Empty(nullParameters);
        Assert.Equal("coalesce(e.validTo < $p0, false)", dateText);
        Assert.Equal("2023-01-01", dateParameters["p0"]);
    }

    [Fact]
    public void And_and_or_combine_their_parts()
    {
        var (text, parameters) = Translate(new EntityFilter.Or([
            new EntityFilter.And([new EntityFilter.Compare("kind", FilterOperator.Eq, "BOARD"), new EntityFilter.Compare("isLegalEntity", FilterOperator.Eq, false)]),
            new EntityFilter.Compare("odsCode", FilterOperator.StartsWith, "00"),
        ]));

        Assert.Equal("((coalesce(e.kind = $p0, false)) AND (coalesce(e.isLegalEntity = $p1, false))) OR (coalesce(e.odsCode STARTS WITH $p2, false))", text);
        Assert.Equal(["BOARD", false, "00"], parameters.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Value));
    }

    [Theory]
    [InlineData(ListQuantifier.Some, "any(x1 IN coalesce(e.aliases, []) WHERE coalesce(x1 STARTS WITH $p0, false))")]
    [InlineData(ListQuantifier.All, "all(x1 IN coalesce(e.aliases, []) WHERE coalesce(x1 STARTS WITH $p0, false))")]
    [InlineData(ListQuantifier.None, "none(x1 IN coalesce(e.aliases, []) WHERE coalesce(x1 STARTS WITH $p0, false))")]
    [InlineData(ListQuantifier.Any, "size(coalesce(e.aliases, [])) > 0")]
    public void List_quantifiers_on_aliases(ListQuantifier quantifier, string expected)
    {
        var (text, _) = Translate(new EntityFilter.StringList("aliases", quantifier, FilterOperator.StartsWith, "Bury"));

        Assert.Equal(expected, text);
    }

    [Fact]
    public void Relationship_filters_reach_the_line_and_the_entities_at_either_end()
    {
        var (text, parameters) = Translate(new EntityFilter.Relationships(ListQuantifier.Some, new RelationshipFilter.And([
            new RelationshipFilter.Compare("type", FilterOperator.Eq, "ACCOUNTABLE_TO"),
            new RelationshipFilter.Compare("status", FilterOperator.In, new[] { "AGREED" }),
            new RelationshipFilter.From(new EntityFilter.Compare("id", FilterOperator.Eq, "bury-idc")),
            new RelationshipFilter.To(new EntityFilter.Compare("name", FilterOperator.Contains, "Board")),
        ])));

        Assert.Equal(
            "EXISTS { MATCH (e)-[r1]-(o2:Entity) WITH r1, startNode(r1) AS f3, endNode(r1) AS t4 WHERE "
            + "(coalesce(type(r1) = $p0, false)) AND (coalesce(r1.status IN $p1, false)) AND (coalesce(f3.id = $p2, false)) AND (coalesce(t4.name CONTAINS $p3, false)) }",
            text);
        Assert.Equal("bury-idc", parameters["p2"]);
    }

    [Theory]
    [InlineData(ListQuantifier.All, "NOT EXISTS { MATCH (e)-[r1]-(o2:Entity) WITH r1, startNode(r1) AS f3, endNode(r1) AS t4 WHERE NOT (coalesce(r1.role = $p0, false)) }")]
    [InlineData(ListQuantifier.None, "NOT EXISTS { MATCH (e)-[r1]-(o2:Entity) WITH r1, startNode(r1) AS f3, endNode(r1) AS t4 WHERE coalesce(r1.role = $p0, false) }")]
    [InlineData(ListQuantifier.Any, "EXISTS { MATCH (e)-[r1]-(o2:Entity) }")]
    public void Relationship_quantifiers(ListQuantifier quantifier, string expected)
    {
        var (text, _) = Translate(new EntityFilter.Relationships(quantifier, new RelationshipFilter.Compare("role", FilterOperator.Eq, "Chair")));

        Assert.Equal(expected, text);
    }

    [Fact]
    public void A_relationship_page_filter_uses_the_matched_end_nodes()
    {
        var parameters = new CypherParameters();

        var text = new CypherFilterTranslator(parameters).Relationship(
            new RelationshipFilter.Or([new RelationshipFilter.Compare("fromId", FilterOperator.Eq, "a"), new RelationshipFilter.Compare("validFrom", FilterOperator.Gte, new DateOnly(2022, 7, 1))]),
            "r", "a", "b");

        Assert.Equal("(coalesce(a.id = $p0, false)) OR (coalesce(r.validFrom >= $p1, false))", text);
        Assert.Equal("2022-07-01", parameters.Values["p1"]);
    }

    [Fact]
    public void Unknown_properties_are_refused_rather_than_written_into_the_statement()
    {
        Assert.Throws<ArgumentException>(() => Translate(new EntityFilter.Compare("name) DETACH DELETE (e", FilterOperator.Eq, "x")));
        Assert.Throws<ArgumentException>(() => Translate(new EntityFilter.StringList("name", ListQuantifier.Some, FilterOperator.Eq, "x")));
        Assert.Throws<ArgumentException>(() => new CypherFilterTranslator(new CypherParameters()).Relationship(new RelationshipFilter.Compare("`x`", FilterOperator.Eq, 1), "r", "a", "b"));
    }

    [Fact]
    public void Order_by_folds_text_keeps_numbers_and_ends_with_the_id()
    {
        var p = new CypherParameters();
        Assert.Equal("CASE WHEN e.name IS NULL THEN 1 ELSE 0 END, toLower(e.name), e.id", CypherOrderBy.Entities([], "e", p));
        Assert.Equal(
            "CASE WHEN e.validFrom IS NULL THEN 1 ELSE 0 END, toLower(e.validFrom) DESC, CASE WHEN e.amountGbp IS NULL THEN 1 ELSE 0 END, e.amountGbp, e.id",
            CypherOrderBy.Entities([new SortField("validFrom", true), new SortField("amountGbp")], "e", p));
        Assert.Equal("r.id", CypherOrderBy.Relationships([], "r", "a", "b", p));
        Assert.Equal(
            "CASE WHEN type(r) IS NULL THEN 1 ELSE 0 END, toLower(type(r)), CASE WHEN b.id IS NULL THEN 1 ELSE 0 END, toLower(b.id) DESC, r.id",
            CypherOrderBy.Relationships([new SortField("type"), new SortField("toId", true)], "r", "a", "b", p));
        Assert.Throws<ArgumentException>(() => CypherOrderBy.Entities([new SortField("name DESC, e.x")], "e", p));
    }

    private static (string Text, IReadOnlyDictionary<string, object?> Parameters) Translate(EntityFilter filter)
    {
        var parameters = new CypherParameters();
        var text = new CypherFilterTranslator(parameters).Entity(filter, "e");
        return (text, parameters.Values);
    }
}
