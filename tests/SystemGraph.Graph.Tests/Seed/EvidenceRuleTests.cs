using SystemGraph.Graph.Model;
using SystemGraph.Graph.Seed;
using SystemGraph.TestSupport;

namespace SystemGraph.Graph.Tests.Seed;

/// <summary>
/// The evidence rules (issue #14), each on a small bad seed of its own under Fixtures/evidence/&lt;rule&gt;: the seed
/// fails with that rule's code, and only it, at the lines marked <c># &lt;- CODE</c>; the good fixture loads.
/// </summary>
public sealed class EvidenceRuleTests
{
    private static readonly string Fixtures = Path.Combine(RepositoryPaths.Root, "tests", "SystemGraph.Graph.Tests", "Seed", "Fixtures", "evidence");

    private static readonly string Papers = Path.Combine(Fixtures, "papers");

    public static TheoryData<string, string> BadFixtures => new()
    {
        { "quote-not-found", "QUOTE_NOT_FOUND" },
        { "quote-too-short", "QUOTE_TOO_SHORT" },
        { "citation-without-url", "CITATION_WITHOUT_URL" },
        { "citation-without-section", "CITATION_WITHOUT_SECTION" },
        { "section-not-found", "SECTION_NOT_FOUND" },
        { "mention-not-in-quotes", "MENTION_NOT_IN_QUOTES" },
        { "quote-does-not-name-end", "QUOTE_DOES_NOT_NAME_END" },
        { "quote-overused", "QUOTE_OVERUSED" },
        { "inferred-without-rationale", "INFERRED_WITHOUT_RATIONALE" },
        { "dates-out-of-order", "DATES_OUT_OF_ORDER" },
        { "line-outlives-end", "LINE_OUTLIVES_END" },
        { "alias-ambiguous", "ALIAS_AMBIGUOUS" },
        { "alias-not-in-sources", "ALIAS_NOT_IN_SOURCES" },
    };

    [Theory]
    [MemberData(nameof(BadFixtures))]
    public async Task Each_bad_fixture_fails_with_its_rule_only_at_the_marked_lines(string fixture, string code)
    {
        var folder = Path.Combine(Fixtures, fixture);
        var marked = File.ReadAllLines(Path.Combine(folder, "seed.yaml"))
            .Select((text, index) => (text, line: index + 1))
            .Where(l => l.text.Contains("# <- " + code, StringComparison.Ordinal))
            .Select(l => l.line)
            .ToList();

        var result = await SeedLoader.LoadAsync(folder, Papers, CancellationToken.None);

        Assert.Null(result.Graph);
        Assert.NotEmpty(marked);
        Assert.All(result.Problems, p => Assert.Equal(code, p.Code));
        Assert.All(result.Problems, p => Assert.Equal("seed.yaml", p.File));
        Assert.All(marked, line => Assert.Contains(result.Problems, p => p.Line == line && p.Column > 0));
    }

    [Fact]
    public void Every_rule_has_a_bad_fixture()
    {
        var tested = BadFixtures.Select(row => (string)row[1]).ToHashSet(StringComparer.Ordinal);
        Assert.All(SystemGraph.Graph.Seed.Validation.SeedRules.All, rule => Assert.Contains(rule.Code, tested));
    }

    [Fact]
    public async Task The_good_fixture_loads_with_every_evidence_field()
    {
        var result = await SeedLoader.LoadAsync(Path.Combine(Fixtures, "good"), Papers, CancellationToken.None);

        Assert.Empty(result.Problems);
        var graph = result.Graph!;
        var act = graph.Entities.Single(e => e.Id == "doc-act");
        Assert.Equal("https://example.org/fixture-act", act.Url);
        Assert.Equal("Fixture Board Paper", graph.Entities.Single(e => e.Id == "doc-paper").Title);
        var board = graph.Entities.Single(e => e.Id == "bury-system-board");
        Assert.Equal(["bury-locality-board"], board.FormerIds.ToArray());
        Assert.Equal(["System Board"], board.SharedAliases.ToArray());
        Assert.DoesNotContain(graph.Entities, e => e.Id == "bury-locality-board");

        var stated = graph.Relationships.Single(r => r.Id == "bury-idc.accountable-to.bury-system-board");
        Assert.Equal(RelationshipBasis.Stated, stated.Basis);
        Assert.Null(stated.Rationale);
        Assert.Equal(new DateOnly(2021, 4, 12), stated.LastEvidencedOn);

        var heldToAccount = graph.Relationships.Single(r => r.Type == RelationshipType.HeldToAccountBy);
        Assert.Equal("bury-system-board", heldToAccount.ToId);
        Assert.Equal("bury-idc.held-to-account-by.bury-locality-board", heldToAccount.Id);

        var succession = graph.Relationships.Single(r => r.Type == RelationshipType.SucceededBy);
        Assert.Equal(RelationshipBasis.Inferred, succession.Basis);
        Assert.StartsWith("The Act abolishes every CCG", succession.Rationale, StringComparison.Ordinal);
        Assert.Null(succession.ValidTo);
        Assert.Equal(new DateOnly(2022, 4, 28), succession.LastEvidencedOn);

        var planned = graph.Relationships.Single(r => r.Type == RelationshipType.PlannedAt);
        Assert.True(Assert.Single(planned.Sources).Table);
    }

    [Fact]
    public async Task A_line_ends_when_an_end_ceases_with_the_ends_date()
    {
        var result = await SeedLoader.LoadAsync(Path.Combine(Fixtures, "good"), Papers, CancellationToken.None);

        var ccgMembership = result.Graph!.Relationships.Single(r => r.Id == "nhs-bury-ccg.member-of.bury-system-board");
        Assert.Equal(new DateOnly(2022, 6, 30), ccgMembership.ValidTo);
        var councilMembership = result.Graph.Relationships.Single(r => r.Id == "bury-council.member-of.bury-system-board");
        Assert.Null(councilMembership.ValidTo);
    }

    [Fact]
    public async Task Without_the_papers_the_rules_that_read_them_do_not_run()
    {
        var result = await SeedLoader.LoadAsync(Path.Combine(Fixtures, "section-not-found"), null, CancellationToken.None);

        Assert.Empty(result.Problems);
    }
}
