using System.Text.RegularExpressions;
using SystemGraph.Graph.Model;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>
/// How a sentence says a line, one row per wording. Patterns run over the passage with each mention replaced by a
/// marker <c>⟦n⟧</c>: <c>{L}</c> is the end before the wording, <c>{R}</c> the end (or ends: "A, B and C") after it,
/// and <see cref="LinePattern.LeftIsFrom"/> says which is the line's <c>from</c>. The wording must sit between the two
/// ends, so a matched sentence names both ends and the kind of line (a STATED line). General wordings only.
/// DELEGATES_TO is not a line type of the graph: delegation to a body is read as the delegate ACCOUNTABLE_TO the
/// delegator (INFERRED, with that reason), the closest type there is. TRANSFERS_TO ("the X function will transfer to Y")
/// joins a function to a body only (RelationshipRules), so a body said to "move to" a place offers nothing.
/// </summary>
internal static class LinePatterns
{
    private const string Filler = @"[^⟦⟧;:]{0,60}?";
    private const string The = @"(?:the\s+|a\s+|an\s+)?";
    private const string Left = @"⟦(?<l>\d+)⟧" + Filler;
    private const string Right = The + @"(?<r>⟦\d+⟧(?:\s*(?:,\s*and|,|and|&)\s*" + The + @"⟦\d+⟧)*)";
    /// <summary>
    /// Not after a determiner ("the report to X" is a document, not a reporting line), nor a passive ("as reported to
    /// X", "was reported to X": something was reported, not by the body before it).
    /// </summary>
    private const string NotNoun = @"(?<!\b(?:the|a|an|this|that|its|their|our|his|her|final|annual|as|was|were|been|be|being)\s)";

    /// <summary>"is", "will be", "as" ...: the verb before a line's wording.</summary>
    private const string Be = @"(?:is|are|will\s+be|shall\s+be|would\s+be|to\s+be|be|becomes?|will\s+become|remains?|as|was|has\s+been)\s+";

    /// <summary>As <see cref="Be"/> without "as": "... as part of the plan" is mostly adverbial, not a body's place.</summary>
    private const string BeNotAs = @"(?:is|are|will\s+be|shall\s+be|would\s+be|to\s+be|becomes?|will\s+become|remains?|was|has\s+been|forms?)\s+";

    public static IReadOnlyList<LinePattern> All { get; } =
    [
        new(RelationshipType.AccountableTo, @"\b(?:accountable|answerable)\s+(?:\w+\s+)?to\s+", LeftIsFrom: true),
        new(RelationshipType.AccountableTo, Be + @"(?:directly\s+)?responsible\s+to\s+", LeftIsFrom: true),
        new(RelationshipType.ReportsTo, NotNoun + @"\b(?:reports?|reporting|reported)\s+(?:\w+\s+){0,3}?(?:in)?to\s+", LeftIsFrom: true),
        new(RelationshipType.ReportsTo, @"\b(?:provides?|providing|will\s+provide|to\s+provide|gives?|will\s+give|submits?|will\s+submit)\s+(?:(?:an?|regular|routine|monthly|quarterly|annual|six-monthly|progress|assurance|highlight|written)\s+){0,3}(?:updates?|reports?|assurance)\s+to\s+", LeftIsFrom: true),
        new(RelationshipType.HeldToAccountBy, @"\bheld\s+to\s+account\s+by\s+", LeftIsFrom: true),
        new(RelationshipType.MemberOf, Be + @"(?:a\s+|an\s+)?(?:\w+\s+)?members?\s+of\s+", LeftIsFrom: true),
        new(RelationshipType.MemberOf, @"\b(?:membership\s+(?:will\s+|shall\s+)?(?:includes?|comprises?|consists?\s+of|is)|(?:comprises?|comprising|consists?\s+of|consisting\s+of|is\s+made\s+up\s+of|made\s+up\s+of)(?:\s+representatives?\s+(?:of|from))?)\s+", LeftIsFrom: false),
        new(RelationshipType.Chairs, @"\b(?:chairs|will\s+chair|to\s+chair|" + Be + @"(?:the\s+)?chair(?:man|person)?\s+of)\s+", LeftIsFrom: true),
        new(RelationshipType.Chairs, @"\bchaired\s+by\s+", LeftIsFrom: false),
        new(RelationshipType.Chairs, @"^,\s+(?:the\s+)?(?:Chair|Chairman|Chairperson|Chair\s+person)\s+(?:of|for)\s+", LeftIsFrom: true),
        new(RelationshipType.PartOf, BeNotAs + @"(?:a\s+|an\s+|one\s+of\s+the\s+)?(?:formal\s+|joint\s+)?(?:sub-?committees?|committees?|sub-?groups?|sub-?boards?|part|parts|component)\s+of\s+", LeftIsFrom: true),
        new(RelationshipType.Hosts, @"\bhosted\s+by\s+", LeftIsFrom: false),
        new(RelationshipType.Hosts, @"\b(?:hosts|will\s+host|" + Be + @"(?:the\s+)?host\s+(?:for|of|to))\s+", LeftIsFrom: true),
        new(RelationshipType.PartyTo, Be + @"(?:a\s+|the\s+)?(?:part(?:y|ies)|partners?|signator(?:y|ies))\s+to\s+", LeftIsFrom: true),
        new(RelationshipType.PartyTo, @"\b(?:is\s+|was\s+)?(?:made\s+|entered\s+into\s+|agreed\s+)?between\s+", LeftIsFrom: false),
        new(RelationshipType.Covers, @"\b(?:covers|will\s+cover|covering|serves|serving)\s+(?:the\s+(?:population|residents|people)\s+of\s+)?", LeftIsFrom: true),
        new(RelationshipType.Covers, @"\b(?:on\s+behalf\s+of|for)\s+the\s+(?:whole\s+)?(?:population|residents|people|communities)\s+of\s+", LeftIsFrom: true),
        new(RelationshipType.TransfersTo, @"\b(?:will\s+|shall\s+|is\s+to\s+|are\s+to\s+)?(?:be\s+)?(?:transfers?|transferred|transferring|moves?|moved|will\s+move)\s+(?:\w+\s+){0,3}?to\s+", LeftIsFrom: true),
        new(RelationshipType.SroFor, Be + @"(?:the\s+)?(?:SRO|Senior\s+Responsible\s+(?:Owner|Officer))\s+(?:for|of)\s+", LeftIsFrom: true),
        new(RelationshipType.SroFor, @"^\s*(?:\*\*)?\s*(?:SRO|Senior\s+Responsible\s+(?:Owner|Officer))\s*(?:\*\*)?\s*[:\-–]?\s*(?:\*\*)?\s*", LeftIsFrom: false),
        new(RelationshipType.Leads, @"^\s*(?:\*\*)?\s*(?:SRO|Senior\s+Responsible\s+(?:Owner|Officer))\s*(?:\*\*)?\s*[:\-–]?\s*(?:\*\*)?\s*⟦\d+⟧\s*(?:\*\*)?\s*Lead\s+Officer(?:\(s\)|s)?\s*(?:\*\*)?\s*[:\-–]?\s*(?:\*\*)?\s*", LeftIsFrom: false),
        new(RelationshipType.Leads, @"\b(?:leads|will\s+lead|to\s+lead|leading|" + Be + @"(?:the\s+)?lead\s+(?:for|on))\s+(?:on\s+)?", LeftIsFrom: true),
        new(RelationshipType.Leads, @"\bled\s+by\s+", LeftIsFrom: false),
        new(RelationshipType.Governs, @"\b(?:governs|will\s+govern)\s+", LeftIsFrom: true),
        new(RelationshipType.Governs, @"\bgoverned\s+by\s+", LeftIsFrom: false),
        new(RelationshipType.Oversees, @"\b(?:oversees|will\s+oversee|overseeing)\s+", LeftIsFrom: true),
        new(RelationshipType.Oversees, @"\boverseen\s+by\s+", LeftIsFrom: false),
        new(RelationshipType.AccountableTo, @"\bdelegated?\s+(?:\w+\s+){0,4}?to\s+", LeftIsFrom: false,
            Inferred: "The paper says one body delegates to the other; delegation is not a line type of the graph, so we read it as the delegate accountable to the body that delegates."),
    ];

    /// <summary>Markers of mentions in a pattern's <c>r</c> group, in order.</summary>
    public static IEnumerable<int> Markers(string group) =>
        Regex.Matches(group, @"⟦(\d+)⟧").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));

    public sealed record LinePattern(RelationshipType Type, string Wording, bool LeftIsFrom, string? Inferred = null)
    {
        /// <summary>A wording starting "^" follows the left end directly (no words between: "Name, Chair of ...", "Programme SRO: Name").</summary>
        public Regex Regex { get; } = new(
            (Wording.StartsWith('^') ? @"⟦(?<l>\d+)⟧" + Wording[1..] : Left + Wording) + Right,
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
