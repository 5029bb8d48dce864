using SystemGraph.Graph.Model;
using SystemGraph.Ingestion.Candidates;
using SystemGraph.Ingestion.Reading;

namespace SystemGraph.Ingestion.Tests.Candidates;

/// <summary>Membership lists of an invented system's paper: every member of a long list, posts before bodies, the body's own posts.</summary>
public sealed class MembershipListTests
{
    private static readonly KnownEntity[] Known =
    [
        new("kelby-board", EntityKind.Board, "Kelby Place Board", ["Place Board"], null),
        new("kelby-council", EntityKind.Organisation, "Kelby Borough Council", [], null),
        new("kelby-carers", EntityKind.Organisation, "Kelby Carers Trust", [], null),
        new("kelby-hospital", EntityKind.Organisation, "Kelby Hospitals NHS Trust", [], null),
        new("kelby-hospice", EntityKind.Organisation, "St Brendan's Hospice", [], null),
        new("kelby-forum", EntityKind.Board, "Kelby Provider Forum", [], null),
        new("kelby", EntityKind.Area, "Kelby", [], null),
    ];

    private const string Paper = """
        4. Kelby Place Board – Proposed Membership

        - Director of Adult Services of Kelby Borough Council
        - Chief Officer Kelby Carers Trust
        - Medical Director, Kelby Hospitals NHS Trust
        - Management Lead for the Kelby Provider Forum
        - St Brendan's Hospice
        - Programme Lead for the Place Board
        - Two residents of Kelby

        5. Next steps
        """;

    private static async Task<PaperExtraction> ExtractAsync(string text) =>
        await PaperExtractor.ExtractAsync(PaperReader.ReadText(text), new EntityCatalog(Known), new HashSet<string>(StringComparer.Ordinal), CancellationToken.None);

    [Fact]
    public async Task Every_member_of_a_long_list_is_offered_each_quoted_from_the_lead_in_down_to_its_item()
    {
        var extraction = await ExtractAsync(Paper);

        var members = extraction.Lines.Where(l => l.Type == RelationshipType.MemberOf).ToList();
        Assert.Equal(["kelby-carers", "kelby-council", "kelby-forum", "kelby-hospice", "kelby-hospital"], members.Select(m => m.From.Id).Order());
        Assert.All(members, m => Assert.Equal("kelby-board", m.To.Id));
        Assert.All(members, m => Assert.Equal(RelationshipBasis.Stated, m.Basis));
        var hospice = Assert.Single(members, m => m.From.Id == "kelby-hospice");
        var quote = Assert.Single(hospice.Sources).Quote;
        Assert.StartsWith("4. Kelby Place Board – Proposed Membership - Director of Adult Services", quote, StringComparison.Ordinal);
        Assert.EndsWith("- St Brendan's Hospice", quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bodys_own_posts_and_the_areas_it_serves_are_no_members()
    {
        var extraction = await ExtractAsync(Paper);

        Assert.DoesNotContain(extraction.Lines, l => l.From.Id == "kelby" || l.From.Id == l.To.Id);
        Assert.DoesNotContain(extraction.Entities, e => !e.IsExisting && e.Name.Contains("Place Board", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_list_too_long_to_quote_whole_is_quoted_as_its_lead_in_and_the_item()
    {
        var filler = string.Join("\n", Enumerable.Range(1, 30).Select(i => $"- A representative of the voluntary sector number {i}"));
        var extraction = await ExtractAsync($"""
            4. Kelby Place Board – Proposed Membership

            {filler}
            - Chief Officer Kelby Carers Trust
            """);

        var member = Assert.Single(extraction.Lines, l => l.Type == RelationshipType.MemberOf);
        Assert.Equal(["4. Kelby Place Board – Proposed Membership", "Chief Officer Kelby Carers Trust"], member.Sources.Select(s => s.Quote));
    }
}
