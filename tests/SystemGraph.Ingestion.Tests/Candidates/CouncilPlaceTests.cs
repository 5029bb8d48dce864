using SystemGraph.Graph.Model;
using SystemGraph.Ingestion.Candidates;
using static SystemGraph.Ingestion.Tests.Candidates.Extracting;

namespace SystemGraph.Ingestion.Tests.Candidates;

/// <summary>
/// Places a paper names bare that the graph knows only by their councils (the national extract holds councils, not
/// their areas): each is offered as a new area for the reviewer; a body's own name that starts with places stays one
/// name, and a place's name used as a word of a phrase ("Wexcombe partners") is no place. Invented names throughout.
/// </summary>
public sealed class CouncilPlaceTests
{
    private static readonly KnownEntity[] Councils =
    [
        new("wexcombe-mbc", EntityKind.Organisation, "Wexcombe Metropolitan Borough Council", []),
        new("lb-thornfield", EntityKind.Organisation, "London Borough of Thornfield", []),
        new("oakshire-cc", EntityKind.Organisation, "Oakshire County Council", []),
        new("ashby-vale", EntityKind.Organisation, "Royal Borough of Ashby and Vale", []),
    ];

    [Fact]
    public async Task A_bare_place_whose_council_the_graph_holds_is_a_new_area()
    {
        var extraction = await ExtractAsync("The Oakshire Integrated Care System covers Wexcombe, Thornfield, Ashby and Vale and Oakshire.\n", Councils);

        foreach (var place in new[] { "Wexcombe", "Thornfield", "Ashby and Vale", "Oakshire" })
        {
            var covers = Line(extraction, RelationshipType.Covers, "Oakshire Integrated Care System", place);
            Assert.Equal(EntityKind.Area, covers.To.Kind);
            Assert.False(covers.To.IsExisting);
        }

        // The council is not the place: no line names it.
        Assert.DoesNotContain(extraction.Lines, l => l.To.IsExisting || l.From.IsExisting);
    }

    [Fact]
    public async Task A_council_named_as_the_national_extract_writes_a_london_or_city_council_names_its_place()
    {
        // "London Borough of X Council", "City of X Metropolitan District Council": forms the national extract uses.
        KnownEntity[] councils =
        [
            new("lb-elmford", EntityKind.Organisation, "London Borough of Elmford Council", []),
            new("royal-ashdown", EntityKind.Organisation, "Royal Borough of Ashdown Council", []),
            new("city-of-brackley", EntityKind.Organisation, "City of Brackley Metropolitan District Council", []),
        ];
        var extraction = await ExtractAsync("The Oakshire Integrated Care System covers the boroughs of Elmford, Ashdown and Brackley.\n", councils);

        foreach (var place in new[] { "Elmford", "Ashdown", "Brackley" })
        {
            Assert.Equal(EntityKind.Area, Line(extraction, RelationshipType.Covers, "Oakshire Integrated Care System", place).To.Kind);
        }
    }

    [Fact]
    public async Task A_place_with_no_council_in_the_graph_is_not_read_as_one()
    {
        var extraction = await ExtractAsync("The Oakshire Integrated Care System covers Wexcombe.\n\nThe Elmbridge Vale Alliance covers Elmbridge Vale.\n", Councils);

        Line(extraction, RelationshipType.Covers, "Oakshire Integrated Care System", "Wexcombe");
        Assert.DoesNotContain(extraction.Entities, e => e.Kind == EntityKind.Area && e.Name.Contains("Elmbridge", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_body_named_by_its_places_stays_one_name_and_a_place_qualifying_a_word_is_no_place()
    {
        var extraction = await ExtractAsync(
            "Wexcombe Metropolitan Borough Council is a member of the Oakshire and Wexcombe Health and Care Partnership.\n\n"
            + "The Thornfield Alliance brings together Wexcombe partners and Oakshire County Council.\n",
            Councils);

        Line(extraction, RelationshipType.MemberOf, "wexcombe-mbc", "Oakshire and Wexcombe Health and Care Partnership");
        Assert.DoesNotContain(extraction.Entities, e => e.Kind == EntityKind.Area);
        Line(extraction, RelationshipType.MemberOf, "oakshire-cc", "Thornfield Alliance");
    }

    [Fact]
    public async Task A_part_of_a_place_is_not_the_place()
    {
        var extraction = await ExtractAsync("Oakshire Hospitals NHS Trust provides acute care to the population of north Wexcombe and rural Thornfield.\n", Councils);

        Assert.DoesNotContain(extraction.Entities, e => e.Kind == EntityKind.Area);
        Assert.DoesNotContain(extraction.Lines, l => l.Type == RelationshipType.Covers);
    }
}
