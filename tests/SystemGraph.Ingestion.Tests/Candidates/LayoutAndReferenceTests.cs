using SystemGraph.Graph.Model;
using SystemGraph.Ingestion.Candidates;
using static SystemGraph.Ingestion.Tests.Candidates.Extracting;

namespace SystemGraph.Ingestion.Tests.Candidates;

/// <summary>
/// More structure, in an invented system's words: lists laid out inline or numbered "i.", a class before the named ends,
/// "It" passing back over a "This" sentence, chairs confirmed after the body, posts in brackets, possessive owners of a
/// post, passives joined by "and", short forms inside a name.
/// </summary>
public sealed class LayoutAndReferenceTests
{
    [Fact]
    public async Task Bullets_inside_one_line_after_a_colon_are_a_list_under_that_lead_in()
    {
        var extraction = await ExtractAsync(
            "Introduction. The partners in the Wexcombe Care Programme are: o Wexcombe Borough Council o Northside City Council o Wexcombe Health NHS Trust and others work with them.");

        Line(extraction, RelationshipType.MemberOf, "Wexcombe Borough Council", "Wexcombe Care Programme");
        Line(extraction, RelationshipType.MemberOf, "Northside City Council", "Wexcombe Care Programme");
    }

    [Fact]
    public async Task Items_numbered_with_roman_numerals_and_a_full_stop_are_a_list()
    {
        var extraction = await ExtractAsync(
            "The membership of the Wexcombe Health and Wellbeing Board will consist of:\n\n   i.      The Leader of City of Wexcombe Council\n\n   ii.     The Manager of Healthwatch Wexcombe");

        Line(extraction, RelationshipType.MemberOf, "City of Wexcombe Council", "Wexcombe Health and Wellbeing Board");
        Line(extraction, RelationshipType.MemberOf, "Healthwatch Wexcombe", "Wexcombe Health and Wellbeing Board");
    }

    [Fact]
    public async Task A_class_set_off_by_a_dash_before_the_named_ends_is_passed_over()
    {
        var extraction = await ExtractAsync(
            "Here in rural Wexshire, our primary care network is called Wexcombe PCN. It comprises of 3 GP practices – Oak Surgery, Elm Surgery and Ash Surgery – and serves 40,000 patients.");

        Line(extraction, RelationshipType.MemberOf, "Oak Surgery", "Wexcombe PCN");
        Line(extraction, RelationshipType.MemberOf, "Ash Surgery", "Wexcombe PCN");
    }

    [Fact]
    public async Task It_passes_back_over_a_sentence_that_opens_with_this()
    {
        var extraction = await ExtractAsync(
            "The Wexcombe Integrated Care System is made up of 12 members. This includes five councils. It also includes the following provider organisations:\n"
            + "Wexcombe Hospital NHS Foundation Trust\nNorthside Ambulance Service NHS Trust.\n");

        Line(extraction, RelationshipType.MemberOf, "Wexcombe Hospital NHS Foundation Trust", "Wexcombe Integrated Care System");
        Line(extraction, RelationshipType.MemberOf, "Northside Ambulance Service NHS Trust", "Wexcombe Integrated Care System");
    }

    [Fact]
    public async Task Key_components_of_a_system_are_part_of_it()
    {
        var extraction = await ExtractAsync(
            "Key components of the Wexcombe Integrated Care System are:\n- NHS Wexcombe Integrated Care Board – which replaces the CCG\n- Wexcombe Care Partnership – a new committee");

        Line(extraction, RelationshipType.PartOf, "NHS Wexcombe Integrated Care Board", "Wexcombe Integrated Care System");
    }

    [Fact]
    public async Task Chairs_confirmed_after_the_body_is_named_chair_it()
    {
        var extraction = await ExtractAsync(
            "Shadow arrangements for the Wexcombe Strategic Board commenced in January and the Chairs were confirmed as Councillor Ann Dix and Dr Ben Ashe.");

        Line(extraction, RelationshipType.Chairs, "Councillor Ann Dix", "Wexcombe Strategic Board");
        Line(extraction, RelationshipType.Chairs, "Dr Ben Ashe", "Wexcombe Strategic Board");
    }

    [Fact]
    public async Task A_post_in_brackets_after_a_name_says_whose_SRO_the_person_is()
    {
        var extraction = await ExtractAsync(
            "Apologies were received from Louise Ash (Wexcombe Care Partnership Senior Responsible Officer) and others.");

        Line(extraction, RelationshipType.SroFor, "Louise Ash", "Wexcombe Care Partnership");
    }

    [Fact]
    public async Task The_owner_of_a_post_is_not_the_chair_but_the_person_holding_the_post_is()
    {
        var extraction = await ExtractAsync(
            "The Wexcombe Collaborative Board is chaired by Wexcombe Health NHS Trust’s Chief Executive, Prof Joe Rafe CBE.");

        Assert.DoesNotContain(extraction.Lines, l => l.Type == RelationshipType.Chairs && l.From.Name.Contains("Trust", StringComparison.Ordinal));
        Line(extraction, RelationshipType.Chairs, "Prof Joe Rafe", "Wexcombe Collaborative Board");
    }

    [Fact]
    public async Task Passives_joined_by_and_speak_of_the_same_body()
    {
        var extraction = await ExtractAsync(
            "Together they make up the Wexcombe Health and Wellbeing Board which is hosted by Wexcombe Borough Council and chaired by Councillor Robin Dale.");

        Line(extraction, RelationshipType.Chairs, "Councillor Robin Dale", "Wexcombe Health and Wellbeing Board");
        Assert.DoesNotContain(extraction.Lines, l => l.Type == RelationshipType.Chairs && l.To.Name == "Wexcombe Borough Council");
    }

    [Fact]
    public async Task A_title_under_a_heading_that_names_one_of_several_bodies_of_its_kind_is_that_body()
    {
        var extraction = await ExtractAsync(
            "The Wexcombe Board has two committees.\n\nWexcombe Audit Committee\n\nThis Committee is accountable to the Wexcombe Board for its work.\n\n"
            + "Wexcombe Remuneration Committee\n\nThis Committee reports to the Wexcombe Board every year.");

        Line(extraction, RelationshipType.AccountableTo, "Wexcombe Audit Committee", "Wexcombe Board");
        Line(extraction, RelationshipType.ReportsTo, "Wexcombe Remuneration Committee", "Wexcombe Board");
    }

    [Fact]
    public async Task A_short_form_inside_a_name_is_part_of_it_and_names_it_later()
    {
        var extraction = await ExtractAsync(
            "The Wexcombe and Northside (WAN) ICS covers the two boroughs. The WAN ICS reports to the Northshire Regional Board every year.");

        Assert.Contains(extraction.Entities, e => e.Name == "Wexcombe and Northside (WAN) ICS" && e.Kind == EntityKind.Area);
    }
}
