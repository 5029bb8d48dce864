using SystemGraph.Graph.Model;
using SystemGraph.Ingestion.Candidates;
using static SystemGraph.Ingestion.Tests.Candidates.Extracting;

namespace SystemGraph.Ingestion.Tests.Candidates;

/// <summary>
/// Bodies named by the list they stand in: an item with no word that says it is a body ("Vale Good Neighbours") is read
/// as one when most of its list's items are bodies of one kind; never in a list of places or people, nor from the first
/// part of a name written across its commas. Invented names throughout.
/// </summary>
public sealed class ListMateTests
{
    [Fact]
    public async Task An_item_without_a_head_word_in_a_list_of_bodies_is_a_body_of_that_list()
    {
        var extraction = await RulesOnlyAsync("The members of the Wexcombe Health Partnership are Wexcombe Borough Council, Wexcombe Hospitals NHS Foundation Trust, Vale Good Neighbours and Oakleigh Carers Together.\n");

        foreach (var member in new[] { "Wexcombe Borough Council", "Wexcombe Hospitals NHS Foundation Trust", "Vale Good Neighbours", "Oakleigh Carers Together" })
        {
            var line = Line(extraction, RelationshipType.MemberOf, member, "Wexcombe Health Partnership");
            Assert.Equal(EntityKind.Organisation, line.From.Kind);
        }

        // Read from where it stands alone: offered below the bodies whose names say what they are.
        var byList = Line(extraction, RelationshipType.MemberOf, "Vale Good Neighbours", "Wexcombe Health Partnership");
        var byName = Line(extraction, RelationshipType.MemberOf, "Wexcombe Borough Council", "Wexcombe Health Partnership");
        Assert.True(byList.From.Confidence < byName.From.Confidence);
    }

    [Fact]
    public async Task A_list_that_names_fewer_bodies_than_it_leaves_unnamed_gives_no_new_body()
    {
        var extraction = await RulesOnlyAsync("The members of the Wexcombe Health Partnership are Wexcombe Borough Council, Elm Valley Trust, Vale Good Neighbours, Oakleigh Carers Together and Brook Lane Friends.\n");

        Assert.DoesNotContain(extraction.Entities, e => e.Name is "Vale Good Neighbours" or "Oakleigh Carers Together" or "Brook Lane Friends");
    }

    [Fact]
    public async Task A_list_with_a_place_or_a_person_in_it_is_not_a_list_of_bodies()
    {
        KnownEntity[] known = [new("north-vale", EntityKind.Area, "North Vale", [])];
        var places = await RulesOnlyAsync("The Wexcombe Health Partnership works across North Vale, Wexcombe Borough Council, Elm Valley NHS Trust and Upper Brook Downs.\n", known);
        var people = await RulesOnlyAsync("The Wexcombe Health Partnership Board brings together Wexcombe Borough Council, Elm Valley NHS Trust, Dr Anna Hale and Oakleigh Carers Together.\n");

        Assert.DoesNotContain(places.Entities, e => e.Name == "Upper Brook Downs");
        Assert.DoesNotContain(people.Entities, e => e.Name == "Oakleigh Carers Together");
    }

    [Fact]
    public async Task The_first_part_of_a_name_written_across_commas_is_no_body_of_its_own()
    {
        var extraction = await RulesOnlyAsync("NHS Wexcombe CCG replaced NHS Elm Valley CCG, NHS Oakleigh Brook CCG and NHS Upper Vale, Ashby and Brackley CCG.\n");

        Assert.DoesNotContain(extraction.Entities, e => e.Name is "NHS Upper Vale" or "Upper Vale");
    }
}
