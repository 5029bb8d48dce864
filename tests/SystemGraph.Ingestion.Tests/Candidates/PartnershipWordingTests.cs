using SystemGraph.Graph.Model;
using SystemGraph.Ingestion.Candidates;
using static SystemGraph.Ingestion.Tests.Candidates.Extracting;

namespace SystemGraph.Ingestion.Tests.Candidates;

/// <summary>
/// Wordings of a partnership's members, places and parts, its chair named after the post, and a network's clinical
/// director named after a person, in an invented system's words.
/// </summary>
public sealed class PartnershipWordingTests
{
    [Fact]
    public async Task Bodies_that_come_together_to_form_a_partnership_are_its_members()
    {
        var together = await ExtractAsync(
            "Oakshire County Council, the Elm Community NHS Trust and Wexcombe City Council have come together to form the Wexcombe Care Alliance.");
        foreach (var member in new[] { "Oakshire County Council", "Elm Community NHS Trust", "Wexcombe City Council" })
        {
            Line(together, RelationshipType.MemberOf, member, "Wexcombe Care Alliance");
        }

        var bringing = await ExtractAsync("The Wexcombe Hospitals Group was formed in 2031, bringing together two acute trusts: the Elm Community NHS Trust and the Ash Valley NHS Trust.");
        Line(bringing, RelationshipType.MemberOf, "Elm Community NHS Trust", "Wexcombe Hospitals Group");
        Line(bringing, RelationshipType.MemberOf, "Ash Valley NHS Trust", "Wexcombe Hospitals Group");

        var knownAs = await ExtractAsync("The Elm Community NHS Trust and the Ash Valley NHS Trust have formed a partnership known as the Wexcombe Acute Alliance.");
        Line(knownAs, RelationshipType.MemberOf, "Elm Community NHS Trust", "Wexcombe Acute Alliance");
        Line(knownAs, RelationshipType.MemberOf, "Ash Valley NHS Trust", "Wexcombe Acute Alliance");
    }

    [Fact]
    public async Task A_membership_that_now_includes_representatives_names_its_members()
    {
        var extraction = await ExtractAsync(
            "The membership of the over-arching Wexcombe Steering Group has been increased and now includes representatives from Oakshire County Council, the Elm Community NHS Trust and the Ash Business Partnership.");

        foreach (var member in new[] { "Oakshire County Council", "Elm Community NHS Trust", "Ash Business Partnership" })
        {
            Assert.Equal(RelationshipBasis.Stated, Line(extraction, RelationshipType.MemberOf, member, "Wexcombe Steering Group").Basis);
        }
    }

    [Fact]
    public async Task It_brings_together_leaders_from_named_bodies_after_a_sentence_about_the_board()
    {
        var extraction = await ExtractAsync(
            "The Wexcombe Health and Wellbeing Board is a statutory partnership. It brings together senior leaders from the NHS, Oakshire County Council, Healthwatch Wexcombe and the voluntary sector to work in partnership.",
            new KnownEntity("hw", EntityKind.Organisation, "Healthwatch Wexcombe", [], null, null, null));

        var line = Line(extraction, RelationshipType.MemberOf, "Oakshire County Council", "Wexcombe Health and Wellbeing Board");
        Assert.StartsWith("The Wexcombe Health and Wellbeing Board is a statutory partnership.", line.Sources[0].Quote, StringComparison.Ordinal);
        Line(extraction, RelationshipType.MemberOf, "hw", "Wexcombe Health and Wellbeing Board");
    }

    [Fact]
    public async Task New_partners_a_partnership_welcomes_are_its_members()
    {
        var extraction = await ExtractAsync(
            "As part of this new chapter of the Wexcombe Health Partnership, we welcome three new partners: Oakshire County Council, Elm District Council and Ash Community NHS Trust.");

        Line(extraction, RelationshipType.MemberOf, "Oakshire County Council", "Wexcombe Health Partnership");
        Line(extraction, RelationshipType.MemberOf, "Ash Community NHS Trust", "Wexcombe Health Partnership");
    }

    [Fact]
    public async Task One_of_several_place_partnerships_within_a_system_is_part_of_it()
    {
        var extraction = await ExtractAsync(
            "The Wexcombe Downs Partnership is one of four place level partnerships within the Oakshire Integrated Care System and covers 300,000 people.");

        Line(extraction, RelationshipType.PartOf, "Wexcombe Downs Partnership", "Oakshire Integrated Care System");
    }

    [Fact]
    public async Task A_body_that_includes_named_wards_covers_them_but_a_board_including_a_council_does_not()
    {
        var wards = await ExtractAsync(
            "The Wexcombe North Partnership is largely based on ward boundaries and includes: Oakley, Elm Vale and Ashford.",
            new KnownEntity("oakley", EntityKind.Area, "Oakley", [], null, null, null),
            new KnownEntity("elm", EntityKind.Area, "Elm Vale", [], null, null, null),
            new KnownEntity("ash", EntityKind.Area, "Ashford", [], null, null, null));
        var council = await ExtractAsync("The Wexcombe North Partnership includes Oakshire County Council.");

        Line(wards, RelationshipType.Covers, "Wexcombe North Partnership", "oakley");
        Line(wards, RelationshipType.Covers, "Wexcombe North Partnership", "ash");
        Assert.DoesNotContain(council.Lines, l => l.Type == RelationshipType.Covers);
    }

    [Fact]
    public async Task A_person_who_is_also_clinical_director_of_a_network_leads_it()
    {
        var extraction = await ExtractAsync(
            "The Chairman welcomed Dr Ann Oakley, General Practitioner (GP) at Elm Medical Partnership and Clinical Director of the Wexcombe Primary Care Network, to the Committee.");

        Line(extraction, RelationshipType.Leads, "Dr Ann Oakley", "Wexcombe Primary Care Network");
        Assert.DoesNotContain(extraction.Lines, l => l.Type == RelationshipType.Leads && l.To.Name == "Elm Medical Partnership");
    }

    [Fact]
    public async Task A_body_s_chair_named_after_the_post_chairs_it_but_not_its_vice_chair()
    {
        var chair = await ExtractAsync("Wexcombe Health Partnership Chair Dr Ann Oakley gives an update on changes to the leadership.");
        var vice = await ExtractAsync("Wexcombe Health Partnership Vice Chair Dr Ann Oakley gives an update on changes to the leadership.");

        Line(chair, RelationshipType.Chairs, "Dr Ann Oakley", "Wexcombe Health Partnership");
        Assert.DoesNotContain(vice.Lines, l => l.Type == RelationshipType.Chairs);
    }

    [Fact]
    public async Task Police_social_enterprises_and_named_partners_are_bodies_but_system_partners_are_a_class()
    {
        var named = await ExtractAsync(
            "The members of the Wexcombe Health and Wellbeing Board are Oakshire Police, Elm Valley Care CIC and Wexcombe Health Partners.");
        var system = await ExtractAsync("The members of the Wexcombe Health and Wellbeing Board are Wexcombe System Partners.");

        foreach (var member in new[] { "Oakshire Police", "Elm Valley Care CIC", "Wexcombe Health Partners" })
        {
            Assert.Equal(EntityKind.Organisation, Line(named, RelationshipType.MemberOf, member, "Wexcombe Health and Wellbeing Board").From.Kind);
        }

        Assert.DoesNotContain(system.Lines, l => l.From.Name.Contains("Partners", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Safeguarding_partners_are_a_class_in_law_not_a_body()
    {
        // The statutory safeguarding partners (a council, an ICB, the police) are named one by one; "the Lead Safeguarding
        // Partners" is what they are, not a body they are members of.
        var extraction = await ExtractAsync(
            "The three Lead Safeguarding Partners are:\n– Oakshire Constabulary: Ann Lee, Chief Constable\n– Wexcombe Borough Council: Tom Hale, Chief Executive\n");

        Assert.DoesNotContain(extraction.Entities, e => e.Name.EndsWith("Safeguarding Partners", StringComparison.Ordinal));
        Assert.DoesNotContain(extraction.Lines, l => l.To.Name.Contains("Partners", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_councillor_who_is_one_of_the_council_s_representatives_on_a_body_is_its_member()
    {
        var extraction = await ExtractAsync(
            "Councillor Ann Oakley wished it to be noted that she was one of the council's representatives on the Wexcombe Joint Scrutiny Committee.");

        Line(extraction, RelationshipType.MemberOf, "Councillor Ann Oakley", "Wexcombe Joint Scrutiny Committee");
    }

    [Fact]
    public async Task A_group_of_a_body_named_after_a_dash_is_the_end_not_the_body()
    {
        var extraction = await ExtractAsync(
            "Councillor Ann Oakley said that she was one of the council's representatives on the Wexcombe Hospital NHS Trust – Council of Governors Stakeholder Group.");

        Assert.DoesNotContain(extraction.Lines, l => l.To.Name == "Wexcombe Hospital NHS Trust");
    }

    [Fact]
    public async Task A_body_named_before_a_post_and_its_holder_does_not_chair()
    {
        var extraction = await ExtractAsync("Our partnership, the Wexcombe Integrated Care Partnership, is chaired by Oakshire County Council Leader Dr Ann Oakley.");

        Assert.DoesNotContain(extraction.Lines, l => l.Type == RelationshipType.Chairs && l.From.Name == "Oakshire County Council");
    }

    [Fact]
    public async Task A_plural_class_then_and_then_a_name_is_two_names_not_one()
    {
        var extraction = await ExtractAsync(
            "The Wexcombe Health and Wellbeing Board is made up of representatives from local NHS organisations, including Primary Care Networks and Elm Valley NHS Trust.");

        Line(extraction, RelationshipType.MemberOf, "Elm Valley NHS Trust", "Wexcombe Health and Wellbeing Board");
        Assert.DoesNotContain(extraction.Entities, e => e.Name.Contains("Networks and", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Partners_listed_after_including_or_after_organisations_involved_in_are_members()
    {
        var including = await ExtractAsync(
            "The Wexcombe Integrated Care System involves a wide range of partners including:\n\n- Oakshire County Council\n- Elm District Council\n");
        var involved = await ExtractAsync(
            "The organisations involved in the Wexcombe Provider Collaborative are:\n\n- Oak Hospitals NHS Foundation Trust\n- Elm Community NHS Trust\n");

        Line(including, RelationshipType.MemberOf, "Elm District Council", "Wexcombe Integrated Care System");
        Line(involved, RelationshipType.MemberOf, "Oak Hospitals NHS Foundation Trust", "Wexcombe Provider Collaborative");
    }

    [Fact]
    public async Task Statutory_partners_of_a_body_after_a_dash_and_a_body_comprised_of_are_members()
    {
        var dash = await ExtractAsync(
            "We work with the three statutory partners of the Wexcombe Integrated Care Partnership (ICP) – Oakshire County Council (OCC), Elm District Council and Ash Community NHS Trust.");
        var comprised = await ExtractAsync(
            "The Wexcombe Leaders' Board is comprised of Oakshire County Council, Elm District Council and the Ash Police and Crime Commissioner.");

        Line(dash, RelationshipType.MemberOf, "Oakshire County Council", "Wexcombe Integrated Care Partnership");
        Line(dash, RelationshipType.MemberOf, "Ash Community NHS Trust", "Wexcombe Integrated Care Partnership");
        Line(comprised, RelationshipType.MemberOf, "Elm District Council", "Wexcombe Leaders' Board");
    }

    [Fact]
    public async Task A_board_s_members_were_and_a_body_s_partners_are_its_members()
    {
        var were = await ExtractAsync(
            "The Wexcombe Health and Wellbeing Board members were senior council officers, cabinet members, and representatives from Healthwatch Wexcombe, Elm Renewal Trust and Oakshire County Council.",
            new KnownEntity("hw", EntityKind.Organisation, "Healthwatch Wexcombe", [], null, null, null));
        var partners = await ExtractAsync("Our Wexcombe Alliance partners are: Oak Health Services NHS Trust, Elm Community NHS Trust and Oakshire County Council.");

        Line(were, RelationshipType.MemberOf, "Elm Renewal Trust", "Wexcombe Health and Wellbeing Board");
        Line(partners, RelationshipType.MemberOf, "Oak Health Services NHS Trust", "Wexcombe Alliance");
    }

    [Fact]
    public async Task A_board_under_the_chairmanship_of_a_person_and_a_person_appointed_the_leader_of_a_footprint()
    {
        var chaired = await ExtractAsync("The Wexcombe Shadow Health and Wellbeing Board, under the chairmanship of Dr Ann Oakley, has been set up.");
        var led = await ExtractAsync(
            "Dr Ben Ash, Chief Executive of Oakshire County Council, was appointed the leader of the Wexcombe STP footprint.");

        Line(chaired, RelationshipType.Chairs, "Dr Ann Oakley", "Wexcombe Shadow Health and Wellbeing Board");
        Assert.DoesNotContain(led.Lines, l => l.Type == RelationshipType.Leads && l.From.Name == "Oakshire County Council");
    }

    [Fact]
    public async Task A_body_that_covers_the_county_of_a_place_covers_the_place()
    {
        var extraction = await ExtractAsync(
            "NHS Wexcombe Integrated Care Board, also known as One Wexcombe, covers the ceremonial county of Wexshire.",
            new KnownEntity("wexshire", EntityKind.Area, "Wexshire", [], null, null, null));

        Line(extraction, RelationshipType.Covers, "NHS Wexcombe Integrated Care Board", "wexshire");
    }

    [Fact]
    public async Task A_board_made_up_of_voting_and_non_voting_members_from_named_bodies_has_them_as_members()
    {
        var extraction = await ExtractAsync(
            "The Wexcombe Health and Wellbeing Board is made up of voting and non-voting members from Oakshire County Council, Healthwatch Wexcombe and Elm Community NHS Trust.",
            new KnownEntity("hw", EntityKind.Organisation, "Healthwatch Wexcombe", [], null, null, null));

        Line(extraction, RelationshipType.MemberOf, "Oakshire County Council", "Wexcombe Health and Wellbeing Board");
        Line(extraction, RelationshipType.MemberOf, "hw", "Wexcombe Health and Wellbeing Board");
        Line(extraction, RelationshipType.MemberOf, "Elm Community NHS Trust", "Wexcombe Health and Wellbeing Board");
    }
}
