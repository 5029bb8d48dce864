using SystemGraph.Graph.Model;
using SystemGraph.Ingestion.Candidates;
using static SystemGraph.Ingestion.Tests.Candidates.Extracting;

namespace SystemGraph.Ingestion.Tests.Candidates;

/// <summary>
/// Lines read from how a paper is put together rather than from one wording, in an invented system's words: short forms
/// the paper defines, "It" after a sentence about a body, verbs joined by "and" sharing a subject, people named next to
/// a post, posts named alone in a membership list, and a list's short lead-in under a membership sentence.
/// </summary>
public sealed class StructureTests
{
    [Fact]
    public async Task A_short_form_the_paper_defines_names_the_body_it_follows_there()
    {
        var extraction = await ExtractAsync(
            "The Wexcombe Locality Integration Board (\"WLIB\") is a sub-committee of the Wexcombe Health and Wellbeing Board (\"HWB\").\n\n"
            + "The WLIB, through its co-chairs, is accountable to the HWB for its work.");

        Assert.Equal(RelationshipBasis.Stated, Line(extraction, RelationshipType.AccountableTo, "Wexcombe Locality Integration Board", "Wexcombe Health and Wellbeing Board").Basis);
    }

    [Fact]
    public async Task An_acronym_that_does_not_abbreviate_the_name_before_it_defines_nothing()
    {
        var extraction = await ExtractAsync(
            "The Wexcombe Governance Handbook for the Wexcombe Integrated Care Board (WIC) sets out the rules.\n\n"
            + "The Wexcombe People Board reports to the WIC every quarter.");

        Assert.DoesNotContain(extraction.Lines, l => l.Type == RelationshipType.ReportsTo && l.To.Name.Contains("Handbook", StringComparison.Ordinal));
    }

    [Fact]
    public async Task It_after_a_sentence_about_a_body_means_that_body_and_both_sentences_are_quoted()
    {
        var extraction = await ExtractAsync(
            "1.3 The Wexcombe Commissioning Committee will function as a corporate decision-making body. It is a committee comprising representatives of the following organisations:\n"
            + "Wexcombe Borough Council\nNorthside City Council\nWexcombe Healthwatch\n\n2.1 Other matters follow here in this paper.");

        var member = Line(extraction, RelationshipType.MemberOf, "Wexcombe Borough Council", "Wexcombe Commissioning Committee");
        Assert.StartsWith("The Wexcombe Commissioning Committee will function", member.Sources.Single().Quote, StringComparison.Ordinal);
        Line(extraction, RelationshipType.MemberOf, "Northside City Council", "Wexcombe Commissioning Committee");
        Assert.DoesNotContain(extraction.Lines, l => l.From.Name.Contains("Other", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_verb_after_and_speaks_for_the_sentence_subject()
    {
        var extraction = await ExtractAsync(
            "The Wexcombe Borough Council receives money from the Better Care Fund to undertake certain functions in relation to integration and has accountability to the Northshire Integrated Care Board for that money.");

        Line(extraction, RelationshipType.AccountableTo, "Wexcombe Borough Council", "Northshire Integrated Care Board");
    }

    [Theory]
    [InlineData("We established a new Wexcombe Clinical Leads Group, chaired by the Collaborative SRO Diane Moss, last year.")]
    [InlineData("We have selected a permanent Chair of the Wexcombe Clinical Leads Group, Diane Moss.")]
    public async Task A_person_named_next_to_a_post_without_a_title_is_a_person(string sentence)
    {
        var extraction = await ExtractAsync(sentence);

        var chair = Line(extraction, RelationshipType.Chairs, "Diane Moss", "Wexcombe Clinical Leads Group");
        Assert.Equal(EntityKind.Person, chair.From.Kind);
    }

    [Fact]
    public async Task Parties_that_entered_into_an_agreement_with_each_other_are_its_parties()
    {
        var extraction = await ExtractAsync(
            "In April 2017 the Wexcombe Borough Council entered into a 2 year Wexcombe Alliance Agreement with local NHS partners; Wexcombe Health NHS Trust and Northside Partnership NHS Foundation Trust.");

        Line(extraction, RelationshipType.PartyTo, "Wexcombe Borough Council", "Wexcombe Alliance Agreement");
        Line(extraction, RelationshipType.PartyTo, "Wexcombe Health NHS Trust", "Wexcombe Alliance Agreement");
        Line(extraction, RelationshipType.PartyTo, "Northside Partnership NHS Foundation Trust", "Wexcombe Alliance Agreement");
    }

    [Fact]
    public async Task The_practices_within_a_network_are_its_members()
    {
        var extraction = await ExtractAsync(
            "The practices within the Wexcombe Primary Care Network are Oak Tree Surgery Partnership, Wexcombe Health Centre Partnership and Elm Practice Partnership.");

        Line(extraction, RelationshipType.MemberOf, "Oak Tree Surgery Partnership", "Wexcombe Primary Care Network");
        Line(extraction, RelationshipType.MemberOf, "Elm Practice Partnership", "Wexcombe Primary Care Network");
    }

    [Fact]
    public async Task Posts_a_membership_list_names_alone_are_members_and_counted_classes_are_not()
    {
        var extraction = await ExtractAsync(
            "The Wexcombe Integrated Care Board is made up of:\n- The chair\n- 4 non-executive members\n- Chief executive\n- Director of nursing\n"
            + "- A representative of the voluntary sector\n- Associate Director of Contracts (Wexcombe Borough Council)\n- Chief Officer – Oakfield Carers");

        Line(extraction, RelationshipType.MemberOf, "The chair", "Wexcombe Integrated Care Board");
        Line(extraction, RelationshipType.Chairs, "The chair", "Wexcombe Integrated Care Board");
        Assert.Equal(EntityKind.Person, Line(extraction, RelationshipType.MemberOf, "Director of nursing", "Wexcombe Integrated Care Board").From.Kind);
        Line(extraction, RelationshipType.MemberOf, "Chief executive", "Wexcombe Integrated Care Board");
        Line(extraction, RelationshipType.MemberOf, "Wexcombe Borough Council", "Wexcombe Integrated Care Board");
        Assert.DoesNotContain(extraction.Lines, l => l.From.Name.Contains("non-executive", StringComparison.Ordinal)
            || l.From.Name.Contains("voluntary", StringComparison.Ordinal) || l.From.Name.Contains("Oakfield", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_short_lead_in_under_a_membership_sentence_takes_its_body()
    {
        var extraction = await ExtractAsync(
            "The membership of the Wexcombe Performance Board will consist of:\nVoting members:\n- Dr Ann Rivers (Chair)\n- Dr Ben Ashe\n"
            + "- Chief Finance Officer");

        Line(extraction, RelationshipType.MemberOf, "Dr Ann Rivers", "Wexcombe Performance Board");
        Line(extraction, RelationshipType.Chairs, "Dr Ann Rivers", "Wexcombe Performance Board");
        Line(extraction, RelationshipType.MemberOf, "Dr Ben Ashe", "Wexcombe Performance Board");
    }
}

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
    public async Task A_short_form_inside_a_name_is_part_of_it_and_names_it_later()
    {
        var extraction = await ExtractAsync(
            "The Wexcombe and Northside (WAN) ICS covers the two boroughs. The WAN ICS reports to the Northshire Regional Board every year.");

        Assert.Contains(extraction.Entities, e => e.Name == "Wexcombe and Northside (WAN) ICS" && e.Kind == EntityKind.Area);
    }
}

/// <summary>
/// New bodies named by what the paper says they are, and names that only say a kind of body, in an invented system's
/// words.
/// </summary>
public sealed class NamingTests
{
    [Fact]
    public async Task A_network_the_paper_says_is_called_a_name_is_a_body_and_our_network_names_it()
    {
        var extraction = await ExtractAsync(
            "Our Primary Care Network is called Wexcombe Harmony and the practices within our network are Oak Tree Surgery, The Elm Practice and Ash Medical Centre.");

        Line(extraction, RelationshipType.MemberOf, "Oak Tree Surgery", "Wexcombe Harmony");
        Line(extraction, RelationshipType.MemberOf, "Ash Medical Centre", "Wexcombe Harmony");
    }

    [Fact]
    public async Task A_name_of_class_words_with_a_short_form_of_its_own_is_the_papers_body()
    {
        var extraction = await ExtractAsync(
            "The Integrated Care Partnership (“ICP”) is a joint committee of NHS Wexcombe Integrated Care Board and the councils. The ICP reports to the Wexcombe Health and Wellbeing Board each year.");

        Line(extraction, RelationshipType.ReportsTo, "Integrated Care Partnership", "Wexcombe Health and Wellbeing Board");
    }

    [Fact]
    public async Task A_known_body_whose_own_name_says_only_a_kind_is_not_named_by_it()
    {
        var extraction = await ExtractAsync(
            "The Integrated Care Partnership will report to the Wexcombe Health and Wellbeing Board every quarter.",
            new KnownEntity("practice-x", EntityKind.Organisation, "THE INTEGRATED CARE PARTNERSHIP", [], "X81133"));

        Assert.DoesNotContain(extraction.Entities, e => e.ExistingId == "practice-x");
    }

    [Fact]
    public async Task A_title_names_only_a_body_whose_name_holds_its_words()
    {
        var extraction = await ExtractAsync(
            "NHS Wexcombe Integrated Care Board (ICB) works with partners. We selected a permanent Chair of the Programme Board, Sir Ann Dix.");

        Assert.DoesNotContain(extraction.Lines, l => l.Type == RelationshipType.Chairs && l.To.Name.Contains("Integrated Care Board", StringComparison.Ordinal));
    }
}

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
