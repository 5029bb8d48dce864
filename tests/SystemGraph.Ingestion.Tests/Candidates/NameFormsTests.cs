using SystemGraph.Graph.Model;
using SystemGraph.Ingestion.Candidates;
using static SystemGraph.Ingestion.Tests.Candidates.Extracting;

namespace SystemGraph.Ingestion.Tests.Candidates;

/// <summary>An NHS body's registered name and the ways papers write it.</summary>
public sealed class NameFormsTests
{
    [Theory]
    [InlineData("NHS WEXSHIRE AND OAKVALE INTEGRATED CARE BOARD", "Wexshire & Oakvale Integrated Care Board")]
    [InlineData("NHS WEXSHIRE AND OAKVALE INTEGRATED CARE BOARD", "Wexshire and Oakvale ICB")]
    [InlineData("NHS Wexcombe Clinical Commissioning Group", "Wexcombe CCG")]
    [InlineData("The Wexcombe STP", "Wexcombe STP")]
    [InlineData("Ann Oakley", "Councillor Ann Oakley MBE")]
    [InlineData("Ben Ash", "Cllr Ben Ash")]
    public void A_paper_s_form_of_a_registered_name_has_the_same_canonical_form(string registered, string written) =>
        Assert.Equal(NameForms.Canonical(registered), NameForms.Canonical(written));

    [Theory]
    [InlineData("Wexcombe NHS Foundation Trust", "Wexcombe NHS Trust")]
    [InlineData("Wexcombe Integrated Care Board", "Oakvale Integrated Care Board")]
    [InlineData("Wexcombe Council", "Wexcombe County Council")]
    [InlineData("NHS Wexcombe", "Wexcombe")] // a commissioner's operating name is not its place's
    public void Words_that_tell_bodies_apart_are_kept(string one, string other) =>
        Assert.NotEqual(NameForms.Canonical(one), NameForms.Canonical(other));

    [Fact]
    public void The_forms_a_store_is_asked_for_include_the_registered_one()
    {
        var forms = NameForms.Written("Wexshire & Oakvale Integrated Care Board");

        Assert.Contains("NHS Wexshire and Oakvale Integrated Care Board", forms);
        Assert.Contains("Wexshire and Oakvale ICB", forms);
        Assert.Empty(NameForms.Written("Wexcombe Health and Wellbeing Board"));
    }

    [Fact]
    public async Task A_paper_that_drops_NHS_and_writes_an_ampersand_names_the_registered_body()
    {
        var extraction = await ExtractAsync(
            "The Wexcombe Congress is established by the Wexshire & Oakvale Integrated Care Board as a Committee of the Board.",
            new KnownEntity("qx1", EntityKind.Organisation, "NHS WEXSHIRE AND OAKVALE INTEGRATED CARE BOARD", [], "QX1"));

        Line(extraction, RelationshipType.PartOf, "Wexcombe Congress", "qx1");
        var board = Assert.Single(extraction.Entities, e => e.ExistingId == "qx1");
        Assert.Equal("Wexshire & Oakvale Integrated Care Board", board.MatchedText);
    }

    [Fact]
    public void A_proper_alias_is_found_in_its_other_forms_but_a_description_only_as_written()
    {
        var catalog = new EntityCatalog([
            new KnownEntity("stp", EntityKind.Board, "The Wexcombe sustainability and transformation partnership", ["The Wexcombe STP", "the steering group"], null, null, null)]);

        Assert.Equal("stp", catalog.Match("Wexcombe STP")?.Entity.Id);
        Assert.Equal("stp", catalog.Match("the steering group")?.Entity.Id);
        Assert.Null(catalog.Match("steering group"));
    }
}
