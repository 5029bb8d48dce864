using SystemGraph.Graph.Model;
using static SystemGraph.Ingestion.Tests.Candidates.Extracting;

namespace SystemGraph.Ingestion.Tests.Candidates;

/// <summary>A membership printed as a block of names under a lead-in or a "Membership" heading, in an invented system's words.</summary>
public sealed class MemberBlockTests
{
    [Fact]
    public async Task Names_in_a_paragraph_after_a_members_lead_in_are_members()
    {
        var extraction = await ExtractAsync(
            "The Wexcombe Health and Wellbeing Board Joint Sub-Committee comprises the following members:\n\n"
            + "Councillor Ann Oakley (Appointee) Dr Ben Ash (Appointee) Councillor Cara Elm (Appointee)\n\n"
            + "For more information about this meeting, please contact the clerk.\n");

        foreach (var person in new[] { "Councillor Ann Oakley", "Dr Ben Ash", "Councillor Cara Elm" })
        {
            var line = Line(extraction, RelationshipType.MemberOf, person, "Wexcombe Health and Wellbeing Board Joint Sub-Committee");
            Assert.Equal(RelationshipBasis.Stated, line.Basis);
            Assert.StartsWith("The Wexcombe Health and Wellbeing Board Joint Sub-Committee comprises the following members:", line.Sources[0].Quote, StringComparison.Ordinal);
            Assert.Contains(person, line.Sources[0].Quote, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_membership_heading_under_the_title_means_the_title_s_body_and_marks_its_chair()
    {
        var extraction = await ExtractAsync(
            "Wexcombe Health Scrutiny Committee\n\nDate: Monday 7 October 2030 Venue: County Hall\n\nMembership:\n\n"
            + "Cllr Ann Oakley Chairman. Cllr Ben Ash Vice-Chairman. Cllr Cara Elm (Finance)\n\n"
            + "In attendance:\n\nCllr Dan Birch\n");

        var chair = Line(extraction, RelationshipType.Chairs, "Cllr Ann Oakley", "Wexcombe Health Scrutiny Committee");
        Assert.EndsWith("Cllr Ann Oakley Chairman", chair.Sources[0].Quote, StringComparison.Ordinal);
        Line(extraction, RelationshipType.MemberOf, "Cllr Ann Oakley", "Wexcombe Health Scrutiny Committee");
        Line(extraction, RelationshipType.MemberOf, "Cllr Ben Ash", "Wexcombe Health Scrutiny Committee");
        Line(extraction, RelationshipType.MemberOf, "Cllr Cara Elm", "Wexcombe Health Scrutiny Committee");
        Assert.DoesNotContain(extraction.Lines, l => l.Type == RelationshipType.Chairs && l.From.Name == "Cllr Ben Ash");
        Assert.DoesNotContain(extraction.Lines, l => l.From.Name == "Cllr Dan Birch");
    }

    [Fact]
    public async Task A_membership_heading_under_a_title_that_names_no_body_gives_nothing()
    {
        var extraction = await ExtractAsync(
            "Agenda and papers for the October meeting\n\nMembership:\n\nCllr Ann Oakley Chairman. Cllr Ben Ash Vice-Chairman.\n");

        Assert.Empty(extraction.Lines);
    }

    [Fact]
    public async Task A_list_item_that_is_only_a_name_is_a_member_body_under_a_members_lead_in()
    {
        var extraction = await ExtractAsync(
            "The current members of the Wexcombe Health and Wellbeing Board include:\n\n- Wexcombe City Council\n- Oakshire Constabulary\n"
            + "- University of Wexcombe (on behalf of local education)\n- Elected\n- Four GPs\n- Heads of Finance\n");

        Line(extraction, RelationshipType.MemberOf, "Wexcombe City Council", "Wexcombe Health and Wellbeing Board");
        Line(extraction, RelationshipType.MemberOf, "Oakshire Constabulary", "Wexcombe Health and Wellbeing Board");
        var university = Line(extraction, RelationshipType.MemberOf, "University of Wexcombe", "Wexcombe Health and Wellbeing Board");
        Assert.Equal(EntityKind.Organisation, university.From.Kind);
        Assert.True(university.From.Confidence < 0.6); // named by where it stands only
        Assert.DoesNotContain(extraction.Lines, l => l.From.Name is "Elected" or "Four GPs" or "Heads of Finance");
    }

    [Fact]
    public async Task A_list_item_that_is_only_a_name_is_an_area_under_an_area_s_parts()
    {
        var extraction = await ExtractAsync(
            "Wexcombe North Locality has around 90,000 residents served by 11 GP practices, and incorporates:\n\n- Oakley\n- Elm Vale\n");

        var line = Line(extraction, RelationshipType.PartOf, "Elm Vale", "Wexcombe North Locality");
        Assert.Equal(EntityKind.Area, line.From.Kind);
        Line(extraction, RelationshipType.PartOf, "Oakley", "Wexcombe North Locality");
    }

    [Fact]
    public async Task Lists_under_class_sub_headings_after_a_sentence_saying_which_bodies_make_up_the_partnership_are_its_members()
    {
        var extraction = await ExtractAsync(
            "The Wexcombe sustainability and transformation partnership\n\n"
            + "View the plans for the Wexcombe STP, details of the footprint lead and which CCGs, Local Authorities and Trusts make up this footprint.\n\n"
            + "Who is involved in the partnership?\n\nClinical Commissioning Groups (CCGs)\n\n  • Wexcombe Clinical Commissioning Group\n\n"
            + "Local Authorities\n\n  • Oakshire County Council\n  • Elm District Council\n\nNHS Trusts\n\n  • Ash Hospital NHS Foundation Trust\n\n"
            + "Together, the partners serve a population of 0.8 million.\n");

        foreach (var member in new[] { "Wexcombe Clinical Commissioning Group", "Oakshire County Council", "Elm District Council", "Ash Hospital NHS Foundation Trust" })
        {
            var line = Line(extraction, RelationshipType.MemberOf, member, "Wexcombe STP");
            Assert.StartsWith("View the plans for the Wexcombe STP", line.Sources[0].Quote, StringComparison.Ordinal);
            Assert.EndsWith(member, line.Sources[0].Quote, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_group_whose_purpose_is_for_members_of_bodies_to_work_together_is_no_member_of_them()
    {
        var extraction = await ExtractAsync(
            "The purpose of the Wexcombe Steering Group is for members of Oakshire Town Council and Elm Community NHS Trust to work together.");

        Assert.DoesNotContain(extraction.Lines, l => l.Type == RelationshipType.MemberOf && l.From.Name == "Wexcombe Steering Group");
    }

    [Fact]
    public async Task Seats_a_council_nominates_are_not_members_of_the_council()
    {
        var extraction = await ExtractAsync(
            "The Implementation Board acts for the council.\n\nMembership includes: three members of Oakshire County Council nominated by its Leader:\n\n"
            + "- Cllr Ann Oakley\n- Cllr Ben Ash\n\nTwo members of Elm District Council nominated by its Leader:\n\n- Cllr Cara Elm\n");

        Assert.DoesNotContain(extraction.Lines, l => l.To.Name is "Oakshire County Council" or "Elm District Council");
    }
}
