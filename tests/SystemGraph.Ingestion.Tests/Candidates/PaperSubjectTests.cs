using SystemGraph.Graph.Model;
using SystemGraph.Graph.Seed.Validation;
using SystemGraph.Ingestion.Candidates;
using static SystemGraph.Ingestion.Tests.Candidates.Extracting;

namespace SystemGraph.Ingestion.Tests.Candidates;

/// <summary>
/// The body a paper is about, read from its head, and the members it lists without naming the body again, in an
/// invented system's words.
/// </summary>
public sealed class PaperSubjectTests
{
    private static readonly KnownEntity Board = new("wexcombe-hwb", EntityKind.Board, "Wexcombe Health and Wellbeing Board", []);
    private static readonly KnownEntity Parent = new("wexcombe-council", EntityKind.Organisation, "Wexcombe City Council", []);

    [Fact]
    public async Task A_members_table_under_an_agenda_heading_gives_members_of_the_body_the_head_names()
    {
        var extraction = await ExtractAsync(
            "Agenda and minutes\n\nWexcombe Health and Wellbeing Board - Thursday, 8th June, 2030 10.00 am\n\nVenue: Council Chamber\n\n"
            + "MEMBERSHIP\n\nTo note the following membership:-\n\n25 members\n\nChair:  A. Oakley\n\nVice Chair: B. Ashdown\n\n"
            + "Conservative\n\nLabour\n\nIndependent Group\n\nC. Elmsworth\n\nOakshire NHS Foundation Trust (x1 rep)\n\nOakshire Ambulance Service (to be invited)\n\n"
            + "Terms of reference.\n\nTo encourage organisations to work together.\n",
            Board);

        var chair = Line(extraction, RelationshipType.Chairs, "A. Oakley", "wexcombe-hwb");
        Assert.Equal(RelationshipBasis.Stated, chair.Basis);
        Assert.StartsWith("Wexcombe Health and Wellbeing Board - Thursday", chair.Sources[0].Quote, StringComparison.Ordinal);
        Assert.EndsWith("Chair: A. Oakley", chair.Sources[0].Quote, StringComparison.Ordinal);
        Assert.Equal(EntityKind.Person, chair.From.Kind);
        Line(extraction, RelationshipType.MemberOf, "A. Oakley", "wexcombe-hwb");
        Line(extraction, RelationshipType.MemberOf, "B. Ashdown", "wexcombe-hwb");
        Line(extraction, RelationshipType.MemberOf, "C. Elmsworth", "wexcombe-hwb");
        Line(extraction, RelationshipType.MemberOf, "Oakshire NHS Foundation Trust", "wexcombe-hwb");
        Assert.DoesNotContain(extraction.Lines, l => l.Type == RelationshipType.Chairs && l.From.Name == "B. Ashdown");
        Assert.DoesNotContain(extraction.Lines, l => l.From.Name.Contains("Independent", StringComparison.Ordinal)); // a political group, not a member
        Assert.DoesNotContain(extraction.Lines, l => l.From.Name.Contains("Ambulance", StringComparison.Ordinal)); // to be invited: not a member yet
    }

    [Fact]
    public async Task Members_under_a_terms_of_reference_heading_and_a_membership_sentence_naming_no_body()
    {
        var extraction = await ExtractAsync(
            "Wexcombe Health and Wellbeing Board Terms of Reference V2\n\nPurpose of the board\n\nTo have oversight of local health.\n\n"
            + "Membership\n\n3. The core membership consists of:\n\nCllr Ann Oakley (Chair) |\n\nLeader of Wexcombe City Council |\n\n"
            + "Cllr Ben Ash |\n\nExecutive Member for Health |\n\nQuorum\n\nCllr Dan Birch\n",
            Board, Parent);

        Line(extraction, RelationshipType.Chairs, "Cllr Ann Oakley", "wexcombe-hwb");
        Line(extraction, RelationshipType.MemberOf, "Cllr Ben Ash", "wexcombe-hwb");
        // The line under a member says what the member is: the council is the chair's, not a member.
        Assert.DoesNotContain(extraction.Lines, l => l.Type == RelationshipType.MemberOf && l.From.ExistingId == "wexcombe-council");
        Assert.DoesNotContain(extraction.Lines, l => l.From.Name == "Cllr Dan Birch"); // after "Quorum": the block has ended
    }

    [Fact]
    public async Task The_board_names_the_paper_s_own_board_when_the_paper_names_two()
    {
        var extraction = await ExtractAsync(
            "Wexcombe Health and Wellbeing Board\n\nTerms of Reference\n\n"
            + "The Board is a committee of Wexcombe City Council. The Oakshire Partnership Board meets monthly.\n\n"
            + "The membership of the Board will consist of:\n\n- Dr Ann Oakley (Chair)\n- Dr Ben Ash\n",
            Board, Parent, new KnownEntity("oakshire-board", EntityKind.Board, "Oakshire Partnership Board", []));

        var chair = Line(extraction, RelationshipType.Chairs, "Dr Ann Oakley", "wexcombe-hwb");
        Assert.True(QuoteEvidence.Names([.. chair.Sources.Select(s => s.Quote)], [.. Board.Aliases.Append(Board.Name), .. chair.ToMentions]));
        Line(extraction, RelationshipType.MemberOf, "Dr Ben Ash", "wexcombe-hwb");
        Assert.DoesNotContain(extraction.Lines, l => l.To.ExistingId == "oakshire-board");
    }

    [Fact]
    public async Task A_head_naming_two_bodies_without_saying_which_the_paper_is_about_gives_no_subject()
    {
        var extraction = await ExtractAsync(
            "Wexcombe City Council and Oakshire NHS Foundation Trust\n\nMembership\n\nCllr Ann Oakley\n\nCllr Ben Ash\n", Parent);

        Assert.DoesNotContain(extraction.Lines, l => l.Type == RelationshipType.MemberOf);
    }
}
