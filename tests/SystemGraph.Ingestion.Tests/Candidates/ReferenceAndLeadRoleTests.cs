using SystemGraph.Graph.Model;
using SystemGraph.Ingestion.Candidates;
using static SystemGraph.Ingestion.Tests.Candidates.Extracting;

namespace SystemGraph.Ingestion.Tests.Candidates;

/// <summary>
/// Wordings of chairs appointed and held, lead roles, boards and sub-groups of a body, and lists whose lead-in names its
/// body by class ("The area incorporates:"), in an invented system's words.
/// </summary>
public sealed class ReferenceAndLeadRoleTests
{
    private static readonly KnownEntity JointCommittee = new("wx-jc", EntityKind.Board, "Wexcombe Joint Health Scrutiny Committee", ["the Joint Committee", "Joint Committee"], null, null, null);

    [Fact]
    public async Task A_body_that_appoints_a_person_as_chair_is_chaired_by_them()
    {
        var extraction = await ExtractAsync("At its first meeting in Wexcombe, the Joint Committee RESOLVED to appoint Councillor Ann Oakley as Chair.", JointCommittee);

        var line = Line(extraction, RelationshipType.Chairs, "Councillor Ann Oakley", "wx-jc");
        Assert.Equal(RelationshipBasis.Stated, line.Basis);
    }

    [Fact]
    public async Task A_vice_chair_or_a_chair_of_another_body_is_not_the_appointing_body_s_chair()
    {
        var vice = await ExtractAsync("At its first meeting in Wexcombe, the Joint Committee RESOLVED to appoint Councillor Ann Oakley as Vice-Chair.", JointCommittee);
        var other = await ExtractAsync("At its first meeting in Wexcombe, the Joint Committee agreed to appoint Councillor Ann Oakley as Chair of the Elmshire Task Group.", JointCommittee);

        Assert.DoesNotContain(vice.Lines, l => l.Type == RelationshipType.Chairs);
        Assert.DoesNotContain(other.Lines, l => l.Type == RelationshipType.Chairs && l.To.ExistingId == "wx-jc");
    }

    [Fact]
    public async Task The_chair_of_a_body_named_with_its_holder_chairs_it()
    {
        var extraction = await ExtractAsync("The Chair of the Wexcombe Health Scrutiny Committee was Dr Ben Ash, then Chairman of NHS Elmshire.");

        Line(extraction, RelationshipType.Chairs, "Dr Ben Ash", "Wexcombe Health Scrutiny Committee");
        Assert.DoesNotContain(extraction.Lines, l => l.Type == RelationshipType.Chairs && l.From.Name == "Dr Ben Ash" && l.To.Name != "Wexcombe Health Scrutiny Committee" && l.To.Name != "NHS Elmshire");
    }

    [Fact]
    public async Task A_vice_chair_of_a_body_named_with_its_holder_does_not_chair_it()
    {
        var extraction = await ExtractAsync("The Vice Chair of the Wexcombe Health Scrutiny Committee was Dr Ben Ash.");

        Assert.DoesNotContain(extraction.Lines, l => l.Type == RelationshipType.Chairs);
    }

    [Fact]
    public async Task The_lead_provider_of_a_collaborative_leads_it()
    {
        var extraction = await ExtractAsync("Oakshire Mental Health NHS Foundation Trust is the lead provider of the Wexcombe Provider Collaborative.");

        var line = Line(extraction, RelationshipType.Leads, "Oakshire Mental Health NHS Foundation Trust", "Wexcombe Provider Collaborative");
        Assert.Equal(RelationshipBasis.Stated, line.Basis);
    }

    [Fact]
    public async Task A_statutory_board_of_a_council_is_part_of_it_but_a_board_of_directors_says_nothing()
    {
        var statutory = await ExtractAsync("The Wexcombe Health and Wellbeing Board is a statutory board of the Wexcombe City Council under the Act.");
        var directors = await ExtractAsync("The Wexcombe Trust Board is a board of directors of the Wexcombe Hospital NHS Trust.");

        Line(statutory, RelationshipType.PartOf, "Wexcombe Health and Wellbeing Board", "Wexcombe City Council");
        Assert.DoesNotContain(directors.Lines, l => l.Type == RelationshipType.PartOf);
    }

    [Fact]
    public async Task Sub_groups_a_body_has_such_as_named_groups_are_its_parts()
    {
        var extraction = await ExtractAsync(
            "The Wexcombe Health and Wellbeing Board also has a range of sub-groups that focus on particular ages, such as the Children's Strategic Partnership Board and the Healthy Ageing Group.");

        Line(extraction, RelationshipType.PartOf, "Children's Strategic Partnership Board", "Wexcombe Health and Wellbeing Board");
        Line(extraction, RelationshipType.PartOf, "Healthy Ageing Group", "Wexcombe Health and Wellbeing Board");
    }

    [Fact]
    public async Task An_area_that_incorporates_a_list_of_places_has_them_as_parts()
    {
        var extraction = await ExtractAsync(
            "Wexcombe North Locality has around 90,000 residents served by 11 GP practices, and incorporates:\n\n- Oakley Ward\n- Elm Vale Ward\n- Ashford Ward\n",
            new KnownEntity("north", EntityKind.Area, "Wexcombe North Locality", [], null, null, null),
            new KnownEntity("oakley", EntityKind.Area, "Oakley Ward", [], null, null, null),
            new KnownEntity("elm", EntityKind.Area, "Elm Vale Ward", [], null, null, null),
            new KnownEntity("ash", EntityKind.Area, "Ashford Ward", [], null, null, null));

        foreach (var ward in new[] { "oakley", "elm", "ash" })
        {
            Assert.Equal(RelationshipBasis.Stated, Line(extraction, RelationshipType.PartOf, ward, "north").Basis);
        }
    }

    [Fact]
    public async Task A_lead_in_that_names_its_area_by_class_means_the_area_the_sentence_before_names()
    {
        var extraction = await ExtractAsync(
            "Wexcombe East\n\nThe Wexcombe East area has around 120,000 residents served by 12 GP practices.\n\nThe area incorporates:\n\n- Oakley Ward\n- Elm Vale Ward\n\nThis diverse community grows fast.\n",
            new KnownEntity("east", EntityKind.Area, "Wexcombe East", [], null, null, null),
            new KnownEntity("oakley", EntityKind.Area, "Oakley Ward", [], null, null, null),
            new KnownEntity("elm", EntityKind.Area, "Elm Vale Ward", [], null, null, null));

        var line = Line(extraction, RelationshipType.PartOf, "elm", "east");
        Assert.Contains("The Wexcombe East area has around", line.Sources[0].Quote, StringComparison.Ordinal);
        Assert.Contains("Elm Vale Ward", line.Sources[0].Quote, StringComparison.Ordinal);
        Line(extraction, RelationshipType.PartOf, "oakley", "east");
    }

    [Fact]
    public async Task A_lead_in_whose_class_word_does_not_fit_the_sentence_before_means_nothing()
    {
        var extraction = await ExtractAsync(
            "The Wexcombe East area has around 120,000 residents served by 12 GP practices.\n\nThe board incorporates:\n\n- Oakley Ward\n- Elm Vale Ward\n",
            new KnownEntity("east", EntityKind.Area, "Wexcombe East", [], null, null, null),
            new KnownEntity("oakley", EntityKind.Area, "Oakley Ward", [], null, null, null),
            new KnownEntity("elm", EntityKind.Area, "Elm Vale Ward", [], null, null, null));

        Assert.Empty(extraction.Lines);
    }

    [Fact]
    public async Task A_body_that_incorporates_practices_is_not_read_as_their_whole()
    {
        var extraction = await ExtractAsync(
            "The Wexcombe Primary Care Network incorporates:\n\n- Oak Medical Centre\n- Elm Village Surgery\n");

        Assert.DoesNotContain(extraction.Lines, l => l.Type == RelationshipType.PartOf);
    }

    [Fact]
    public async Task A_body_s_own_partners_listed_after_a_colon_are_its_members()
    {
        var extraction = await ExtractAsync(
            "The Wexcombe Health and Care Partnership unites all of our partners:\n\n- Oakshire County Council\n- Elm Community NHS Trust\n");

        Line(extraction, RelationshipType.MemberOf, "Oakshire County Council", "Wexcombe Health and Care Partnership");
        Line(extraction, RelationshipType.MemberOf, "Elm Community NHS Trust", "Wexcombe Health and Care Partnership");
    }

    [Fact]
    public async Task Its_members_and_its_sub_groups_belong_to_the_body_the_sentence_before_is_about()
    {
        var extraction = await ExtractAsync(
            "The Wexcombe Health and Wellbeing Board brings together the organisations responsible for health across Wexcombe. "
            + "Its members include elected councillors, representatives from local NHS organisations, Oakshire County Council and Elm Community NHS Trust. "
            + "It also has a range of sub-groups that focus on particular ages, such as the Wexcombe Children's Partnership Board and the Healthy Ageing Group.");

        foreach (var member in new[] { "Oakshire County Council", "Elm Community NHS Trust" })
        {
            var line = Line(extraction, RelationshipType.MemberOf, member, "Wexcombe Health and Wellbeing Board");
            Assert.StartsWith("The Wexcombe Health and Wellbeing Board brings together", line.Sources[0].Quote, StringComparison.Ordinal);
        }

        Line(extraction, RelationshipType.PartOf, "Wexcombe Children's Partnership Board", "Wexcombe Health and Wellbeing Board");
        Line(extraction, RelationshipType.PartOf, "Healthy Ageing Group", "Wexcombe Health and Wellbeing Board");
    }

    [Fact]
    public async Task Its_members_after_a_sentence_about_two_bodies_name_no_body()
    {
        var extraction = await ExtractAsync(
            "Oakshire County Council and the Elmshire Trust Board met in March to agree the plan. Its members include Ash District Council and Elm Community NHS Trust.");

        Assert.DoesNotContain(extraction.Lines, l => l.Type == RelationshipType.MemberOf && l.From.Name == "Ash District Council");
    }

    [Fact]
    public async Task The_new_chair_of_a_body_and_the_chair_named_after_the_body_s_short_form_chair_it()
    {
        var newChair = await ExtractAsync("Dr Ann Oakley was the new Chair of the Wexcombe Integrated Care System, which would formally come into being in July.");
        var shortForm = await ExtractAsync("Chair of the Wexcombe Health and Wellbeing Board (HWB), Councillor Ben Ash, is keen to involve everyone.");
        var vice = await ExtractAsync("Vice Chair of the Wexcombe Health and Wellbeing Board (HWB), Councillor Ben Ash, is keen to involve everyone.");

        Line(newChair, RelationshipType.Chairs, "Dr Ann Oakley", "Wexcombe Integrated Care System");
        Line(shortForm, RelationshipType.Chairs, "Councillor Ben Ash", "Wexcombe Health and Wellbeing Board");
        Assert.DoesNotContain(vice.Lines, l => l.Type == RelationshipType.Chairs);
    }
}
