using System.Text;
using SystemGraph.Graph.Model;
using SystemGraph.Ingestion.Candidates;
using SystemGraph.Ingestion.Reading;
using static SystemGraph.Ingestion.Tests.Candidates.Extracting;

namespace SystemGraph.Ingestion.Tests.Candidates;

/// <summary>
/// Membership tables, read from an invented web page: a table under a heading or lead-in that names the body and says
/// membership, one member a row (the person, else the organisation, else the post), the chair's row chairing it.
/// </summary>
public sealed class MembershipTableTests
{
    private const string Page = """
        <html><body>
        <h1>Wexcombe Place Board terms of reference</h1>
        <p>The Board meets monthly in public.</p>
        <p>The membership of the Wexcombe Place Board is as follows:</p>
        <table>
          <tr><th>Name</th><th>Role</th><th>Organisation</th></tr>
          <tr><td>Councillor Ann Dix</td><td>Chair</td><td>Wexcombe Borough Council</td></tr>
          <tr><td>Vacant</td><td>Director of Public Health</td><td>Wexcombe Borough Council</td></tr>
          <tr><td></td><td>Chief Executive</td><td>Northside Community NHS Trust</td></tr>
        </table>
        <h2>Our priorities</h2>
        <table>
          <tr><th>Priority</th><th>Lead</th></tr>
          <tr><td>Frailty</td><td>Northside Community NHS Trust</td></tr>
        </table>
        </body></html>
        """;

    private static async Task<PaperExtraction> ExtractPageAsync() =>
        await PaperExtractor.ExtractAsync(PaperReader.Read(Encoding.UTF8.GetBytes(Page), "board.html"), new EntityCatalog([]), new HashSet<string>(StringComparer.Ordinal), CancellationToken.None);

    [Fact]
    public async Task Each_row_of_a_membership_table_is_a_member_quoted_from_the_lead_in_down_to_its_row()
    {
        var extraction = await ExtractPageAsync();

        var chair = Line(extraction, RelationshipType.MemberOf, "Councillor Ann Dix", "Wexcombe Place Board");
        Assert.Equal("Chair", chair.Role);
        Assert.StartsWith("The membership of the Wexcombe Place Board is as follows:", chair.Sources.Single().Quote, StringComparison.Ordinal);
        Line(extraction, RelationshipType.Chairs, "Councillor Ann Dix", "Wexcombe Place Board");
        Line(extraction, RelationshipType.MemberOf, "Wexcombe Borough Council", "Wexcombe Place Board");
        Line(extraction, RelationshipType.MemberOf, "Northside Community NHS Trust", "Wexcombe Place Board");
    }

    [Fact]
    public async Task A_table_under_a_heading_that_does_not_say_membership_gives_no_members()
    {
        var extraction = await ExtractPageAsync();

        Assert.DoesNotContain(extraction.Lines, l => l.Type == RelationshipType.MemberOf && l.Sources.Any(s => s.Quote.Contains("Frailty", StringComparison.Ordinal)));
    }
}
