using SystemGraph.Graph.Model;
using SystemGraph.Graph.Seed.Validation;
using SystemGraph.Ingestion.Candidates;
using static SystemGraph.Ingestion.Tests.Candidates.Extracting;

namespace SystemGraph.Ingestion.Tests.Candidates;

/// <summary>
/// Bodies a paper from another system names that the graph does not hold yet, as ingestDocument meets them: a heading
/// in capitals, "the partnership" in lower case, public services and institutions named by their own head words, and a
/// councillor whose surname has a small word in it. Invented names throughout.
/// </summary>
public sealed class NewBodyNamingTests
{
    private static readonly KnownEntity CityCouncil = new("wexcombe-council", EntityKind.Organisation, "Wexcombe City Council", []);
    private static readonly KnownEntity BoroughCouncil = new("oakshire-council", EntityKind.Organisation, "Oakshire Borough Council", []);
    private static readonly KnownEntity Trust = new("oakshire-trust", EntityKind.Organisation, "Oakshire NHS Foundation Trust", []);

    [Fact]
    public async Task A_committee_s_agenda_headed_in_capitals_gives_its_members_under_a_name_in_its_usual_case()
    {
        var extraction = await ExtractAsync(
            "WEXCOMBE JOINT HEALTH OVERVIEW AND SCRUTINY COMMITTEE FRIDAY, 31 JANUARY 2031 AT 10.00 AM COUNCIL CHAMBER, OAKSHIRE CIVIC CENTRE, HIGH ROAD\n\n"
            + "MEMBERS\nCouncillor Ann Oakley (Wexcombe City Council) (Chair)\nCouncillor Lucia da Costa, Oakshire Borough Council\n",
            CityCouncil, BoroughCouncil);

        const string Committee = "Wexcombe Joint Health Overview and Scrutiny Committee";
        var chair = Line(extraction, RelationshipType.Chairs, "Councillor Ann Oakley", Committee);
        Assert.Equal(EntityKind.Board, chair.To.Kind);
        // The quote is the paper's own characters, capitals and all; the name in it is the committee's.
        Assert.StartsWith("WEXCOMBE JOINT HEALTH OVERVIEW AND SCRUTINY COMMITTEE FRIDAY", chair.Sources[0].Quote, StringComparison.Ordinal);
        Assert.True(QuoteEvidence.Names([chair.Sources[0].Quote], [Committee]));
        Line(extraction, RelationshipType.MemberOf, "Councillor Ann Oakley", Committee);
        Line(extraction, RelationshipType.MemberOf, "Councillor Lucia da Costa", Committee);
        // The venue after the date is not a second body of the head, nor a member; the councils are the members' own.
        Assert.DoesNotContain(extraction.Lines, l => l.From.Name.Contains("Civic", StringComparison.OrdinalIgnoreCase) || l.To.Name.Contains("Civic", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(extraction.Lines, l => l.Type == RelationshipType.MemberOf && l.From.ExistingId is "wexcombe-council" or "oakshire-council");
    }

    [Fact]
    public async Task The_partnership_in_lower_case_is_the_one_partnership_the_paper_names()
    {
        var extraction = await ExtractAsync(
            "The Wexcombe Health and Care Partnership (WHCP) supports residents across the borough.\n\n"
            + "The partnership is made up of organisations situated within the borough and includes:\n\n"
            + "• Wexcombe City Council\n• Oakshire NHS Foundation Trust\n\n"
            + "This partnership approach can work well for residents and the council.\n",
            CityCouncil, Trust);

        var member = Line(extraction, RelationshipType.MemberOf, "wexcombe-council", "Wexcombe Health and Care Partnership");
        Assert.Equal(RelationshipBasis.Stated, member.Basis);
        Assert.Contains("The partnership", member.ToMentions);
        Line(extraction, RelationshipType.MemberOf, "oakshire-trust", "Wexcombe Health and Care Partnership");
        // "This partnership approach": a partnership that is an adjective names no body.
        Assert.All(extraction.Lines, l => Assert.DoesNotContain(l.Sources, s => s.Quote.Contains("approach", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Public_services_and_institutions_are_named_by_their_own_head_words()
    {
        var extraction = await ExtractAsync(
            "The Wexcombe Health and Wellbeing Board comprises Wexcombe City Council, Oakshire Fire and Rescue Service, "
            + "the University of Wexcombe, Oakshire Fire Brigade and the Oakshire Association of Acute Trusts.\n",
            CityCouncil);

        const string Board = "Wexcombe Health and Wellbeing Board";
        Line(extraction, RelationshipType.MemberOf, "wexcombe-council", Board);
        Assert.Equal(EntityKind.Organisation, Line(extraction, RelationshipType.MemberOf, "Oakshire Fire and Rescue Service", Board).From.Kind);
        Line(extraction, RelationshipType.MemberOf, "University of Wexcombe", Board);
        Line(extraction, RelationshipType.MemberOf, "Oakshire Fire Brigade", Board);
        Line(extraction, RelationshipType.MemberOf, "Oakshire Association of Acute Trusts", Board);
    }

    [Fact]
    public async Task Our_partnership_is_called_a_name_read_by_its_head_word_and_it_brings_together_its_members()
    {
        var extraction = await ExtractAsync(
            "Working Together\n\nOur Local Care Partnership is called Healthier Wexcombe Alliance, which reports into the Health and Wellbeing Board. "
            + "It brings together Wexcombe partners in health and care including:\n\n  • Wexcombe City Council\n  • Oakshire NHS Foundation Trust\n  • Wexcombe Health – GP Federation\n",
            CityCouncil, Trust, new KnownEntity("elsewhere-gp-federation", EntityKind.Organisation, "Northfield GP Federation", ["GP Federation"]));

        Line(extraction, RelationshipType.MemberOf, "wexcombe-council", "Healthier Wexcombe Alliance");
        Line(extraction, RelationshipType.MemberOf, "oakshire-trust", "Healthier Wexcombe Alliance");
        // "GP Federation" says a kind of body: another place's federation, known by that alias, is not this paper's.
        Assert.DoesNotContain(extraction.Entities, e => e.ExistingId == "elsewhere-gp-federation");
    }

    [Fact]
    public async Task Another_place_s_memorandum_is_not_the_one_a_paper_means_by_the_memorandum_of_understanding()
    {
        var elsewhere = new KnownEntity(
            "northfield-mou", EntityKind.Agreement, "A Staged Approach to Joint Commissioning in Northfield: Memorandum of Understanding", ["Memorandum of Understanding"]);
        var extraction = await ExtractAsync(
            "Joint commissioning\n\nThe Memorandum of Understanding between Wexcombe City Council and Oakshire NHS Foundation Trust sets out a staged approach.\n",
            CityCouncil, Trust, elsewhere);

        Assert.DoesNotContain(extraction.Entities, e => e.ExistingId == "northfield-mou");
        Assert.DoesNotContain(extraction.Lines, l => l.To.ExistingId == "northfield-mou");
    }

    [Fact]
    public async Task The_new_partnership_is_the_partnership_the_paper_names()
    {
        var extraction = await ExtractAsync(
            "Safeguarding arrangements\n\nThe arrangements will now be governed by one joint partnership, called the Wexcombe Safeguarding Children Partnership.\n\n"
            + "The statutory members of the new partnership are:\n\n  • Wexcombe City Council\n  • Oakshire NHS Foundation Trust\n",
            CityCouncil, Trust);

        Line(extraction, RelationshipType.MemberOf, "wexcombe-council", "Wexcombe Safeguarding Children Partnership");
        Line(extraction, RelationshipType.MemberOf, "oakshire-trust", "Wexcombe Safeguarding Children Partnership");
    }

    [Fact]
    public void Cue_words_run_without_a_time_limit_that_the_clock_alone_could_pass()
    {
        // Each cue is a list of words between word boundaries (linear time); a limit only risks stopping the reading on a loaded machine.
        Assert.All(LineCues.All, cue => Assert.Equal(System.Text.RegularExpressions.Regex.InfiniteMatchTimeout, cue.Words.MatchTimeout));
    }

    [Fact]
    public async Task Capitals_with_no_body_s_head_word_are_left_as_they_are()
    {
        // "THE CHAIR CONSIDERS URGENT" read in a name's case would look like a post and a person's name.
        var extraction = await ExtractAsync(
            "Wexcombe Health and Wellbeing Board\n\nAgenda\n\n5. NOTIFICATION OF ANY ITEMS OF BUSINESS THAT THE CHAIR CONSIDERS URGENT\n",
            new KnownEntity("wexcombe-hwb", EntityKind.Board, "Wexcombe Health and Wellbeing Board", []));

        Assert.DoesNotContain(extraction.Entities, e => e.Name.Contains("Urgent", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("NOTIFICATION OF ANY ITEMS", CapitalRuns.Recase("NOTIFICATION OF ANY ITEMS"));
        Assert.Equal("Wexcombe Fire and Rescue Service NHS ICB, LSCB MEETING", CapitalRuns.Recase("WEXCOMBE FIRE AND RESCUE SERVICE NHS ICB, LSCB MEETING"));
    }

    [Theory]
    [InlineData("Age UK Wexcombe")]
    [InlineData("Voluntary Action Oakshire")]
    [InlineData("Vale Community Action")]
    public async Task A_local_body_of_a_national_charity_is_named_by_its_brand_and_place(string body)
    {
        var extraction = await ExtractAsync(body + " is a member of the Wexcombe Health and Care Partnership.\n");

        var member = Line(extraction, RelationshipType.MemberOf, body, "Wexcombe Health and Care Partnership");
        Assert.Equal(EntityKind.Organisation, member.From.Kind);
    }
}
