using System.Text.RegularExpressions;
using SystemGraph.Graph.Model;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>
/// The words that name a kind of line, wherever they stand: what a passage a reviewer selects must contain for a line of
/// that kind to be suggested from it (<see cref="QuoteSuggester"/>). Looser than <see cref="LinePatterns"/>, which also
/// needs the words between the two ends: here a person checks each suggestion. <see cref="LineCue.EndsFirst"/> marks
/// wordings that name the line's <c>to</c> end before its <c>from</c> end ("chaired by", "is made up of", "hosted by").
/// </summary>
/// <remarks>
/// The cues have no time limit, unlike the line wordings (<see cref="LinePatterns.Within"/>): each is a list of words
/// between word boundaries, which runs in time linear in the text whatever it holds. A limit protects nothing there, and
/// on a loaded machine (a CI run beside twenty readings) it was passed by the clock alone and stopped the whole reading.
/// </remarks>
internal static partial class LineCues
{
    public static IReadOnlyList<LineCue> All { get; } =
    [
        new(RelationshipType.MemberOf, Membership(), EndsFirst: false),
        new(RelationshipType.MemberOf, MadeUpOf(), EndsFirst: true),
        new(RelationshipType.Chairs, Chair(), EndsFirst: false),
        new(RelationshipType.Chairs, ChairedBy(), EndsFirst: true),
        new(RelationshipType.PartOf, PartOf(), EndsFirst: false),
        new(RelationshipType.AccountableTo, Accountable(), EndsFirst: false),
        new(RelationshipType.ReportsTo, Reports(), EndsFirst: false),
        new(RelationshipType.HeldToAccountBy, HeldToAccount(), EndsFirst: false),
        new(RelationshipType.Hosts, Hosts(), EndsFirst: false),
        new(RelationshipType.Hosts, HostedBy(), EndsFirst: true),
        new(RelationshipType.PartyTo, Parties(), EndsFirst: false),
        new(RelationshipType.Covers, Covers(), EndsFirst: false),
        new(RelationshipType.SroFor, Sro(), EndsFirst: false),
        new(RelationshipType.Leads, Leads(), EndsFirst: false),
        new(RelationshipType.Leads, LedBy(), EndsFirst: true),
        new(RelationshipType.TransfersTo, Transfers(), EndsFirst: false),
    ];

    [GeneratedRegex(@"\b(?:members?|membership|memberships|partners?|partnership\s+of|represent(?:s|ed|ing|atives?)|seats?\s+on|sits?\s+on|attend(?:s|ed|ing|ees?)|brings?\s+together|(?:is|are)\s+(?:a\s+)?part\s+of|practices?\s+(?:in|within|of)|join(?:s|ed)?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Membership();

    [GeneratedRegex(@"\b(?:made\s+up\s+of|comprises?|comprising|consists?\s+of|consisting\s+of|compris(?:ed|es)\s+of|includes?|including|formed\s+(?:by|of|between)|(?:partnership|alliance|collaboration|collaborative|agreement)\b[^.;:]{0,40}?\bbetween|are\s*:|members\s+(?:are|include)|partners\s+(?:are|include))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MadeUpOf();

    [GeneratedRegex(@"\b(?:chairs?|chaired|chairing|chairman|chairwoman|chairperson|co-?chairs?)\b(?!\s+by)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Chair();

    [GeneratedRegex(@"\b(?:co-?)?chaired\s+by\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChairedBy();

    [GeneratedRegex(@"\b(?:sub-?committees?|sub-?groups?|sub-?boards?|committees?\s+of|part\s+of|forms?\s+part|within|workstreams?\s+of|one\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:places|partnerships|localities|committees))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartOf();

    [GeneratedRegex(@"\baccountab(?:le|ility)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Accountable();

    [GeneratedRegex(@"\breport(?:s|ing)?\s+(?:\w+\s+)?(?:to|into|through)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reports();

    [GeneratedRegex(@"\b(?:held|holds?|holding)\s+(?:\w+\s+){0,3}?to\s+account\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeldToAccount();

    [GeneratedRegex(@"\b(?:hosts?|hosting|accountable\s+body|secretariat|host\s+organisation)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Hosts();

    [GeneratedRegex(@"\bhosted\s+by\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HostedBy();

    [GeneratedRegex(@"\b(?:part(?:y|ies)\s+to|signator(?:y|ies)|signed|parties)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Parties();

    [GeneratedRegex(@"\b(?:covers?|covering|footprint|serves?|serving|spans?|spanning|population\s+of|across)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Covers();

    [GeneratedRegex(@"\b(?:SRO|senior\s+responsible\s+(?:owner|officer))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Sro();

    [GeneratedRegex(@"\b(?:leads?|leading|leader|clinical\s+director|lead\s+provider|manages?|managing|runs?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Leads();

    [GeneratedRegex(@"\b(?:led|managed|run)\s+by\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LedBy();

    [GeneratedRegex(@"\b(?:transfer(?:s|red|ring)?|tak(?:e|es|ing)\s+on|took\s+on|taken\s+on|tak(?:e|es|ing)\s+over|took\s+over|pass(?:es|ed)?\s+to|move(?:s|d)?\s+to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Transfers();
}

/// <summary>One wording of a kind of line; <see cref="EndsFirst"/> when it names the <c>to</c> end first ("chaired by").</summary>
internal sealed record LineCue(RelationshipType Type, Regex Words, bool EndsFirst);
