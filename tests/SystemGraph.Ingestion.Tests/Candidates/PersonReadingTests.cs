using SystemGraph.Graph.Model;
using SystemGraph.Ingestion.Candidates;
using static SystemGraph.Ingestion.Tests.Candidates.Extracting;

namespace SystemGraph.Ingestion.Tests.Candidates;

/// <summary>
/// People a paper names without a title, read from where the name stands as news items and members' tables write it
/// ("chaired by A B", "A B, who chairs X", "A B, independent chair of X", "A B MBE, Leader of ...", a name printed over
/// its post), names with accents, a title over initials, and a chair of an NHS body or a council kept as the post it
/// is. Each with what it must not read. Invented names throughout; the bodies are new to the graph, as they are for a
/// paper from another system.
/// </summary>
public sealed class PersonReadingTests
{
    [Fact]
    public async Task A_chair_named_after_chaired_by_or_the_chairmanship_of_is_a_person_who_chairs_the_body()
    {
        var extraction = await RulesOnlyAsync(
            "The Oakshire Wellbeing Board, under the chairmanship of Tom Birch, met for the first time.\n\n"
            + "A Complex Needs Board has been established, chaired by Ann Ledger.\n\n"
            + "The Oakshire Cancer Alliance, chaired by Andy Cannon, covers three trusts.\n");

        Assert.Equal(EntityKind.Person, Line(extraction, RelationshipType.Chairs, "Tom Birch", "Oakshire Wellbeing Board").From.Kind);
        Line(extraction, RelationshipType.Chairs, "Ann Ledger", "Complex Needs Board");
        Line(extraction, RelationshipType.Chairs, "Andy Cannon", "Oakshire Cancer Alliance");
    }

    [Fact]
    public async Task A_post_after_a_name_in_lower_case_after_a_dash_or_after_honours_makes_the_name_a_person()
    {
        var extraction = await RulesOnlyAsync(
            "Ann Ledger, independent chair of the Oakshire Health and Care Partnership, said the change was overdue.\n\n"
            + "Pat Hewson, chair of the Wexcombe Partnership Board, said more was needed.\n\n"
            + "Tom Birch, who chairs the Oakshire Provider Forum, said the plan was welcome.\n\n"
            + "Hazel Simms MBE, Leader of Wexcombe City Council and Chair of the Wexcombe Health and Wellbeing Board, said it was welcome.\n\n"
            + "Sir Dan Nichols KCB CBE, Oakshire Provider Collaborative Chair, opened the summit.\n");

        Line(extraction, RelationshipType.Chairs, "Ann Ledger", "Oakshire Health and Care Partnership");
        Line(extraction, RelationshipType.Chairs, "Pat Hewson", "Wexcombe Partnership Board");
        Line(extraction, RelationshipType.Chairs, "Tom Birch", "Oakshire Provider Forum");
        Line(extraction, RelationshipType.Chairs, "Hazel Simms", "Wexcombe Health and Wellbeing Board");
        Line(extraction, RelationshipType.Chairs, "Sir Dan Nichols", "Oakshire Provider Collaborative");
    }

    [Fact]
    public async Task A_name_before_lower_case_words_that_are_no_post_of_a_body_is_not_a_person()
    {
        var extraction = await RulesOnlyAsync(
            "Tom Birch, chairing the meeting, thanked members of the Oakshire Provider Forum.\n\n"
            + "Tom Birch, chair, thanked the Wexcombe Partnership Board.\n");

        Assert.DoesNotContain(extraction.Entities, e => e.Kind == EntityKind.Person && e.Name == "Tom Birch");
        Assert.DoesNotContain(extraction.Lines, l => l.Type == RelationshipType.Chairs);
    }

    [Fact]
    public async Task Names_with_accents_are_read_whole_and_their_ids_drop_the_accents()
    {
        var extraction = await RulesOnlyAsync("The Oakshire Place Partnership co-chairs Cllr Eve Akers and Dr Nina Küster welcomed the report.\n");

        var kuster = Line(extraction, RelationshipType.Chairs, "Dr Nina Küster", "Oakshire Place Partnership").From;
        Assert.Equal("dr-nina-kuster", kuster.Id);
        Line(extraction, RelationshipType.Chairs, "Cllr Eve Akers", "Oakshire Place Partnership");
    }

    [Fact]
    public async Task A_title_before_initials_and_a_surname_names_a_person_and_titles_may_stack()
    {
        var extraction = await RulesOnlyAsync(
            "Councillor T J N Oakes was elected as Chair of the Oakshire Health Scrutiny Committee.\n\n"
            + "Coun Mel Speding and Cllr A Cooper will serve on the Oakshire Health Scrutiny Committee.\n\n"
            + "Cllr Dr Gareth Barnes is a member of the Oakshire Health Scrutiny Committee.\n");

        Line(extraction, RelationshipType.Chairs, "Councillor T J N Oakes", "Oakshire Health Scrutiny Committee");
        Line(extraction, RelationshipType.MemberOf, "Coun Mel Speding", "Oakshire Health Scrutiny Committee");
        Line(extraction, RelationshipType.MemberOf, "Cllr A Cooper", "Oakshire Health Scrutiny Committee");
        Line(extraction, RelationshipType.MemberOf, "Cllr Dr Gareth Barnes", "Oakshire Health Scrutiny Committee");
        Assert.DoesNotContain(extraction.Entities, e => e.Name == "Dr Gareth Barnes");
    }

    [Fact]
    public async Task A_name_printed_over_its_post_in_a_members_table_is_a_member()
    {
        var extraction = await RulesOnlyAsync(
            "Oakshire Outbreak Engagement Board Terms of Reference\n"
            + "Membership\n"
            + "3. The core membership consists of:\n"
            + "Charlotte Pavey |\n"
            + "Consultant in Public Health, Oakshire Council |\n"
            + "Andrew Hunt |\n"
            + "Director of Place and Regeneration |\n"
            + "Kellie Walsh |\n"
            + "Head of Operations, People Directorate |\n");

        foreach (var person in new[] { "Charlotte Pavey", "Andrew Hunt", "Kellie Walsh" })
        {
            Assert.Equal(EntityKind.Person, Line(extraction, RelationshipType.MemberOf, person, "Oakshire Outbreak Engagement Board").From.Kind);
        }
    }

    [Fact]
    public async Task A_name_over_a_line_that_is_no_post_is_not_read_as_a_person()
    {
        var extraction = await RulesOnlyAsync(
            "Oakshire Outbreak Engagement Board Terms of Reference\n"
            + "Membership\n"
            + "3. The core membership consists of:\n"
            + "Oakshire Meadows |\n"
            + "Wexcombe Vale |\n");

        Assert.DoesNotContain(extraction.Entities, e => e.Kind == EntityKind.Person);
    }

    [Fact]
    public async Task The_chair_of_an_nhs_body_or_a_council_holds_a_post_in_it_and_a_partnership_chair_chairs()
    {
        var trust = new KnownEntity("oak-trust", EntityKind.Organisation, "Oakshire Hospitals NHS Foundation Trust", []);
        var ccg = new KnownEntity("wex-ccg", EntityKind.Organisation, "NHS Wexcombe", [], OdsCode: "99X");
        var extraction = await RulesOnlyAsync(
            "Ann Ledger, chair of Oakshire Hospitals NHS Foundation Trust, said the merger was welcome.\n\n"
            + "Tom Birch, Chair of NHS Wexcombe, opened the meeting.\n\n"
            + "Pat Hewson, chair of the Wexcombe Partnership Board, said more was needed.\n",
            trust, ccg);

        var post = Line(extraction, RelationshipType.HoldsPost, "Ann Ledger", "oak-trust");
        Assert.Equal("Chair", post.Role);
        Assert.Equal(RelationshipBasis.Stated, post.Basis);
        Line(extraction, RelationshipType.HoldsPost, "Tom Birch", "wex-ccg");
        Assert.DoesNotContain(extraction.Lines, l => l.Type == RelationshipType.Chairs && l.To.Kind == EntityKind.Organisation);
        Line(extraction, RelationshipType.Chairs, "Pat Hewson", "Wexcombe Partnership Board");
    }

    [Fact]
    public void Slugs_drop_accents_and_keep_ascii_names_as_they_were()
    {
        Assert.Equal("dr-nina-kuster", Slugs.Of("Dr Nina Küster"));
        Assert.Equal("sinead-o-brien", Slugs.Of("Sinéad O’Brien"));
        Assert.Equal("nhs-bury-ccg", Slugs.Of("NHS Bury CCG"));
        Assert.Equal("entity", Slugs.Of("–"));
    }

    [Fact]
    public async Task A_chair_named_with_another_post_first_is_the_person_not_the_body_of_that_post()
    {
        var council = new KnownEntity("wexcombe-cc", EntityKind.Organisation, "Wexcombe County Council", []);
        var extraction = await ExtractAsync(
            "Cllr Ann Oakes, Leader of Wexcombe County Council, Chair of the Wexcombe and Vale Integrated Care Partnership, said the strategy was agreed.\n", council);

        Line(extraction, RelationshipType.Chairs, "Cllr Ann Oakes", "Wexcombe and Vale Integrated Care Partnership");
        Assert.DoesNotContain(extraction.Lines, l => l.Type == RelationshipType.Chairs && l.From.ExistingId == "wexcombe-cc");
    }
}
