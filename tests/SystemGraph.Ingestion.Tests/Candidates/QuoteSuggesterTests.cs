using SystemGraph.Graph.Model;
using SystemGraph.Ingestion.Candidates;
using SystemGraph.Ingestion.Reading;
using SystemGraph.Ingestion.Text;

namespace SystemGraph.Ingestion.Tests.Candidates;

/// <summary>
/// Suggestions from words a reviewer selected in an invented paper: the line the selection's ends and wording say comes
/// first, its quote is the selection's words as the paper has them, a line the graph holds is not suggested again, an
/// end named only outside the selection gives an INFERRED line that says where it was read, and words not in the
/// paper give nothing.
/// </summary>
public sealed class QuoteSuggesterTests
{
    private static readonly KnownEntity[] Known =
    [
        new("ashby-board", EntityKind.Board, "Ashby Place Board", [], null),
        new("ashby-council", EntityKind.Organisation, "Ashby District Council", [], null),
        new("ashby-trust", EntityKind.Organisation, "Ashby Community Health NHS Trust", [], null),
        new("ashby-hospice", EntityKind.Organisation, "Hollins Hospice", [], null),
        new("ashby-pcn", EntityKind.Organisation, "Ashby North Primary Care Network", [], null),
        new("ashby-finance", EntityKind.Board, "Ashby Finance Group", [], null),
    ];

    private const string Paper = """
        Ashby Place Board: Terms of Reference

        1. Purpose
        The Ashby Place Board brings the partners of the place together. Working with us are Ashby District Council,
        Hollins Hospice and the Ashby Community Health NHS Trust, each sending a senior leader to its meetings.

        2. Governance
        The Ashby Finance Group is chaired by Dr Mina Sohal and meets monthly.

        3. Membership
        - Ashby North Primary Care Network
        - Dr Mina Sohal
        """;

    private static readonly PaperText Read = PaperReader.ReadText(Paper);

    private static Task<QuoteSuggestions?> SuggestAsync(string quote, Func<LineCandidate, bool>? held = null, params KnownEntity[] chosen) =>
        QuoteSuggester.SuggestAsync(
            Read, quote, new EntityCatalog(Known), new HashSet<string>(StringComparer.Ordinal),
            (lines, _) => Task.FromResult<IReadOnlyList<LineCandidate>>([.. lines.Where(l => held is null || !held(l))]), chosen, CancellationToken.None);

    private static string Fold(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Id(EntityCandidate end) => end.ExistingId ?? end.Name;

    [Fact]
    public async Task A_sentence_the_rules_do_not_read_suggests_its_members_first_quoted_as_the_paper_has_them()
    {
        // "Working with us are A, B and C, each sending a senior leader": no wording the rules read as membership.
        const string selected = "The Ashby Place Board brings the partners of the place together. Working with us are Ashby District Council, Hollins Hospice";

        var suggested = await SuggestAsync(selected);

        Assert.NotNull(suggested);
        Assert.Equal("1. Purpose", suggested.Section);
        var top = suggested.Lines[0].Line;
        Assert.Equal(RelationshipType.MemberOf, top.Type);
        Assert.Equal("ashby-board", Id(top.To));
        Assert.Contains(Id(top.From), new[] { "ashby-council", "ashby-hospice" });
        Assert.Equal(RelationshipBasis.Stated, top.Basis);
        Assert.Contains(suggested.Lines, s => s.Line.Type == RelationshipType.MemberOf && Id(s.Line.From) == "ashby-hospice" && Id(s.Line.To) == "ashby-board");
        Assert.All(suggested.Lines, s =>
        {
            var quote = Assert.Single(s.Line.Sources).Quote;
            Assert.Contains(Fold(quote), Fold(Paper), StringComparison.Ordinal);
            Assert.Equal("1. Purpose", s.Line.Sources[0].Section);
            Assert.False(s.ByRule);
            Assert.Contains("Check that it says this line", s.Reading, StringComparison.Ordinal);
        });
        Assert.DoesNotContain(suggested.Lines, s => s.Line.To.Kind == EntityKind.Person);
    }

    [Fact]
    public async Task Chaired_by_names_the_chair_as_the_line_s_from_end()
    {
        var suggested = await SuggestAsync("The Ashby Finance Group is chaired by Dr Mina Sohal");

        var top = Assert.IsType<QuoteSuggestions>(suggested).Lines[0];
        Assert.Equal(RelationshipType.Chairs, top.Line.Type);
        Assert.Contains("Mina Sohal", top.Line.From.Name, StringComparison.Ordinal);
        Assert.Equal(EntityKind.Person, top.Line.From.Kind);
        Assert.Equal("ashby-finance", Id(top.Line.To));
        Assert.True(top.ByRule);
        Assert.Equal("2. Governance", top.Line.Sources[0].Section);
    }

    [Fact]
    public async Task A_line_the_graph_already_holds_is_not_suggested_again()
    {
        const string selected = "The Ashby Place Board brings the partners of the place together. Working with us are Ashby District Council";
        var first = await SuggestAsync(selected);
        var top = first!.Lines[0].Line;

        var again = await SuggestAsync(selected, l => l.Type == top.Type && Id(l.From) == Id(top.From) && Id(l.To) == Id(top.To));

        Assert.DoesNotContain(again!.Lines, s => s.Line.Type == top.Type && Id(s.Line.From) == Id(top.From) && Id(s.Line.To) == Id(top.To));
        Assert.Equal(first.Lines.Count - 1, again.Lines.Count);
    }

    [Fact]
    public async Task An_item_under_a_heading_is_read_as_a_member_of_the_body_the_title_names_and_says_so()
    {
        // The membership list names no body; the paper's title does. The selection does not name both ends: INFERRED.
        var suggested = await SuggestAsync("Ashby North Primary Care Network");

        var line = Assert.Single(Assert.IsType<QuoteSuggestions>(suggested).Lines, s => s.Line.Type == RelationshipType.MemberOf && Id(s.Line.To) == "ashby-board").Line;
        Assert.Contains("(\"Ashby Place Board: Terms of Reference\")", line.Rationale, StringComparison.Ordinal);
        Assert.Equal("ashby-pcn", Id(line.From));
        Assert.Equal(RelationshipBasis.Inferred, line.Basis);
        Assert.Contains("Ashby Place Board is named", line.Rationale, StringComparison.Ordinal);
        Assert.Contains("not in the quote", line.Rationale, StringComparison.Ordinal);
        Assert.Equal("Ashby North Primary Care Network", line.Sources[0].Quote);
        Assert.Equal("3. Membership", line.Sources[0].Section);
    }

    [Fact]
    public async Task A_body_the_reviewer_chooses_is_offered_as_the_other_end_inferred_when_the_words_do_not_name_it()
    {
        // "each sending a senior leader to its meetings": "its" is the board, which these words do not name.
        var board = Known.Single(k => k.Id == "ashby-board");

        var suggested = await SuggestAsync("Hollins Hospice and the Ashby Community Health NHS Trust, each sending a senior leader to its meetings", null, board);

        var top = Assert.IsType<QuoteSuggestions>(suggested).Lines[0].Line;
        Assert.Equal(RelationshipType.MemberOf, top.Type);
        Assert.Equal("ashby-board", Id(top.To));
        Assert.Contains(Id(top.From), new[] { "ashby-hospice", "ashby-trust" });
        Assert.Equal(RelationshipBasis.Inferred, top.Basis);
        Assert.Contains("The reviewer chose Ashby Place Board as an end; the quote does not name it", top.Rationale, StringComparison.Ordinal);
        Assert.Contains(suggested.Lines, s => s.Line.Type == RelationshipType.MemberOf && Id(s.Line.From) == "ashby-trust" && Id(s.Line.To) == "ashby-board");
    }

    [Fact]
    public async Task Words_not_in_the_paper_suggest_nothing()
    {
        Assert.Null(await SuggestAsync("The Ashby Place Board is accountable to the Moon"));
        Assert.Null(await SuggestAsync("   "));
    }

    [Fact]
    public async Task A_selection_with_its_line_breaks_folded_is_found_where_the_paper_breaks_the_line()
    {
        // A browser's selection of "... Council,\nHollins Hospice" comes back with a space for the line break.
        var suggested = await SuggestAsync("Working with us are Ashby District Council, Hollins Hospice and the Ashby Community Health NHS Trust, each sending");

        Assert.NotNull(suggested);
        Assert.Equal(Paper.IndexOf("Working with us", StringComparison.Ordinal), suggested.Start);
    }
}
