using System.Text.RegularExpressions;
using SystemGraph.Graph.Model;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>
/// "A, Chair of X NHS Foundation Trust", "the ICB is chaired by B": the chair of a statutory body (an NHS body or a
/// council) holds a post in it, which the graph keeps as HOLDS_POST with the role "Chair", as the seed does for a
/// council's chief executive. CHAIRS joins a person to a board, a partnership or a committee; a statutory body's own
/// board is the body itself in the graph, so a CHAIRS line to it would say the person chairs the organisation.
/// Statutory: a known entity with an ODS code (the national extract lists NHS bodies and councils), or a name that
/// says an NHS body or a council.
/// </summary>
internal static partial class ChairsAsPosts
{
    /// <summary>The role a chair's post is held with.</summary>
    private const string ChairRole = "Chair";

    /// <summary>The line as the graph keeps it: a chair of a statutory body as the post it is, any other line as it was read.</summary>
    public static LineCandidate Retyped(LineCandidate line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Type == RelationshipType.Chairs && line.From.Kind == EntityKind.Person && IsStatutory(line.To)
            ? line with { Type = RelationshipType.HoldsPost, Role = ChairRole }
            : line;
    }

    private static bool IsStatutory(EntityCandidate body) =>
        body.Kind == EntityKind.Organisation && (body.OdsCode is not null || NameForms.IsNhsBody(body.Name) || CouncilName().IsMatch(body.Name));

    [GeneratedRegex(@"\bCouncil$", RegexOptions.CultureInvariant)]
    private static partial Regex CouncilName();
}
