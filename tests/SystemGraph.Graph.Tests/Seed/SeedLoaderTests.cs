using SystemGraph.Graph.Model;
using SystemGraph.Graph.Seed;

namespace SystemGraph.Graph.Tests.Seed;

/// <summary>The seed loader's checks, each on a small folder written by the test: problems carry file, line and code.</summary>
public sealed class SeedLoaderTests : IDisposable
{
    private readonly string seed = Directory.CreateTempSubdirectory("sg-seed-").FullName;
    private readonly string sources = Directory.CreateTempSubdirectory("sg-sources-").FullName;

    private const string Header = """
        documents:
          - id: doc-a
            file: a.txt
            name: Paper A
        """;

    public SeedLoaderTests() => File.WriteAllText(Path.Combine(sources, "a.txt"),
        "1. Governance\nThe  Bury Locality Board\nis accountable to the Council.\n2. The Council\nBury Council, also Bury MBC, runs services in the borough.");

    public void Dispose()
    {
        Directory.Delete(seed, recursive: true);
        Directory.Delete(sources, recursive: true);
    }

    [Fact]
    public async Task A_valid_seed_loads_with_extends_merged_and_default_relationship_ids()
    {
        Write("a.yaml", Header + """

            entities:
              - id: board
                kind: BOARD
                name: Bury Locality Board
                legalEntity: false
                sources: [{ section: "1", quote: "The Bury Locality Board is accountable" }]
              - id: council
                kind: ORGANISATION
                name: Bury Council
                type: LOCAL_AUTHORITY
                sources: [{ section: "2", quote: "Bury Council, also Bury MBC, runs" }]
            relationships:
              - type: ACCOUNTABLE_TO
                from: board
                to: council
                status: PROPOSED
                statusNote: to be confirmed
                role: Lead Body
                mentions: { to: ["the Council"] }
                sources: [{ section: "1. Governance", quote: "Bury Locality Board is accountable to the Council" }]
            """);
        Write("b.yaml", Header.Replace("doc-a", "doc-b", StringComparison.Ordinal) + """

            extend:
              - id: council
                aliases: [Bury MBC]
                sources: [{ section: "2. The Council", quote: "also Bury MBC, runs services in the borough" }]
            """);

        var result = await SeedLoader.LoadAsync(seed, sources, CancellationToken.None);

        Assert.Empty(result.Problems);
        var council = result.Graph!.Entities.Single(e => e.Id == "council");
        Assert.Equal(["Bury MBC"], council.Aliases.ToArray());
        Assert.Equal(["doc-a", "doc-b"], council.Sources.Select(s => s.DocumentId));
        var line = Assert.Single(result.Graph.Relationships);
        Assert.Equal("board.accountable-to.council.lead-body", line.Id);
        Assert.Equal(RelationshipStatus.Proposed, line.Status);
        Assert.Equal("to be confirmed", line.StatusNote);
        Assert.False(result.Graph.Entities.Single(e => e.Id == "board").IsLegalEntity);
    }

    [Theory]
    [InlineData("  - id: x\n    kind: BORD\n    name: X\n    sources: [{ quote: \"Bury\" }]", "UNKNOWN_KIND", 7)]
    [InlineData("  - id: Not_A_Slug\n    kind: BOARD\n    name: X\n    sources: [{ quote: \"Bury\" }]", "BAD_ID", 6)]
    [InlineData("  - id: x\n    kind: BOARD\n    name: X", "MISSING_SOURCE", 6)]
    [InlineData("  - id: x\n    kind: BOARD\n    sources: [{ quote: \"Bury\" }]", "MISSING_NAME", 6)]
    [InlineData("  - id: x\n    kind: AREA\n    name: X\n    sources: [{ quote: \"Bury\" }]", "MISSING_LEVEL", 6)]
    [InlineData("  - id: x\n    kind: BOARD\n    name: X\n    validFrom: 2022-13-01\n    sources: [{ quote: \"Bury\" }]", "BAD_DATE", 9)]
    [InlineData("  - id: x\n    kind: BOARD\n    name: X\n    colour: blue\n    sources: [{ quote: \"Bury\" }]", "UNKNOWN_FIELD", 9)]
    [InlineData("  - id: x\n    kind: BOARD\n    name: X\n    sources: [{ quote: \"not in the paper\" }]", "QUOTE_NOT_FOUND", 9)]
    [InlineData("  - id: x\n    kind: BOARD\n    name: X\n    sources: [{ document: doc-z, quote: \"Bury\" }]", "UNKNOWN_DOCUMENT", 9)]
    public async Task Entity_problems_are_reported_with_file_line_and_code(string entityYaml, string code, int line)
    {
        Write("bad.yaml", Header + "\nentities:\n" + entityYaml + "\n");

        var result = await SeedLoader.LoadAsync(seed, sources, CancellationToken.None);

        Assert.Null(result.Graph);
        var problem = Assert.Single(result.Problems, p => p.Code == code);
        Assert.Equal(("bad.yaml", line), (problem.File, problem.Line));
        Assert.StartsWith($"bad.yaml:{line}:", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Duplicate_ids_dangling_references_unknown_statuses_and_broken_rules_are_all_reported()
    {
        Write("a.yaml", Header + """

            entities:
              - { id: p, kind: PERSON, name: P, sources: [{ quote: "The Bury Locality Board is accountable" }] }
              - { id: p, kind: PERSON, name: P again, sources: [{ quote: "The Bury Locality Board is accountable" }] }
              - { id: s, kind: SERVICE, name: S, category: PRIMARY_CARE, sources: [{ quote: "The Bury Locality Board is accountable" }] }
            relationships:
              - { type: CHAIRS, from: p, to: nowhere, status: AGREED, basis: INFERRED, rationale: r, sources: [{ quote: "The Bury Locality Board is accountable" }] }
              - { type: MEMBER_OF, from: p, to: s, status: MAYBE, basis: INFERRED, rationale: r, sources: [{ quote: "The Bury Locality Board is accountable" }] }
              - { type: PLANNED_AT, from: s, to: p, status: AGREED, basis: INFERRED, rationale: r, sources: [{ quote: "The Bury Locality Board is accountable" }] }
            extend:
              - { id: ghost, aliases: [G] }
            """);

        var result = await SeedLoader.LoadAsync(seed, null, CancellationToken.None);

        Assert.Equal(
            ["DUPLICATE_ID", "DANGLING_REFERENCE", "UNKNOWN_STATUS", "RULE_BROKEN", "DANGLING_REFERENCE"],
            result.Problems.Select(p => p.Code));
        Assert.Equal(result.Problems.Select(p => p.Line).Order(), result.Problems.Select(p => p.Line));
        Assert.Contains("PLANNED_AT goes to AREA", result.Problems[3].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_the_paper_mentions_may_be_an_entity_with_sources_and_be_cited()
    {
        Write("a.yaml", Header + """

            entities:
              - id: doc-white-paper
                kind: DOCUMENT
                name: The White Paper
                url: https://example.org/white-paper
                sources: [{ quote: "The Bury Locality Board is accountable" }]
              - id: board
                kind: BOARD
                name: Bury Locality Board
                sources: [{ document: doc-white-paper, section: "1", quote: "a Bury Locality Board is to answer to the Council for the place" }]
            """);

        var result = await SeedLoader.LoadAsync(seed, sources, CancellationToken.None);

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Problems));
        Assert.Equal(EntityKind.Document, result.Graph!.Entities.Single(e => e.Id == "doc-white-paper").Kind);
    }

    [Fact]
    public async Task Yaml_syntax_errors_are_located()
    {
        Write("broken.yaml", "entities:\n  - id: x\n    name: [unclosed\n");

        var result = await SeedLoader.LoadAsync(seed, null, CancellationToken.None);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("broken.yaml", "YAML_SYNTAX"), (problem.File, problem.Code));
        Assert.True(problem.Line >= 3);
    }

    [Fact]
    public async Task Quotes_match_across_folded_white_space_only()
    {
        Write("a.yaml", Header + """

            entities:
              - { id: b, kind: BOARD, name: B, sources: [{ quote: "The Bury Locality Board is accountable" }] }
              - { id: c, kind: BOARD, name: C, sources: [{ quote: "the bury locality board is accountable" }] }
            """);

        var result = await SeedLoader.LoadAsync(seed, sources, CancellationToken.None);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("QUOTE_NOT_FOUND", problem.Code);
        Assert.Equal(7, problem.Line);
    }

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(seed, name), text);
}
