using SystemGraph.Graph.Model;
using SystemGraph.Ingestion.Candidates;
using static SystemGraph.Ingestion.Tests.Candidates.Extracting;

namespace SystemGraph.Ingestion.Tests.Candidates;

/// <summary>Names with commas, short lead-ins and sub-headings, bodies formed by their members, in an invented system's words.</summary>
public sealed class ListAndNameShapeTests
{
    [Fact]
    public async Task A_name_with_commas_in_it_is_one_body_and_a_list_of_names_is_not()
    {
        var extraction = await ExtractAsync(
            "The Wexshire Mental Health, Learning Disabilities and Autism (WX MHLDA) Collaborative is made up of three trusts in Wexshire:\n"
            + "- Wexcombe Care NHS Foundation Trust\n- Northside Community NHS Trust\n\n"
            + "The practices within the Wexcombe Primary Care Network are Oak Tree Surgery Partnership, Wexcombe Health Centre Partnership and Elm Practice Partnership.");

        Line(extraction, RelationshipType.MemberOf, "Wexcombe Care NHS Foundation Trust", "Wexshire Mental Health, Learning Disabilities and Autism (WX MHLDA) Collaborative");
        Line(extraction, RelationshipType.MemberOf, "Elm Practice Partnership", "Wexcombe Primary Care Network");
    }

    [Fact]
    public async Task An_nhs_body_named_for_the_places_it_spans_is_one_body_though_its_places_are_one_word()
    {
        // "Wexcombe, Oakshire and Vale West STP": one partnership named for its places, not "Oakshire and Vale West STP".
        var extraction = await ExtractAsync(
            "The Wexcombe, Oakshire and Vale West STP brings together the following partners:\n\n• Wexcombe Borough Council\n• Oakshire County Council\n• Vale West Hospitals NHS Foundation Trust\n");

        Line(extraction, RelationshipType.MemberOf, "Vale West Hospitals NHS Foundation Trust", "Wexcombe, Oakshire and Vale West STP");
        Assert.DoesNotContain(extraction.Lines, l => l.From.Name == "Oakshire and Vale West STP" || l.To.Name == "Oakshire and Vale West STP");
    }

    [Fact]
    public async Task Places_before_a_plural_are_several_bodies_and_a_known_body_inside_keeps_its_reading()
    {
        KnownEntity[] known = [new("nhs-vale-ashby-ccg", EntityKind.Organisation, "NHS Vale, Ashby and Brook CCG", [])];
        var plural = await ExtractAsync("NHS Wexcombe CCG replaced NHS Oakshire, Elm and Brackley CCGs in 2030.\n");
        var inside = await ExtractAsync("NHS Wexcombe CCG replaced NHS Oakshire CCG and NHS Vale, Ashby and Brook CCG.\n", known);

        Assert.DoesNotContain(plural.Entities, e => e.Name.StartsWith("Oakshire, Elm", StringComparison.Ordinal) || e.Name.StartsWith("NHS Oakshire, Elm", StringComparison.Ordinal));
        Assert.Contains(inside.Entities, e => e.ExistingId == "nhs-vale-ashby-ccg");
        Assert.DoesNotContain(inside.Entities, e => !e.IsExisting && e.Name.Contains("Ashby", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_network_that_includes_a_list_has_those_members()
    {
        var extraction = await ExtractAsync("The Wexcombe Outer West PCN includes:\n- Oak Primary Care Centre\n- Elm Medical Group\n");

        Line(extraction, RelationshipType.MemberOf, "Oak Primary Care Centre", "Wexcombe Outer West PCN");
        Line(extraction, RelationshipType.MemberOf, "Elm Medical Group", "Wexcombe Outer West PCN");
    }

    [Fact]
    public async Task A_sub_heading_under_a_membership_sentence_keeps_its_body_unless_it_says_attendance()
    {
        var extraction = await ExtractAsync(
            "2. Membership\n\nAs set out in the Constitution the Wexcombe Governing Body will have the following voting members:\n\nElected\n\n  • Clinical Chair\n\nAppointed\n\n"
            + "  • The Chief Finance Officer\n\nIn attendance\n\n  • The Turnaround Director\n");

        Line(extraction, RelationshipType.MemberOf, "Clinical Chair", "Wexcombe Governing Body");
        Line(extraction, RelationshipType.MemberOf, "The Chief Finance Officer", "Wexcombe Governing Body");
        Assert.DoesNotContain(extraction.Lines, l => l.From.Name.Contains("Turnaround", StringComparison.Ordinal));
        Assert.DoesNotContain(extraction.Entities, e => e.Name.StartsWith("Constitution", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Members_that_form_a_body_are_its_members_but_a_body_that_would_form_another_is_not()
    {
        var extraction = await ExtractAsync(
            "Oak Medical Practice is partnered with Elm Medical Practice, forming Wexcombe Primary Care Network. "
            + "The Wexcombe Commissioning Group would ideally form the Wexcombe Steering Group of the project.");

        Line(extraction, RelationshipType.MemberOf, "Elm Medical Practice", "Wexcombe Primary Care Network");
        Assert.DoesNotContain(extraction.Lines, l => l.To.Name == "Wexcombe Steering Group");
    }

    [Fact]
    public async Task A_sentence_subject_far_from_the_wording_is_its_end_when_no_other_end_stands_between()
    {
        var extraction = await ExtractAsync(
            "The Wexcombe Care System would be a non-decision making, strategic and advisory group independently chaired by Dr Penny Ash.");

        Line(extraction, RelationshipType.Chairs, "Dr Penny Ash", "Wexcombe Care System");
    }
}
