using System.Text.RegularExpressions;
using SystemGraph.Graph.Model;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>
/// A line's status in the paper's own words, mapped to the graph's: "draft" is DRAFT; "agreed", "approved",
/// "endorsed", "signed" AGREED; "proposed", "potential", "to be developed / confirmed / agreed", and the future tense
/// ("will", "shall") PROPOSED; a line stated in the present tense is IN_FORCE. The passage is read first, then its
/// section heading. The words found are kept as the status note.
/// </summary>
internal static partial class StatusWords
{
    public static (RelationshipStatus Status, string? Note) Read(string passage, string? section)
    {
        foreach (var text in new[] { passage, section ?? string.Empty })
        {
            if (Draft().Match(text) is { Success: true } draft)
            {
                return (RelationshipStatus.Draft, draft.Value);
            }

            if (Proposed().Match(text) is { Success: true } proposed)
            {
                return (RelationshipStatus.Proposed, proposed.Value);
            }

            if (Agreed().Match(text) is { Success: true } agreed)
            {
                return (RelationshipStatus.Agreed, agreed.Value);
            }
        }

        return Future().Match(passage) is { Success: true } future ? (RelationshipStatus.Proposed, future.Value) : (RelationshipStatus.InForce, null);
    }

    [GeneratedRegex(@"\bdraft\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Draft();

    [GeneratedRegex(@"\b(?:proposed|potential|to be (?:developed|confirmed|agreed|established|determined)|subject to (?:approval|agreement)|recommended)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Proposed();

    [GeneratedRegex(@"\b(?:agreed|approved|endorsed|signed|ratified)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Agreed();

    [GeneratedRegex(@"\b(?:will|shall|would)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Future();
}
