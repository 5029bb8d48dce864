using SystemGraph.Graph.Model;
using SystemGraph.Ingestion.Candidates;
using static SystemGraph.Ingestion.Tests.Candidates.Extracting;

namespace SystemGraph.Ingestion.Tests.Candidates;

/// <summary>
/// Wordings of membership, parts, areas and chairs read in one sentence: list items that say what a member is before
/// its name, "together with", "the organisations forming X are", "X includes", a seat on a board, "part of" set beside a
/// name, a subsidiary, a board owned by another ("X's Quality Committee"), the places a body covers after their class,
/// and a chair named after the post. Each with what it must not read. Invented names throughout.
/// </summary>
public sealed class ListWordingTests
{
    private static readonly KnownEntity Council = new("wexcombe-council", EntityKind.Organisation, "Wexcombe City Council", []);
    private static readonly KnownEntity Trust = new("oakshire-trust", EntityKind.Organisation, "Oakshire NHS Foundation Trust", []);
    private static readonly KnownEntity Community = new("oakshire-community", EntityKind.Organisation, "Oakshire Community Care", []);
    private static readonly KnownEntity Carers = new("carers-centre", EntityKind.Organisation, "Wexcombe Carers Centre", []);
    private static readonly KnownEntity Hospice = new("hospice", EntityKind.Organisation, "St Mary's Hospice Wexcombe", []);
    private static readonly KnownEntity Partnership = new("thornfield-partnership", EntityKind.Board, "Thornfield Health Partnership", []);

    [Fact]
    public async Task A_list_item_may_say_what_the_member_is_before_its_name_and_together_with_adds_to_the_list()
    {
        var extraction = await ExtractAsync(
            "The Thornfield Health Partnership comprises Wexcombe's largest NHS provider, Oakshire Community Care, and mental health provider "
            + "Oakshire NHS Foundation Trust together with charities Wexcombe Carers Centre and St Mary's Hospice Wexcombe.\n",
            Partnership, Trust, Community, Carers, Hospice);

        foreach (var member in new[] { "oakshire-community", "oakshire-trust", "carers-centre", "hospice" })
        {
            Assert.Equal(RelationshipBasis.Stated, Line(extraction, RelationshipType.MemberOf, member, "thornfield-partnership").Basis);
        }
    }

    [Fact]
    public async Task Words_that_say_how_a_body_stands_to_the_list_are_not_what_a_member_is()
    {
        // The rules' reading (the learnt ranker may offer "supported by X" as a member, marked as its own, for review).
        var extraction = await RulesOnlyAsync(
            "The Thornfield Health Partnership comprises Oakshire Community Care and Oakshire NHS Foundation Trust, supported by Wexcombe Carers Centre.\n"
            + "The Thornfield Health Partnership comprises Oakshire Community Care, working with St Mary's Hospice Wexcombe.\n",
            Partnership, Trust, Community, Carers, Hospice);

        Line(extraction, RelationshipType.MemberOf, "oakshire-trust", "thornfield-partnership");
        Assert.DoesNotContain(extraction.Lines, l => l.Type == RelationshipType.MemberOf && l.From.ExistingId is "carers-centre" or "hospice");
    }

    [Fact]
    public async Task The_organisations_forming_a_body_and_its_other_members_are_its_members()
    {
        var extraction = await RulesOnlyAsync(
            "The organisations forming the Thornfield Health Partnership are: Oakshire Community Care, Oakshire NHS Foundation Trust and Wexcombe City Council.\n\n"
            + "The other members of the Thornfield Health Partnership include hospice provider St Mary's Hospice Wexcombe and Wexcombe Carers Centre.\n",
            Partnership, Trust, Community, Council, Carers, Hospice);

        foreach (var member in new[] { "oakshire-community", "oakshire-trust", "wexcombe-council", "hospice", "carers-centre" })
        {
            Line(extraction, RelationshipType.MemberOf, member, "thornfield-partnership");
        }
    }

    [Fact]
    public async Task What_a_board_includes_are_its_members_when_the_board_is_the_name_before_the_verb()
    {
        var extraction = await RulesOnlyAsync(
            "The Thornfield Health Partnership, which includes Oakshire Community Care and Wexcombe City Council, will be chaired by a councillor.\n\n"
            + "Wexcombe Mental Health Service is led by Oakshire NHS Foundation Trust and also includes Wexcombe Carers Centre and St Mary's Hospice Wexcombe.\n",
            Partnership, Trust, Community, Council, Carers, Hospice);

        Line(extraction, RelationshipType.MemberOf, "oakshire-community", "thornfield-partnership");
        Line(extraction, RelationshipType.MemberOf, "wexcombe-council", "thornfield-partnership");
        // What the service includes is not the trust's: the trust leads it and is not what includes them.
        Assert.DoesNotContain(extraction.Lines, l => l.Type == RelationshipType.MemberOf && l.To.ExistingId == "oakshire-trust");
    }

    [Fact]
    public async Task A_seat_on_a_board_is_a_membership_and_no_seat_is_none()
    {
        var extraction = await ExtractAsync(
            "Members agreed that Councillor Ann Oakley should serve on the Wexcombe Joint Health Scrutiny Committee.\n\n"
            + "Wexcombe City Council has two places on the Wexcombe Joint Health Scrutiny Committee.\n\n"
            + "Councillor Ben Ash felt concerned that there would be no elected Members sitting on the Thornfield Health Partnership.\n",
            Council, Partnership);

        Line(extraction, RelationshipType.MemberOf, "Councillor Ann Oakley", "Wexcombe Joint Health Scrutiny Committee");
        Line(extraction, RelationshipType.MemberOf, "wexcombe-council", "Wexcombe Joint Health Scrutiny Committee");
        Assert.DoesNotContain(extraction.Lines, l => l.To.ExistingId == "thornfield-partnership");
    }

    [Fact]
    public async Task A_body_set_beside_what_it_is_part_of_a_subsidiary_and_a_board_owned_by_another_are_parts()
    {
        var extraction = await ExtractAsync(
            "Patients were seen at Wexcombe General Hospital, part of the Oakshire NHS Foundation Trust, last winter.\n\n"
            + "Oakshire Primary Care Limited is a wholly owned subsidiary of Oakshire NHS Foundation Trust.\n\n"
            + "The Wexcombe Citizen Panel is a sub-group of Oakshire Integrated Care Board's Quality Committee.\n",
            Trust);

        Line(extraction, RelationshipType.PartOf, "Wexcombe General Hospital", "oakshire-trust");
        Line(extraction, RelationshipType.PartOf, "Oakshire Primary Care Limited", "oakshire-trust");
        // The committee is the end, not the board whose committee it is.
        var part = Assert.Single(extraction.Lines, l => l.Type == RelationshipType.PartOf && l.From.Name == "Wexcombe Citizen Panel");
        Assert.EndsWith("Quality Committee", part.To.Name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_places_a_body_covers_after_their_class_and_the_people_it_serves()
    {
        KnownEntity[] places =
        [
            new("north-wex", EntityKind.Area, "North Wexcombe", []), new("south-wex", EntityKind.Area, "South Wexcombe", []),
            new("thornfield", EntityKind.Area, "Thornfield", []), new("wex-valley", EntityKind.Area, "Wexcombe Valley", []),
        ];
        var extraction = await ExtractAsync(
            "On 1 April 2031 the new NHS Wexcombe Clinical Commissioning Group will be established covering the boroughs of North Wexcombe, South Wexcombe and Thornfield.\n\n"
            + "Oakshire NHS Foundation Trust serves a local population of around 700,000 people who live and work in the Wexcombe Valley.\n\n"
            + "Oakshire Community Care provides community health services for people living in Thornfield.\n",
            [Trust, Community, .. places]);

        foreach (var place in new[] { "north-wex", "south-wex", "thornfield" })
        {
            Line(extraction, RelationshipType.Covers, "NHS Wexcombe Clinical Commissioning Group", place);
        }

        Line(extraction, RelationshipType.Covers, "oakshire-trust", "wex-valley");
        Line(extraction, RelationshipType.Covers, "oakshire-community", "thornfield");
    }

    [Fact]
    public async Task A_chair_named_after_the_post_a_body_has_and_co_chairs_named_after_the_body()
    {
        var extraction = await ExtractAsync(
            "The Thornfield Health Partnership has an independent chair, Dr Ann Oakley.\n\n"
            + "Thornfield Health Partnership co-chairs Cllr Ben Ash and Dr Cara Lane opened the meeting.\n",
            Partnership);

        Line(extraction, RelationshipType.Chairs, "Dr Ann Oakley", "thornfield-partnership");
        Line(extraction, RelationshipType.Chairs, "Cllr Ben Ash", "thornfield-partnership");
        Line(extraction, RelationshipType.Chairs, "Dr Cara Lane", "thornfield-partnership");
    }

    [Fact]
    public async Task Bodies_that_came_together_in_a_year_to_establish_another_are_its_members()
    {
        var extraction = await ExtractAsync(
            "Oakshire NHS Foundation Trust and Oakshire Community Care came together in 2030 to establish the Oakshire Provider Collaborative.\n",
            Trust, Community);

        Line(extraction, RelationshipType.MemberOf, "oakshire-trust", "Oakshire Provider Collaborative");
        Line(extraction, RelationshipType.MemberOf, "oakshire-community", "Oakshire Provider Collaborative");
    }
    [Fact]
    public async Task The_area_a_commissioner_is_for_and_the_people_a_provider_cares_for()
    {
        KnownEntity[] places = [new("wex", EntityKind.Area, "Wexcombe", []), new("oak", EntityKind.Area, "Oakshire", []), new("thorn", EntityKind.Area, "Thornfield", [])];
        var extraction = await ExtractAsync(
            "NHS Thornvale is the clinical commissioning group for Wexcombe and Oakshire.\n\n"
            + "Oakshire NHS Foundation Trust provided care for around 600,000 people around Thornfield over two sites.\n",
            [Trust, new("thornvale", EntityKind.Organisation, "NHS Thornvale", []), .. places]);

        Line(extraction, RelationshipType.Covers, "thornvale", "wex");
        Line(extraction, RelationshipType.Covers, "thornvale", "oak");
        Line(extraction, RelationshipType.Covers, "oakshire-trust", "thorn");
    }

    [Fact]
    public async Task A_country_after_the_places_says_where_they_are_and_is_not_covered()
    {
        KnownEntity[] places = [new("wex", EntityKind.Area, "Wexcombe", []), new("england", EntityKind.Area, "England", [])];
        var extraction = await ExtractAsync("Oakshire NHS Foundation Trust provides mental health services for people in Wexcombe, England.\n", [Trust, .. places]);

        Line(extraction, RelationshipType.Covers, "oakshire-trust", "wex");
        Assert.DoesNotContain(extraction.Lines, l => l.To.ExistingId == "england");
    }

    [Fact]
    public async Task A_chair_named_with_honours_before_the_post_and_the_body_named_before_chair()
    {
        var extraction = await ExtractAsync(
            "Dame Ann Oakley DBE, Leader of Wexcombe City Council and Chair of the Thornfield Health Partnership, said the plan was agreed.\n\n"
            + "Dr Ben Ash, the county's mayor and Thornfield Health Partnership Chair, welcomed the report.\n",
            Council, Partnership);

        Line(extraction, RelationshipType.Chairs, "Dame Ann Oakley", "thornfield-partnership");
        Line(extraction, RelationshipType.Chairs, "Dr Ben Ash", "thornfield-partnership");
    }
}
