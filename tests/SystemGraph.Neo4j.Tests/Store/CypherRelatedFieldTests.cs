using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;
using SystemGraph.Neo4j.Store;

namespace SystemGraph.Neo4j.Tests.Store;

/// <summary>The related-field filter nodes and sort hops in Cypher: scope patterns from the closed enums, values as parameters.</summary>
public sealed class CypherRelatedFieldTests
{
    private static readonly RelationshipQuery Parent = new(Direction.Outbound, new HashSet<RelationshipType> { RelationshipType.PartOf });

    private static readonly RelationshipQuery ChairToday = new(Direction.Inbound, new HashSet<RelationshipType> { RelationshipType.Chairs }, new DateOnly(2026, 11, 23));

    [Fact]
    public void Lines_match_the_scope_pattern_with_date_conditions_as_parameters()
    {
        var parameters = new CypherParameters();
        var text = new CypherFilterTranslator(parameters).Entity(
            new EntityFilter.Lines(ChairToday, ListQuantifier.Some, new RelationshipFilter.Compare("role", FilterOperator.Eq, "Chair'}) DETACH DELETE (x")), "e");

        Assert.Contains("(e)<-[r1:CHAIRS]-(o2:Entity)", text, StringComparison.Ordinal);
        Assert.Contains("validFrom <= $p0", text, StringComparison.Ordinal);
        Assert.StartsWith("EXISTS {", text, StringComparison.Ordinal);
        Assert.DoesNotContain("DETACH", text, StringComparison.Ordinal);
        Assert.Equal("2026-11-23", parameters.Values["p0"]);
        Assert.Equal("Chair'}) DETACH DELETE (x", parameters.Values["p1"]);
    }

    [Fact]
    public void Ends_exclude_ended_lines_and_quantify_over_the_other_ends()
    {
        var parameters = new CypherParameters();
        var translator = new CypherFilterTranslator(parameters);
        var name = new EntityFilter.Compare("name", FilterOperator.Eq, "ICS A");

        var some = translator.Entity(new EntityFilter.Ends(Parent, EntityKind.Area, ListQuantifier.Some, name), "e");
        var all = translator.Entity(new EntityFilter.Ends(Parent, EntityKind.Area, ListQuantifier.All, name), "e");

        Assert.Contains("(e)-[r1:PART_OF]->(o2:Entity:Area)", some, StringComparison.Ordinal);
        Assert.Contains(".status <> 'ENDED'", some, StringComparison.Ordinal);
        Assert.StartsWith("EXISTS {", some, StringComparison.Ordinal);
        Assert.StartsWith("NOT EXISTS {", all, StringComparison.Ordinal);
        Assert.Contains("AND NOT (", all, StringComparison.Ordinal);
        Assert.All(parameters.Values.Values, v => Assert.Equal("ICS A", v));
    }

    [Fact]
    public void A_single_valued_field_tests_only_the_principal_end()
    {
        var parameters = new CypherParameters();
        var text = new CypherFilterTranslator(parameters).Entity(
            new EntityFilter.Ends(ChairToday, null, null, new EntityFilter.Compare("name", FilterOperator.StartsWith, "S")), "e");

        Assert.StartsWith("any(p1 IN COLLECT { MATCH (e)<-[prp1:CHAIRS]-(pop1:Entity)", text, StringComparison.Ordinal);
        Assert.Contains("ORDER BY CASE WHEN prp1.status IN ['AGREED', 'IN_FORCE'] THEN 0 ELSE 1 END, CASE type(prp1) WHEN 'ACCOUNTABLE_TO' THEN 0", text, StringComparison.Ordinal);
        Assert.Contains("LIMIT 1 } WHERE", text, StringComparison.Ordinal);
        Assert.Contains("p1.name STARTS WITH", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sources_are_refused_with_a_reason_rather_than_ignored()
    {
        var translator = new CypherFilterTranslator(new CypherParameters());

        Assert.Throws<FilterNotSupportedException>(() => translator.Entity(new EntityFilter.Sources(ListQuantifier.Any, null), "e"));
        Assert.Throws<FilterNotSupportedException>(() => translator.Relationship(new RelationshipFilter.Sources(ListQuantifier.Some, null), "r", "a", "b"));
    }

    [Fact]
    public void Sort_keys_follow_one_hop_with_missing_values_last()
    {
        var parameters = new CypherParameters();

        var byParent = CypherOrderBy.Entities([new SortField("name", true, [new SortHop.PrincipalEnd(Parent, EntityKind.Area)])], "e", parameters);
        var byFrom = CypherOrderBy.Relationships([new SortField("name", false, [new SortHop.From()])], "r", "a", "b", parameters);

        Assert.StartsWith("CASE WHEN head(COLLECT { MATCH (e)-[prs0:PART_OF]->(pos0:Entity:Area)", byParent, StringComparison.Ordinal);
        Assert.Contains("}).name) DESC, e.id", byParent, StringComparison.Ordinal);
        Assert.Equal("CASE WHEN a.name IS NULL THEN 1 ELSE 0 END, toLower(a.name), r.id", byFrom);
        Assert.Throws<FilterNotSupportedException>(() => CypherOrderBy.Entities(
            [new SortField("name", false, [new SortHop.PrincipalEnd(Parent, null), new SortHop.PrincipalEnd(Parent, null)])], "e", parameters));
    }
}
