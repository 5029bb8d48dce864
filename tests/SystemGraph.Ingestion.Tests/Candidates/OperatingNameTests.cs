using SystemGraph.Graph.Model;
using SystemGraph.Ingestion.Candidates;
using static SystemGraph.Ingestion.Tests.Candidates.Extracting;

namespace SystemGraph.Ingestion.Tests.Candidates;

/// <summary>
/// NHS commissioners named by the names they operate under ("NHS Wexcombe" for NHS Wexcombe Integrated Care Board): the
/// one body of that name open on the paper's date, none when the paper has no date; names with commas read whole; a
/// partnership named "One" and its place. Invented names throughout.
/// </summary>
public sealed class OperatingNameTests
{
    private static readonly KnownEntity[] Commissioners =
    [
        new("icb-wex", EntityKind.Organisation, "NHS Wexcombe Integrated Care Board", [], "QW1", new DateOnly(2022, 7, 1)),
        new("ccg-wex", EntityKind.Organisation, "NHS Wexcombe CCG", [], "99W", new DateOnly(2013, 4, 1), new DateOnly(2022, 6, 30)),
        new("icb-owv", EntityKind.Organisation, "NHS Wexcombe, Oakshire and Vale West Integrated Care Board", [], "QW2", new DateOnly(2022, 7, 1)),
        new("oakshire-cc", EntityKind.Organisation, "Oakshire County Council", [], "E10000099"),
    ];

    private const string Membership = "NHS Wexcombe is a member of the Wexcombe Health and Care Partnership.\n";

    [Fact]
    public async Task A_paper_dated_after_the_boards_began_names_the_integrated_care_board()
    {
        var extraction = await ExtractAsync("Published 3 March 2023\n\n" + Membership, Commissioners);

        var member = Line(extraction, RelationshipType.MemberOf, "icb-wex", "Wexcombe Health and Care Partnership");
        Assert.Equal("NHS Wexcombe", member.From.MatchedText);
    }

    [Fact]
    public async Task A_paper_dated_before_them_names_the_clinical_commissioning_group()
    {
        var extraction = await ExtractAsync("Published 3 March 2021\n\n" + Membership, Commissioners);

        Line(extraction, RelationshipType.MemberOf, "ccg-wex", "Wexcombe Health and Care Partnership");
    }

    [Fact]
    public async Task A_paper_with_no_date_names_neither()
    {
        var extraction = await ExtractAsync(Membership, Commissioners);

        Assert.DoesNotContain(extraction.Entities, e => e.ExistingId is "icb-wex" or "ccg-wex");
    }

    [Fact]
    public async Task An_operating_name_with_commas_is_one_name()
    {
        var extraction = await ExtractAsync(
            "Published 3 March 2023\n\nNHS Wexcombe, Oakshire and Vale West is a member of the Vale Health and Care Partnership.\n", Commissioners);

        Line(extraction, RelationshipType.MemberOf, "icb-owv", "Vale Health and Care Partnership");
        Assert.DoesNotContain(extraction.Lines, l => l.From.Name.Contains("Vale West", StringComparison.Ordinal) && l.From.ExistingId is null);
    }

    [Fact]
    public async Task A_partnership_named_one_and_its_place_keeps_the_one()
    {
        var extraction = await ExtractAsync("Oakshire County Council is a member of the One Oakshire Partnership.\n", Commissioners);

        Line(extraction, RelationshipType.MemberOf, "oakshire-cc", "One Oakshire Partnership");
    }
}
