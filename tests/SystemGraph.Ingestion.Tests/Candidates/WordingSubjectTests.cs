using SystemGraph.Graph.Model;
using SystemGraph.Ingestion.Candidates;
using static SystemGraph.Ingestion.Tests.Candidates.Extracting;

namespace SystemGraph.Ingestion.Tests.Candidates;

/// <summary>
/// Which name a wording's subject is when other names stand near it: not one inside an aside between dashes, not a
/// place after a class of bodies ("organisations in X"), the name right before "as the lead provider", and a known
/// name joined by "and the" to a kind of body is two names. Invented names throughout.
/// </summary>
public sealed class WordingSubjectTests
{
    private static readonly KnownEntity Wca = new("wca", EntityKind.Organisation, "Wexcombe Combined Authority", []);
    private static readonly KnownEntity First = new("first", EntityKind.Organisation, "Oakshire Voluntary Action", []);
    private static readonly KnownEntity Second = new("second", EntityKind.Organisation, "Wexcombe Council for Voluntary Service", []);

    [Fact]
    public async Task A_body_inside_an_aside_between_dashes_is_not_the_subject_of_the_verb_after_it()
    {
        var group = new KnownEntity("group", EntityKind.Board, "Wexcombe Voluntary Sector Group", ["the group"]);
        var extraction = await RulesOnlyAsync(
            "The Wexcombe Voluntary Sector Group – which works across the Wexcombe Combined Authority area – comprises Oakshire Voluntary Action "
            + "and Wexcombe Council for Voluntary Service.\n",
            Wca, First, Second, group);

        Line(extraction, RelationshipType.MemberOf, "first", "group");
        Line(extraction, RelationshipType.MemberOf, "second", "group");
        Assert.DoesNotContain(extraction.Lines, l => l.To.ExistingId == "wca");

        // When what stands before the aside is no name the reading finds, the wording has no subject: no line.
        var unnamed = await RulesOnlyAsync(
            "Our network – which works across the Wexcombe Combined Authority area – comprises Oakshire Voluntary Action and Wexcombe Council for Voluntary Service.\n",
            Wca, First, Second);
        Assert.DoesNotContain(unnamed.Lines, l => l.To.ExistingId == "wca");
    }

    [Fact]
    public async Task A_place_after_a_class_of_bodies_is_not_the_subject_and_a_body_there_is()
    {
        var area = new KnownEntity("oak-area", EntityKind.Area, "Oakshire", []);
        var alliance = new KnownEntity("alliance", EntityKind.Board, "Oakshire Cancer Alliance", []);
        var elm = new KnownEntity("elm", EntityKind.Organisation, "Elm Lane Surgery", []);
        var ash = new KnownEntity("ash", EntityKind.Organisation, "Ash Grove Medical Centre", []);
        var network = new KnownEntity("network", EntityKind.Organisation, "Oakshire Central PCN", ["our network"]);
        var extraction = await RulesOnlyAsync(
            "All partner organisations in Oakshire are part of the Oakshire Cancer Alliance and meet at its board.\n\n"
            + "Our Primary Care Network is called Oakshire Central PCN and the practices within our network are Elm Lane Surgery and Ash Grove Medical Centre.\n",
            area, alliance, elm, ash, network);

        Assert.DoesNotContain(extraction.Lines, l => l.From.ExistingId == "oak-area");
        // A body after the class is the subject: the practices within the network are its members.
        Line(extraction, RelationshipType.MemberOf, "elm", "network");
        Line(extraction, RelationshipType.MemberOf, "ash", "network");
    }

    [Fact]
    public async Task As_the_lead_provider_names_the_body_right_before_it()
    {
        var england = new KnownEntity("england", EntityKind.Organisation, "NHS Wexcombe Region", []);
        var trust = new KnownEntity("trust", EntityKind.Organisation, "Oakshire Care NHS Foundation Trust", []);
        var collaborative = new KnownEntity("collab", EntityKind.Board, "Oakshire Secure Care Collaborative", []);
        var extraction = await RulesOnlyAsync(
            "NHS Wexcombe Region has devolved its budget to Oakshire Care NHS Foundation Trust as the lead provider in the Oakshire Secure Care Collaborative.\n"
            + "NHS Wexcombe Region has devolved its budget to Oakmoor Care as the lead provider in the Oakshire Secure Care Collaborative.\n",
            england, trust, collaborative);

        Line(extraction, RelationshipType.Leads, "trust", "collab");
        Assert.DoesNotContain(extraction.Lines, l => l.Type == RelationshipType.Leads && l.From.ExistingId == "england");
    }

    [Fact]
    public async Task A_known_name_and_the_title_of_a_kind_of_body_are_two_names()
    {
        var england = new KnownEntity("england", EntityKind.Organisation, "NHS Wexcombe Region", []);
        var trust = new KnownEntity("trust", EntityKind.Organisation, "Oakshire Cancer Centre NHS Foundation Trust", []);
        var extraction = await RulesOnlyAsync(
            "The Oakshire Cancer Alliance was funded by the national programme within NHS Wexcombe Region and the Alliance was hosted by Oakshire Cancer Centre NHS Foundation Trust.\n",
            england, trust);

        Assert.DoesNotContain(extraction.Entities, e => e.Name.Contains("Region and", StringComparison.Ordinal));
        Line(extraction, RelationshipType.Hosts, "trust", "Oakshire Cancer Alliance");
    }
}
