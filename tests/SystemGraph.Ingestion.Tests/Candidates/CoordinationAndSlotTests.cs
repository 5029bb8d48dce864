using SystemGraph.Graph.Model;
using SystemGraph.Ingestion.Candidates;
using static SystemGraph.Ingestion.Tests.Candidates.Extracting;

namespace SystemGraph.Ingestion.Tests.Candidates;

/// <summary>
/// Ends a sentence opens with in a list, lists that lost their separators, bodies named by the slot they stand in, and
/// the wordings added with them, in an invented system's words.
/// </summary>
public sealed class CoordinationAndSlotTests
{
    [Fact]
    public async Task Every_end_of_a_list_that_opens_the_sentence_shares_the_line()
    {
        var extraction = await ExtractAsync("Oak Medical Centre, Elm Village Surgery and Ash Road Surgery make up the Wexcombe PCN.");

        foreach (var practice in new[] { "Oak Medical Centre", "Elm Village Surgery", "Ash Road Surgery" })
        {
            var line = Line(extraction, RelationshipType.MemberOf, practice, "Wexcombe PCN");
            Assert.Equal(RelationshipBasis.Stated, line.Basis);
        }
    }

    [Fact]
    public async Task A_list_later_in_the_sentence_is_not_the_subject()
    {
        var extraction = await ExtractAsync("Following talks with Oak Medical Centre and Elm Village Surgery, Ash Road Surgery is a member of the Wexcombe PCN.");

        Line(extraction, RelationshipType.MemberOf, "Ash Road Surgery", "Wexcombe PCN");
        Assert.DoesNotContain(extraction.Lines, l => l.From.Name is "Oak Medical Centre" or "Elm Village Surgery");
    }

    [Fact]
    public async Task Co_chairs_elected_together_each_chair_the_board()
    {
        var extraction = await ExtractAsync(
            "That Councillor Ann Oakley and Mr Ben Ash be elected as Co-Chairs of the Wexcombe Health and Wellbeing Board for the year.");

        Line(extraction, RelationshipType.Chairs, "Councillor Ann Oakley", "Wexcombe Health and Wellbeing Board");
        Line(extraction, RelationshipType.Chairs, "Mr Ben Ash", "Wexcombe Health and Wellbeing Board");
    }

    [Fact]
    public async Task Names_in_a_row_without_separators_after_a_colon_are_a_list()
    {
        var extraction = await ExtractAsync(
            "The Wexcombe Joint Scrutiny Committee consists of the following authorities: Oakshire Borough Council Elmshire County Council Ashford District Council 2. Quorum");

        foreach (var council in new[] { "Oakshire Borough Council", "Elmshire County Council", "Ashford District Council" })
        {
            Line(extraction, RelationshipType.MemberOf, council, "Wexcombe Joint Scrutiny Committee");
        }
    }

    [Fact]
    public async Task A_heading_that_runs_into_its_list_of_providers_names_the_members()
    {
        var extraction = await ExtractAsync(
            "WXA providers Oak Hospital NHS Foundation Trust* Elm Community NHS Trust Ash Mental Health NHS Foundation Trust",
            new KnownEntity("wxa", EntityKind.Board, "Wexcombe Acute Alliance", ["WXA"], null, null, null));

        Line(extraction, RelationshipType.MemberOf, "Oak Hospital NHS Foundation Trust", "wxa");
        Line(extraction, RelationshipType.MemberOf, "Elm Community NHS Trust", "wxa");
        Line(extraction, RelationshipType.MemberOf, "Ash Mental Health NHS Foundation Trust", "wxa");
    }

    [Fact]
    public async Task A_body_named_in_the_partners_slot_needs_no_head_word_but_a_place_alone_is_not_one()
    {
        var extraction = await ExtractAsync(
            "The partners in Better Wexcombe Together are:\n- Oakshire County Council\n- Elm Community NHS Trust\n\n"
            + "Our partners in Ashford include Ashford District Council and Elm Community NHS Trust.");

        var line = Line(extraction, RelationshipType.MemberOf, "Oakshire County Council", "Better Wexcombe Together");
        Assert.True(line.To.Confidence <= 0.5, "a body read from its slot alone is offered for review at low confidence");
        Line(extraction, RelationshipType.MemberOf, "Elm Community NHS Trust", "Better Wexcombe Together");
        Assert.DoesNotContain(extraction.Entities, e => e.Name == "Ashford");
    }

    [Fact]
    public async Task One_of_the_practices_of_a_network_is_its_member()
    {
        var extraction = await ExtractAsync("Oak Lane Surgery is one of the 9 constituent practices of Wexcombe North PCN.");

        Line(extraction, RelationshipType.MemberOf, "Oak Lane Surgery", "Wexcombe North PCN");
    }

    [Fact]
    public async Task A_body_that_holds_another_to_account_but_not_a_clause_after_a_comma()
    {
        var extraction = await ExtractAsync(
            "The Wexcombe Council of Governors holds the Wexcombe Trust Board to account. "
            + "Review the performance of the Wexcombe Care Partnership, holding the Wexcombe Delivery Collaborative to account.",
            new KnownEntity("wx-governors", EntityKind.Board, "Wexcombe Council of Governors", []));

        Line(extraction, RelationshipType.HeldToAccountBy, "Wexcombe Trust Board", "wx-governors");
        Assert.DoesNotContain(extraction.Lines, l => l.Type == RelationshipType.HeldToAccountBy && l.From.Name == "Wexcombe Delivery Collaborative");
    }

    [Fact]
    public async Task A_joint_committee_and_a_fronted_committee_are_part_of_their_body()
    {
        var extraction = await ExtractAsync(
            "RESOLVED - That approval be given to the establishment of the Wexcombe Integrated Care Partnership as a joint committee of the Wexcombe Council and the ten local authorities. "
            + "Although a formal committee of Oakshire County Council, the Oakshire Health and Wellbeing Board has a remit across the system.");

        Line(extraction, RelationshipType.PartOf, "Wexcombe Integrated Care Partnership", "Wexcombe Council");
        Line(extraction, RelationshipType.PartOf, "Oakshire Health and Wellbeing Board", "Oakshire County Council");
    }

    [Fact]
    public async Task A_network_clinical_director_leads_the_network()
    {
        var extraction = await ExtractAsync("Dr Ann Oakley is a GP at Elm Surgery and is the clinical director for the Wexcombe Primary Care Network.");

        Line(extraction, RelationshipType.Leads, "Dr Ann Oakley", "Wexcombe Primary Care Network");
    }

    [Fact]
    public async Task An_agenda_action_names_the_body_after_of()
    {
        var extraction = await ExtractAsync("Establishment of the Wexcombe Integrated Care Partnership Board\n\nThe Wexcombe Integrated Care Partnership Board reports to the Wexcombe Council.");

        Assert.DoesNotContain(extraction.Entities, e => e.Name.StartsWith("Establishment", StringComparison.Ordinal));
        Line(extraction, RelationshipType.ReportsTo, "Wexcombe Integrated Care Partnership Board", "Wexcombe Council");
    }

    [Fact]
    public async Task Places_that_share_one_plural_head_each_name_their_own_body()
    {
        KnownEntity[] known =
        [
            new("wx-icp", EntityKind.Board, "Wexcombe Integrated Care Partnership", ["ICP"]),
            new("oak-cc", EntityKind.Organisation, "Oakshire County Council", []),
            new("elm-cc", EntityKind.Organisation, "Elmshire County Council", []),
        ];
        var extraction = await ExtractAsync(
            "The board is one of two key components of our system. The second is the Wexcombe Integrated Care Partnership (ICP), a statutory joint committee. "
            + "It is made up of representatives from the following organisations:\n"
            + "- Elected members and executive directors from Oakshire and Elmshire County councils\n- Chief executive and Chair of the Ashford District Council\n",
            known);

        Line(extraction, RelationshipType.MemberOf, "oak-cc", "wx-icp");
        var elm = Line(extraction, RelationshipType.MemberOf, "elm-cc", "wx-icp");
        Assert.Contains("Elmshire County councils", elm.FromMentions);
    }

    [Fact]
    public async Task A_list_of_places_that_ends_a_longer_list_names_no_bodies()
    {
        var extraction = await ExtractAsync(
            "The Council entered into the Wexcombe Alliance Agreement with Oakford Ashby and Elmley and Hasting and Rowan Clinical Commissioning Groups.");

        Assert.DoesNotContain(extraction.Entities, e => e.Name is "Rowan Clinical Commissioning Group" or "Hasting Clinical Commissioning Group");
    }

    [Fact]
    public async Task Known_names_in_a_row_are_each_an_end_though_their_run_of_capitals_goes_on()
    {
        var extraction = await ExtractAsync(
            "The Wexcombe Joint Scrutiny Committee consists of the following authorities: London Borough of Oakham London Borough of Elmwick City of Ashbury 2. Quorum",
            new KnownEntity("lb-oakham", EntityKind.Organisation, "London Borough of Oakham", []),
            new KnownEntity("lb-elmwick", EntityKind.Organisation, "London Borough of Elmwick", []),
            new KnownEntity("ashbury", EntityKind.Organisation, "City of Ashbury", []));

        Line(extraction, RelationshipType.MemberOf, "lb-oakham", "Wexcombe Joint Scrutiny Committee");
        Line(extraction, RelationshipType.MemberOf, "lb-elmwick", "Wexcombe Joint Scrutiny Committee");
        Line(extraction, RelationshipType.MemberOf, "ashbury", "Wexcombe Joint Scrutiny Committee");
    }

    [Fact]
    public async Task A_run_of_trusts_whose_names_start_with_The_splits_at_each_trust_and_not_inside_one()
    {
        var extraction = await ExtractAsync(
            "WXA providers Oak Hospital NHS Trust** The Elm Cancer Centre NHS Foundation Trust The Ash Centre NHS Foundation Trust",
            new KnownEntity("wxa", EntityKind.Board, "Wexcombe Acute Alliance", ["WXA"]));

        Line(extraction, RelationshipType.MemberOf, "Elm Cancer Centre NHS Foundation Trust", "wxa");
        Line(extraction, RelationshipType.MemberOf, "Ash Centre NHS Foundation Trust", "wxa");
        Assert.DoesNotContain(extraction.Entities, e => e.Name is "NHS Foundation Trust" or "Elm Cancer Centre");
    }

    [Fact]
    public async Task A_sentence_that_refers_back_to_a_membership_names_more_members_of_that_body()
    {
        var extraction = await ExtractAsync(
            "The Wexcombe Partnership Board is made up of 23 members. This includes Oakham District Council. "
            + "Other members include the local authority within each of the places: Elmwick City Council and Ashbury Borough Council. "
            + "Its budget is agreed by Rowan County Council.");

        foreach (var council in new[] { "Oakham District Council", "Elmwick City Council", "Ashbury Borough Council" })
        {
            var line = Line(extraction, RelationshipType.MemberOf, council, "Wexcombe Partnership Board");
            Assert.StartsWith("The Wexcombe Partnership Board is made up of 23 members.", line.Sources[0].Quote, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(extraction.Lines, l => l.From.Name == "Rowan County Council");
    }

    [Fact]
    public async Task A_joint_committee_formed_between_bodies_is_part_of_each()
    {
        var extraction = await ExtractAsync(
            "The Wexcombe ICP is a statutory committee jointly formed between NHS Wexcombe and the two local authorities, Oakshire Council and Elmshire Council.",
            new KnownEntity("wx-icp", EntityKind.Board, "Wexcombe ICP", []),
            new KnownEntity("nhs-wx", EntityKind.Organisation, "NHS Wexcombe", []));

        Line(extraction, RelationshipType.PartOf, "wx-icp", "nhs-wx");
        Line(extraction, RelationshipType.PartOf, "wx-icp", "Oakshire Council");
        Line(extraction, RelationshipType.PartOf, "wx-icp", "Elmshire Council");
    }

    [Fact]
    public async Task Partnerships_signatories_leads_chairs_and_places_served_in_news_wording()
    {
        var extraction = await ExtractAsync(
            "WAP is the partnership between Oakshire City Council, Elm Community NHS Trust and the Wexcombe University. "
            + "A Civic Engagement Agreement is being signed today by the city's four largest employers – Oakshire City Council and Wexcombe Hospitals NHS Trust. "
            + "Toby Ash, Executive Lead of the Wexcombe Care Partnership, said the work mattered. "
            + "Councillor Ann Oakley has been appointed as the new chair for the Wexcombe Health and Wellbeing Board. "
            + "Wexcombe Integrated Care Board will be formally established in April 2026 to serve the 2.5 million people who live across Oakshire, Elmshire and Ashshire.",
            new KnownEntity("wap", EntityKind.Board, "Wexcombe Anchor Partnership", ["WAP"]),
            new KnownEntity("oak", EntityKind.Area, "Oakshire", []),
            new KnownEntity("elm", EntityKind.Area, "Elmshire", []),
            new KnownEntity("ash", EntityKind.Area, "Ashshire", []));

        Line(extraction, RelationshipType.MemberOf, "Oakshire City Council", "wap");
        Line(extraction, RelationshipType.MemberOf, "Elm Community NHS Trust", "wap");
        Line(extraction, RelationshipType.PartyTo, "Wexcombe Hospitals NHS Trust", "Civic Engagement Agreement");
        Line(extraction, RelationshipType.Leads, "Toby Ash", "Wexcombe Care Partnership");
        Line(extraction, RelationshipType.Chairs, "Councillor Ann Oakley", "Wexcombe Health and Wellbeing Board");
        foreach (var area in new[] { "oak", "elm", "ash" })
        {
            Line(extraction, RelationshipType.Covers, "Wexcombe Integrated Care Board", area);
        }
    }

    [Fact]
    public async Task The_class_word_after_a_slot_name_is_part_of_its_name_and_says_its_kind()
    {
        var extraction = await ExtractAsync("Key partners in the North Wexcombe place:\n- Oakshire County Council\n- Elm Community NHS Trust\n");

        var line = Line(extraction, RelationshipType.MemberOf, "Oakshire County Council", "North Wexcombe place");
        Assert.Equal(EntityKind.Area, line.To.Kind);
    }

    [Fact]
    public async Task A_place_known_by_name_inside_a_name_read_across_its_commas_is_read_once_as_the_fuller_name()
    {
        // "The Oakshire" (a known area) and "Oakshire, Elmshire and Ashford Integrated Care Board" (a known name across its
        // commas) claim the same words; read together they once stopped the whole reading of the paper.
        var extraction = await ExtractAsync(
            "The Oakshire, Elmshire and Ashford Integrated Care Board (OEA ICB) was established on 1 July 2022. The OEA Integrated Care Partnership, whose statutory members are the ICB and the three councils, plans services for the area.",
            new KnownEntity("oakshire", EntityKind.Area, "Oakshire", []),
            new KnownEntity("oea-icb", EntityKind.Organisation, "Oakshire, Elmshire and Ashford Integrated Care Board", ["OEA ICB"]));

        Assert.Contains(extraction.Entities, e => e.ExistingId == "oea-icb" && e.MatchedText == "Oakshire, Elmshire and Ashford Integrated Care Board");
    }
}
