using System.Text.RegularExpressions;
using SystemGraph.Graph.Model;
using SystemGraph.Ingestion.Candidates;
using static SystemGraph.Ingestion.Tests.Candidates.Extracting;

namespace SystemGraph.Ingestion.Tests.Candidates;

/// <summary>A body merged into or replaced by another, read as SUCCEEDED_BY (the graph's line for it), in an invented system's words.</summary>
public sealed class SuccessionTests
{
    private static readonly KnownEntity North = new("north-ccg", EntityKind.Organisation, "NHS Wexcombe North CCG", []);
    private static readonly KnownEntity South = new("south-ccg", EntityKind.Organisation, "NHS Wexcombe South CCG", []);
    private static readonly KnownEntity Merged = new("wexcombe-ccg", EntityKind.Organisation, "NHS Wexcombe CCG", []);
    private static readonly KnownEntity Icb = new("oakshire-icb", EntityKind.Organisation, "NHS Oakshire Integrated Care Board", []);

    [Fact]
    public async Task Bodies_merged_to_form_another_are_each_succeeded_by_it()
    {
        var extraction = await ExtractAsync("NHS Wexcombe North CCG and NHS Wexcombe South CCG were merged to form NHS Wexcombe CCG in April 2030.", North, South, Merged);

        var north = Line(extraction, RelationshipType.SucceededBy, "north-ccg", "wexcombe-ccg");
        Assert.Equal(RelationshipBasis.Stated, north.Basis);
        Line(extraction, RelationshipType.SucceededBy, "south-ccg", "wexcombe-ccg");
    }

    [Fact]
    public async Task A_body_that_replaces_or_takes_on_the_responsibilities_of_another_comes_after_it()
    {
        var replaces = await ExtractAsync("NHS Oakshire Integrated Care Board replaces NHS Wexcombe CCG, which no longer exists.", Merged, Icb);
        Line(replaces, RelationshipType.SucceededBy, "wexcombe-ccg", "oakshire-icb");

        var takesOn = await ExtractAsync("On 1 July 2032 NHS Oakshire Integrated Care Board took on the responsibilities and functions formerly held by NHS Wexcombe CCG.", Merged, Icb);
        Line(takesOn, RelationshipType.SucceededBy, "wexcombe-ccg", "oakshire-icb");
    }

    [Fact]
    public async Task A_completed_merger_and_a_new_body_replacing_others_are_successions()
    {
        var completed = await ExtractAsync("NHS Wexcombe North CCG and NHS Wexcombe South CCG have completed their merger to create NHS Wexcombe CCG.", North, South, Merged);
        Line(completed, RelationshipType.SucceededBy, "north-ccg", "wexcombe-ccg");
        Line(completed, RelationshipType.SucceededBy, "south-ccg", "wexcombe-ccg");

        var dated = await ExtractAsync("NHS Wexcombe North CCG and NHS Wexcombe South CCG merged on 1 April 2030 to become NHS Wexcombe CCG.", North, South, Merged);
        Line(dated, RelationshipType.SucceededBy, "north-ccg", "wexcombe-ccg");

        var between = await ExtractAsync("NHS Wexcombe CCG was formed on 1 April 2030 following a merger between NHS Wexcombe North CCG and NHS Wexcombe South CCG.", North, South, Merged);
        Line(between, RelationshipType.SucceededBy, "south-ccg", "wexcombe-ccg");

        var replacing = await ExtractAsync("From 1 April 2030 the newly created CCG will be NHS Wexcombe CCG – replacing NHS Wexcombe North CCG and NHS Wexcombe South CCG.", North, South, Merged);
        Line(replacing, RelationshipType.SucceededBy, "north-ccg", "wexcombe-ccg");
        Line(replacing, RelationshipType.SucceededBy, "south-ccg", "wexcombe-ccg");
    }

    [Fact]
    public async Task A_person_replacing_another_in_a_seat_is_no_succession_of_bodies()
    {
        var extraction = await ExtractAsync("Councillor Ann Oakley has replaced Councillor Ben Ash as the Wexcombe City Council representative on the board.");

        Assert.DoesNotContain(extraction.Lines, l => l.Type == RelationshipType.SucceededBy);
    }

    [Fact]
    public void A_wording_that_runs_past_its_time_limit_is_no_match_and_does_not_stop_the_reading()
    {
        // Nested quantifiers over a long run with no end: catastrophic backtracking, cut by a tiny limit.
        var slow = new Regex(@"^(?:a+)+b", RegexOptions.None, TimeSpan.FromMilliseconds(1));

        Assert.Empty(LinePatterns.Within(slow, new string('a', 64)));
        Assert.Empty(LinePatterns.Within(slow, new string('a', 64), first: true));
        Assert.Single(LinePatterns.Within(new Regex("a", RegexOptions.None, TimeSpan.FromSeconds(1)), "ba"));
    }
    [Fact]
    public async Task Mergers_in_the_present_and_future_and_as_a_new_organisation_are_successions()
    {
        var extraction = await ExtractAsync(
            "NHS Wexcombe North CCG and NHS Wexcombe South CCG will merge on 1 April 2031 to become NHS Wexcombe CCG.\n\n"
            + "NHS Oakshire East CCG and NHS Oakshire West CCG have merged to become a new organisation – NHS Oakshire Integrated Care Board.\n",
            North, South, Merged, Icb, new("east-ccg", EntityKind.Organisation, "NHS Oakshire East CCG", []), new("west-ccg", EntityKind.Organisation, "NHS Oakshire West CCG", []));

        Line(extraction, RelationshipType.SucceededBy, "north-ccg", "wexcombe-ccg");
        Line(extraction, RelationshipType.SucceededBy, "south-ccg", "wexcombe-ccg");
        Line(extraction, RelationshipType.SucceededBy, "east-ccg", "oakshire-icb");
        Line(extraction, RelationshipType.SucceededBy, "west-ccg", "oakshire-icb");
    }

    [Fact]
    public async Task Trusts_that_come_together_to_form_a_trust_are_succeeded_by_it_and_other_bodies_become_members()
    {
        KnownEntity[] known =
        [
            new("a-trust", EntityKind.Organisation, "Wexcombe Care NHS Trust", []), new("b-trust", EntityKind.Organisation, "Oakshire Mental Health NHS Foundation Trust", []),
            new("council", EntityKind.Organisation, "Wexcombe City Council", []),
        ];
        var extraction = await ExtractAsync(
            "Wexcombe Care NHS Trust and Oakshire Mental Health NHS Foundation Trust came together to form Wexcombe and Oakshire NHS Foundation Trust in October 2030.\n\n"
            + "Wexcombe City Council and Wexcombe Care NHS Trust have come together to form the Wexcombe Health Alliance.\n",
            known);

        Line(extraction, RelationshipType.SucceededBy, "a-trust", "Wexcombe and Oakshire NHS Foundation Trust");
        Line(extraction, RelationshipType.SucceededBy, "b-trust", "Wexcombe and Oakshire NHS Foundation Trust");
        Assert.DoesNotContain(extraction.Lines, l => l.Type == RelationshipType.MemberOf && l.To.Name == "Wexcombe and Oakshire NHS Foundation Trust");
        Line(extraction, RelationshipType.MemberOf, "council", "Wexcombe Health Alliance");
        Line(extraction, RelationshipType.MemberOf, "a-trust", "Wexcombe Health Alliance");
    }

    [Fact]
    public async Task A_body_being_replaced_and_one_formed_succeeding_another()
    {
        var extraction = await ExtractAsync(
            "NHS Wexcombe North CCG is being replaced by NHS Oakshire Integrated Care Board.\n\n"
            + "NHS Wexcombe CCG was formed on 1 April 2013, succeeding NHS Wexcombe South CCG.\n",
            North, South, Merged, Icb);

        Line(extraction, RelationshipType.SucceededBy, "north-ccg", "oakshire-icb");
        Line(extraction, RelationshipType.SucceededBy, "south-ccg", "wexcombe-ccg");
    }
}
