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
    private const string The = @"(?:the\s+|a\s+|an\s+)?" + PostFirst;

    /// <summary>A post before a named person, passed over: "led by our Chair, A, and our Chief Executive, B".</summary>
    private const string PostFirst = @"(?:(?:our|its|their|the)\s+(?:(?:Interim|Acting|Deputy|Independent|Joint|Vice)\s+)?(?:Chair|Chairman|Chairperson|Chief\s+Executive|Chief\s+Officer|Accountable\s+Officer|Clinical\s+Director|Director|Leader|SRO)\s*,?\s+(?=⟦))?";
    private const string Left = @"⟦(?<l>\d+)⟧" + Filler;
    private const string Right = ClassFirst + The + @"(?<r>" + Owner + @"⟦\d+⟧(?:\s*(?:,\s*and|,|and|&)\s*" + The + @"⟦\d+⟧)*)";

    /// <summary>
    /// A class before the named ends, set off by a dash or colon: "covers the four boroughs in X – A, B and C",
    /// "comprises of 4 GP practices – A, B". The class (and a place it is "in") is passed over; the ends are the names.
    /// </summary>
    private const string ClassFirst = @"(?:(?:of\s+)?(?:the\s+)?(?:following\s+)?(?:[\w'’-]+\s+){0,4}?(?:practices|surgeries|organisations|organizations|members|partners|boroughs|districts|councils|authorities|places|areas|localities|trusts|bodies|providers|networks|CCGs|PCNs)(?:\s+(?:in|of|across|within)\s+(?:the\s+)?(?:⟦\d+⟧|[A-Z][\w ]{0,30}?)|\s+with\s+[^⟦⟧;:.,]{1,40}?)?(?:\s*[–—:-]\s*|\s*,?\s+(?:including|namely)\s+))?";

    /// <summary>
    /// The owner before a board of its own ("a sub-group of X's Quality Committee", "reports to the ICB's Board"): in the
    /// end's group, so the board is the end (an end with a possessive after it is never one).
    /// </summary>
    private const string Owner = @"(?:⟦\d+⟧['’]s\s+)?";

    /// <summary>
    /// A list of ends after a wording that introduces one ("with partners from CCG, Public Health, Leisure services and
    /// social care"): named ends among items the paper does not name as bodies (short runs of words), which are skipped.
    /// </summary>
    private const string RightList = ClassFirst + The + @"(?<r>(?:" + Unnamed + Separator + @")*?" + Delegates + Described + @"⟦\d+⟧" + Aside + @"(?:(?:" + Separator + Unnamed + @")*?" + Separator + Delegates + Described + @"⟦\d+⟧" + Aside + @")*)";

    /// <summary>
    /// What a list says a named item is, in the paper's own lower-case words, before its name: "acute provider A",
    /// "mental health provider B", "charities C", "our mental health colleagues at D". Up to four lower-case words that
    /// are not a verb, a participle or a linking word ("supported by A", "working with B", "including C" are not what
    /// the item is), and "at" after them. Case-sensitive inside a case-blind pattern, so a name's capitals stay a name.
    /// </summary>
    private const string Described = @"(?-i:(?:(?!(?:is|are|was|were|be|been|being|has|have|had|will|would|can|may|who|which|that|with|by|for|to|on|in|into|under|plus|as|including|through|via|also|all|other|and|or|but|not|from|of|across|within|throughout|around|between|among|over|near|about)\b)[a-z][a-z-]*(?<!ed|ing)\s+){1,4}(?:at\s+(?:the\s+)?)?)?";

    /// <summary>
    /// An item of a list the paper does not name as a body ("CCG", "Public Health"): up to 50 characters with no separator
    /// inside, so that a run of items splits only at its separators. (An item that could hold "and" let a long list of
    /// names with no end after it be split every way there is before failing: 0.1-0.3 s a sentence; the matches are the
    /// same, as the items are passed over.)
    /// </summary>
    private const string Unnamed = @"(?:(?!\s*(?:\band\b|&))[^,;:⟦⟧.]){1,50}?";

    /// <summary>"representatives from A", "non-voting members from A": the body a list's item sends people from is the named end.</summary>
    private const string Delegates = The + @"(?:(?:[\w-]+\s+){0,2}?(?:representatives?|members|officers|leaders)\s+(?:of|from)\s+(?:the\s+)?)?";

    /// <summary>A bracketed short form after a name in a list ("the X Integrated Care Board (ICB) and ..."), passed over.</summary>
    private const string Aside = @"(?:\s*\([^()⟦⟧]{0,12}(?:⟦\d+⟧)?[^()⟦⟧]{0,12}\))?";

    /// <summary>Between a list's items: a comma, "and", "&", or "together with" / "as well as" / "along with", which add to a list as "and" does.</summary>
    private const string Separator = @"\s*(?:,\s*and|,|\band\b|&|\b(?:together|along)\s+with\b|\bas\s+well\s+as\b)\s*";

    /// <summary>"... as equal partners and statutory members": what makes a joint establishment a membership.</summary>
    private const string JointMembers = @"\s+as\s+(?:[\w-]+\s+){0,4}?(?:members|partners)\b";

    /// <summary>One end, after the wording, when the line's other end follows it ("updates to X from Y").</summary>
    private const string One = The + @"(?<r>⟦\d+⟧)";
    /// <summary>
    /// Not after a determiner ("the report to X" is a document, not a reporting line), nor a passive ("as reported to
    /// X", "was reported to X": something was reported, not by the body before it).
    /// </summary>
    private const string NotNoun = @"(?<!\b(?:the|a|an|this|that|its|their|our|his|her|final|annual|as|was|were|been|be|being)\s)";

    /// <summary>"have come together", "came together in 2030": bodies joining before what they form.</summary>
    private const string ComeTogether = @"\b(?:(?:have|has|had|will|would)\s+)?(?:(?:agreed|decided)\s+to\s+)?(?:come|came|coming|joined|join|joining)\s+together\s+(?:in\s+(?:[A-Z]\w+\s+)?\d{4}\s+)?";

    /// <summary>"a new organisation – X", "a new trust: X": the new body's class set off before its name.</summary>
    private const string NewBody = @"a\s+new\s+(?:organisation|organization|trust|body)\s*[–—:-]\s*";

    /// <summary>After a person's name: honours, then a comma or a dash ("A B MBE, Leader of X and Chair of Y").</summary>
    private static readonly string NameThen = @"^(?:\s+(?:" + string.Join('|', MentionFinder.HonourWords.Order(StringComparer.Ordinal)) + @"))*\s*[,–—]\s+";

    /// <summary>A number of people, as a paper gives it: "around 700,000", "nearly two million", "1.2 million".</summary>
    private const string Many = @"(?:(?:around|about|approximately|nearly|almost|over|more\s+than|some|circa|c\.)\s+)?(?:[\d.,]+\s+|(?:one|two|three|four|five|half\s+a)\s+(?=million))?(?:million\s+)?";

    /// <summary>The kinds a succession joins: one organisation or board after another (not a person after a person in a seat).</summary>
    private static readonly EntityKind[] SuccessionKinds = [EntityKind.Organisation, EntityKind.Board];

    /// <summary>"is", "will be", "as" ...: the verb before a line's wording.</summary>
    private const string Be = @"\b(?:is|are|will\s+be|shall\s+be|would\s+be|to\s+be|be|becomes?|will\s+become|remains?|as|was|has\s+been)\s+";

    /// <summary>As <see cref="Be"/> without "as": "... as part of the plan" is mostly adverbial, not a body's place.</summary>
    private const string BeNotAs = @"\b(?:is|are|will\s+be|shall\s+be|would\s+be|to\s+be|becomes?|will\s+become|remains?|was|has\s+been|forms?)\s+";

    public static IReadOnlyList<LinePattern> All { get; } =
    [
        // "is accountable to X", "is also accountable as set out below to X", "has accountability to X".
        new(RelationshipType.AccountableTo, @"\b(?:accountable|answerable)\s+(?:[\w()-]+\s+){0,5}?to\s+", LeftIsFrom: true),
        new(RelationshipType.AccountableTo, @"\b(?:has|have|holds?|with|retains?)\s+(?:\w+\s+)?(?:accountability|answerability)\s+to\s+", LeftIsFrom: true),
        new(RelationshipType.AccountableTo, Be + @"(?:directly\s+)?responsible\s+to\s+", LeftIsFrom: true),
        new(RelationshipType.ReportsTo, NotNoun + @"\b(?:reports?|reporting|reported)\s+(?:\w+\s+){0,3}?(?:in)?to\s+", LeftIsFrom: true),
        new(RelationshipType.ReportsTo, @"\b(?:provides?|providing|will\s+provide|to\s+provide|gives?|will\s+give|submits?|will\s+submit)\s+(?:(?:an?|regular|routine|monthly|quarterly|annual|six-monthly|progress|assurance|highlight|written)\s+){0,3}(?:updates?|reports?|assurance)\s+to\s+", LeftIsFrom: true),
        new(RelationshipType.ReportsTo, @"\b(?:updates?|reports?|reporting)\s+to\s+" + One + @"\s+from\s+" + The + @"⟦(?<l>\d+)⟧", LeftIsFrom: true),
        new(RelationshipType.ReportsTo, @"\b(?:reports?|reporting|updates?)\s+(?:\w+\s+){0,3}?to\s+" + One + @"\s+(?:through|via)\s+" + The + @"⟦(?<l>\d+)⟧", LeftIsFrom: true),
        // "Manage the performance of X, accounting to Y": a participle after a comma speaks for the clause's subject, not for X.
        new(RelationshipType.AccountableTo, @"(?<!,[^⟦⟧]*)\baccount(?:s|ing)?\s+to\s+", LeftIsFrom: true),
        new(RelationshipType.HeldToAccountBy, @"\bheld\s+to\s+account\s+by\s+", LeftIsFrom: true),
        // "The ICP holds the ICB to account for delivery": the body held is named between the verb and "to account".
        // A participle after a comma ("Review X, holding Y to account") speaks for the clause's subject, and a verb after
        // "and" for the sentence's: neither for the name just before it.
        new(RelationshipType.HeldToAccountBy, @"(?<!,\s*)(?<!\band\s{1,3})\b(?:holds?|holding|will\s+hold|to\s+hold)\s+" + One + @"\s+to\s+account\b", LeftIsFrom: false),
        // "A is one of the 9 constituent practices of X", "one of the member organisations in X".
        new(RelationshipType.MemberOf, Be + @"one\s+of\s+(?:the|our|its)\s+(?:[\w-]+\s+){0,2}?(?:practices|surgeries|members|partners|organisations|organizations|bodies|providers|trusts|councils)\s+(?:of|in|within|that\s+(?:make|form)\s+up)\s+", LeftIsFrom: true),
        // Not "The purpose of the group is for members of A, B and C to work together": a purpose, not a membership.
        new(RelationshipType.MemberOf, Be + @"(?:a\s+|an\s+)?(?:(?!for\b)\w+\s+)?members?\s+of\s+", LeftIsFrom: true),
        new(RelationshipType.MemberOf, @"\b(?:membership\s+(?:will\s+|shall\s+)?(?:includes?|comprises?|consists?\s+of|is)|(?:comprises?|comprising|consists?\s+of|consisting\s+of|is\s+made\s+up\s+of|made\s+up\s+of|(?:is\s+|are\s+|be\s+)?comprised\s+of)(?:\s+representatives?\s+(?:of|from))?)\s+" + RightList, LeftIsFrom: false),
        new(RelationshipType.MemberOf, @"\bwith\s+(?:partners|members|representatives|representation|membership)\s+(?:from|of|drawn\s+from)\s+" + RightList, LeftIsFrom: false),
        // "A is partnered with B, forming the X Network", "A and B together form X", "these make up the X Board": members
        // form the body. A bare "X would form the Y Group" is X serving as Y, not a membership.
        new(RelationshipType.MemberOf, @"(?:,\s*(?:together\s+)?forming|\b(?:together|jointly)\s+(?:form|forms|formed)|\b(?:make|makes|making)\s+up)\s+(?!(?:a\s+|an\s+)?part\b)", LeftIsFrom: true, ToKinds: [EntityKind.Board, EntityKind.Organisation, EntityKind.Area]),
        // "CMAST providers A, B, C" (a heading run into its list), "X partners: A, B and C": a body's members under its name.
        new(RelationshipType.MemberOf, @"\A[^⟦⟧]{0,12}⟦(?<l>\d+)⟧\s+(?:member\s+|partner\s+|constituent\s+)?(?:providers|partners|members|practices|organisations|organizations)(?:\s+(?:are|include))?\s*:?\s*", LeftIsFrom: false),
        // "Its members include A and B" (with "Its" read as the body the sentence before is about), "The X Board's members are A, B".
        new(RelationshipType.MemberOf, @"\A[^⟦⟧]{0,12}⟦(?<l>\d+)⟧(?:['’]s)?\s+(?:members|membership|partners|member\s+organisations)\s+(?:also\s+)?(?:include|includes|are|were|comprise|comprises)\s+" + RightList, LeftIsFrom: false),
        // "The membership of the X Group has been increased ... and now includes representatives from A, B and C".
        new(RelationshipType.MemberOf, @"\bmembership\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?⟦(?<l>\d+)⟧[^⟦⟧;:.]{0,80}?\b(?:now\s+|also\s+|will\s+)?(?:includes?|comprises?|consists\s+of)\s+(?:representatives?\s+(?:of|from)\s+)?" + RightList, LeftIsFrom: false),
        // "X brings together senior leaders from A, B and C": those the body brings leaders or representatives from.
        new(RelationshipType.MemberOf, @"\bbrings?\s+together\s+(?:senior\s+|key\s+)?(?:leaders|representatives|partners|members|organisations)\s+(?:from|of)\s+" + RightList, LeftIsFrom: false),
        // "X ..., we welcome four new partners: A, B and C": the body's new partners are its members.
        new(RelationshipType.MemberOf, @"\b(?:welcomes?|welcomed|welcoming)\s+(?:[\w-]+\s+){0,2}?(?:new\s+)?(?:partners|members|member\s+organisations|partner\s+organisations)\s*:?\s+" + RightList, LeftIsFrom: false),
        // "Councillor A wished it noted that he was one of the Council's representatives on the X Trust's Council of Governors".
        new(RelationshipType.MemberOf, @"\b(?:is|was|are|were|being)\s+(?:also\s+)?one\s+of\s+(?:the\s+)?(?:⟦\d+⟧['’]s\s+|[\w'’]+\s+)?(?:representatives|nominees|members)\s+(?:on|to)\s+", LeftIsFrom: true, FromKinds: [EntityKind.Person]),
        // "GAP is the partnership between A, B and C": the bodies a partnership is between are its members.
        new(RelationshipType.MemberOf, Be + @"(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:partnership|collaboration|alliance)\s+(?:between|of)\s+" + RightList, LeftIsFrom: false, ToKinds: [EntityKind.Board, EntityKind.Organisation]),
        // "the practices within our network are A, B and C", "the member organisations of X include A and B".
        new(RelationshipType.MemberOf, @"\b(?:the\s+)?(?:member\s+|constituent\s+)?(?:practices|members|partners|organisations|bodies|practices)\s+(?:with)?in\s+" + The + @"⟦(?<l>\d+)⟧\s+(?:are|include|comprise)[:]?\s+" + RightList, LeftIsFrom: false),
        // "the three statutory partners of the X Partnership – A, B and C": the list after a dash as well.
        // "The members of X are: A, B", "the other members of X include A", "The organisations forming X are: A, B".
        new(RelationshipType.MemberOf, @"\b(?:the\s+)?(?:other\s+|core\s+|founding\s+|full\s+|statutory\s+|voting\s+)?(?:member\s+|constituent\s+|partner\s+)?(?:practices|members|partners|organisations|organizations|bodies)\s+(?:of|forming|making\s+up|(?:that|which)\s+(?:form|make\s+up))\s+" + The + @"⟦(?<l>\d+)⟧" + Aside + @"\s*(?:(?:are|were|include|comprise)[:]?\s+|[–—:-]\s*)" + RightList, LeftIsFrom: false),
        new(RelationshipType.MemberOf, @"\b(?:whose\s+|its\s+|the\s+)?members\s+(?:would|will|shall|are\s+to|are|to)?\s*(?:be\s+)?drawn\s+from\s+" + RightList, LeftIsFrom: false),
        // "X is established jointly between A and B as equal partners and statutory members"; after a comma the clause is
        // the sentence's subject's ("X is a committee of Y, established jointly between ..."), not Y's.
        new(RelationshipType.MemberOf, @"(?<!,[^⟦⟧]*)\b(?:established|formed|set\s+up)\s+jointly\s+(?:between|by)\s+" + RightList + JointMembers, LeftIsFrom: false),
        new(RelationshipType.MemberOf, @"\A[^⟦⟧]{0,12}⟦(?<l>\d+)⟧[^;:]*?,\s+(?:established|formed|set\s+up)\s+jointly\s+(?:between|by)\s+" + RightList + JointMembers, LeftIsFrom: false),
        // "A is chair of X", "A was the new Chair of X" (a stage word between; not a vice or deputy chair).
        new(RelationshipType.Chairs, @"\b(?:chairs|will\s+chair|to\s+chair|" + Be + @"(?:the\s+)?(?:new\s+|interim\s+|incoming\s+|independent\s+|permanent\s+)?chair(?:man|person)?\s+of)\s+", LeftIsFrom: true),
        new(RelationshipType.Chairs, @"\bchaired\s+by\s+", LeftIsFrom: false),
        // "The board, under the chairmanship of Mike Hicks, has been set up".
        new(RelationshipType.Chairs, @"\bunder\s+the\s+chair(?:man)?ship\s+of\s+", LeftIsFrom: false, FromKinds: [EntityKind.Person]),
        // "Mark Rogers ... was appointed the leader of the X STP footprint": a person named to lead a body.
        new(RelationshipType.Leads, @"\b(?:appointed|named|confirmed)\s+(?:as\s+)?(?:the\s+)?(?:leader|lead)\s+(?:of|for)\s+", LeftIsFrom: true, FromKinds: [EntityKind.Person]),
        // "chaired by the Provider Collaborative SRO Dr A B", "chaired by X Trust's Chief Executive, A B": a person after the post they hold.
        new(RelationshipType.Chairs, @"\bchaired\s+by\s+(?:the\s+|its\s+)?(?:(?:[A-Z][\w&-]*|⟦\d+⟧(?:['’]s)?),?\s+){1,5}?(?=⟦)", LeftIsFrom: false, FromKinds: [EntityKind.Person]),
        // "Chair of the X Board, A B": the chair's name after the post.
        new(RelationshipType.Chairs, @"(?<!\b(?:Vice|Deputy)[\s-])\b(?:Chair|Chairman|Chairperson|Chair\s+person)\s+(?:of|for)\s+(?:the\s+)?⟦(?<l>\d+)⟧" + Aside + @"\s*,\s*(?<r>⟦\d+⟧)", LeftIsFrom: false, FromKinds: [EntityKind.Person]),
        // "Toby Ash, Executive Lead of the X Partnership, said": the lead's name, then the post.
        new(RelationshipType.Leads, NameThen + @"(?:the\s+)?(?:Executive\s+|Programme\s+|System\s+|Partnership\s+)?Lead\s+(?:of|for)\s+", LeftIsFrom: true, FromKinds: [EntityKind.Person]),
        // "Dr A B, General Practitioner (GP) at X and Clinical Director of the Y Primary Care Network": the network's lead.
        new(RelationshipType.Leads, NameThen + @"(?:[^;:]{0,80}?\s+and\s+)?(?:the\s+)?(?:Joint\s+)?Clinical\s+(?:Director|Lead)\s+(?:of|for)\s+", LeftIsFrom: true, FromKinds: [EntityKind.Person]),
        // "Bristol Health Partners Chair Andrea Young gives an update": a body's chair named after the post.
        // "X Partnership co-chairs A and B" too.
        new(RelationshipType.Chairs, @"⟦(?<l>\d+)⟧(?:['’]s)?\s+(?:Chair|Chairman|Chairperson|(?:Co-?|Joint\s+)Chairs?)\s*,?\s*(?<r>⟦\d+⟧(?:\s*(?:,\s*and|,|and|&)\s*⟦\d+⟧)*)", LeftIsFrom: false, FromKinds: [EntityKind.Person]),
        // "The board has an independent chair, A B": the chair a body has, named after the post.
        new(RelationshipType.Chairs, @"^\s*(?:has|had|will\s+have)\s+(?:an?\s+|its\s+)?(?:(?:new|independent|acting|interim|lay|clinical)\s+){0,3}(?:chair|chairman|chairperson)\s*,?\s*(?:who\s+is\s+)?(?<r>⟦\d+⟧)", LeftIsFrom: false, FromKinds: [EntityKind.Person]),
        // "Name, Chair of X", "Name, Deputy Leader of Y and Chair of X", "Name, Leader of Y, Chair of X", "Name, Independent
        // Chair of X": a person's name before the post (not "Y, Chair of X", a body set beside the post of the name before it).
        new(RelationshipType.Chairs, NameThen + @"(?:[^,;:]{0,80}?\s+and\s+|[^,;:⟦⟧]{0,60}?\s+(?:of|for|at)\s+(?:the\s+)?⟦\d+⟧" + Aside + @"\s*,\s+)?(?:the\s+)?(?:Independent\s+|Joint\s+)?(?:Chair|Chairman|Chairperson|Chair\s+person)\s+(?:of|for)\s+", LeftIsFrom: true, FromKinds: [EntityKind.Person]),
        // "A B, the county's Mayor and ICP Chair": the body named before the post.
        new(RelationshipType.Chairs, NameThen + @"(?:[^,;:]{0,80}?\s+and\s+)?(?:the\s+)?(?<r>⟦\d+⟧)\s+(?:Independent\s+)?(?:Chair|Chairman|Chairperson)\b(?!\s+(?:of|for)\b)", LeftIsFrom: true, FromKinds: [EntityKind.Person]),
        new(RelationshipType.PartOf, BeNotAs + @"(?:a\s+|an\s+|one\s+of\s+the\s+)?(?:[\w-]+\s+){0,3}?(?:sub-?committees?|committees?|sub-?groups?|sub-?boards?|sub-?bod(?:y|ies)|part|parts|component)\s+of\s+", LeftIsFrom: true),
        new(RelationshipType.PartOf, @"\b(?:forms?|formed|forming)\s+(?:a\s+|an\s+)?part\s+of\s+", LeftIsFrom: true),
        // "The X Hospital, part of the Y Trust": a body set beside the one it is part of.
        new(RelationshipType.PartOf, @"^\s*" + Aside + @"\s*,\s+(?:now\s+|also\s+)?(?:a\s+)?part\s+of\s+", LeftIsFrom: true),
        // "X is a wholly owned subsidiary of Y": a company the other owns.
        new(RelationshipType.PartOf, Be + @"(?:a\s+|the\s+)?(?:wholly[\s-]owned\s+)?subsidiary\s+(?:company\s+)?of\s+", LeftIsFrom: true),
        // "The X ICP is one of four place level partnerships within the Y ICS": one of a body's own parts.
        new(RelationshipType.PartOf, Be + @"one\s+of\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:partnerships|places|localities|neighbourhoods|committees|sub-?committees|sub-?groups|boards|divisions|alliances|collaboratives)\s+(?:of|in|within|across)\s+", LeftIsFrom: true),
        // "The HWB is a statutory Board of the Council": a board the paper qualifies as the body's own (statutory, formal,
        // joint, sub-). A bare "a board of" is not read ("a board of directors").
        new(RelationshipType.PartOf, @"\b(?:is|was|will\s+be|remains|operates\s+as)\s+(?:a|an)\s+(?:statutory|formal|joint|standing)\s+(?:partnership\s+)?board\s+of\s+", LeftIsFrom: true, FromKinds: [EntityKind.Board]),
        // "It also has a range of sub-groups that focus on ... such as A and B": the named sub-groups are parts of the body.
        new(RelationshipType.PartOf, @"\b(?:has|have|with|operates)\s+(?:also\s+)?(?:a\s+(?:range|number|series)\s+of\s+|several\s+|various\s+|two\s+|three\s+|four\s+)?(?:sub-?groups|sub-?committees|sub-?boards|working\s+groups)\b[^⟦⟧;:.]{0,100}?\b(?:such\s+as|including|namely)\s+" + RightList, LeftIsFrom: false, FromKinds: [EntityKind.Board]),
        // "The ICP is a statutory committee jointly formed between A and B", "X represents a joint committee between A and B":
        // a joint committee is a committee of each body that forms it.
        new(RelationshipType.PartOf, @"\b(?:is|was|will\s+be|represents|as)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?committee\s+(?:jointly\s+)?(?:(?:formed|established|constituted|set\s+up)\s+)?(?:between|of)\s+" + RightList, LeftIsFrom: true),
        // "the establishment of X as a joint committee of Y": the body named right before "as a ... committee of".
        new(RelationshipType.PartOf, @"^\s+as\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:sub-?committee|committee|sub-?group)\s+of\s+", LeftIsFrom: true),
        // "Although a formal committee of Y, the X has a remit ...": the committee named after the fronted phrase.
        new(RelationshipType.PartOf, @"\A\s*(?:Although|Though|While|Whilst|As)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:sub-?committee|committee|sub-?group)\s+of\s+" + One + @"\s*,\s+(?:the\s+)?⟦(?<l>\d+)⟧", LeftIsFrom: true),
        // "The X Board is established by the ICB as a formal committee of the Board": set up as a committee of the other.
        new(RelationshipType.PartOf, @"\b(?:established|constituted|set\s+up|formed)\s+(?:by\s+[^;:]{0,60}?)?as\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:sub-?committee|committee|sub-?group)\s+of\s+", LeftIsFrom: true),
        // "enabling programmes that would encompass functions such as A, B programme": a programme's parts, when they are programmes.
        new(RelationshipType.PartOf, @"\b(?:will\s+|would\s+|to\s+)?(?:encompass(?:es|ing)?|includes?|including)\s+(?:\w+\s+){0,2}?such\s+as[;:]?\s+" + RightList, LeftIsFrom: false,
            FromKinds: [EntityKind.Programme], ToKinds: [EntityKind.Programme]),
        // "the X Authority's Y Group": a committee or group the paper names as a body's own.
        // A possessive says whose the board is, not what line joins them (sub-committee, joint committee, partnership board):
        // INFERRED, with that reason.
        new(RelationshipType.PartOf, @"^['’]s\s+" + One + @"(?=\s*(?:[^\w⟦]|$))", LeftIsFrom: false, Inferred: "The paper names the board as the other body's own (a possessive) without saying what kind of line joins them; we read it as part of that body.", FromKinds: [EntityKind.Board]),
        new(RelationshipType.Hosts, @"\bhosted\s+by\s+", LeftIsFrom: false),
        new(RelationshipType.Hosts, @"\b(?:hosts|will\s+host|" + Be + @"(?:the\s+)?host\s+(?:for|of|to))\s+", LeftIsFrom: true),
        new(RelationshipType.PartyTo, Be + @"(?:a\s+|the\s+)?(?:part(?:y|ies)|partners?|signator(?:y|ies))\s+to\s+", LeftIsFrom: true),
        new(RelationshipType.PartyTo, @"\b(?:is\s+|was\s+)?(?:made\s+|entered\s+into\s+|agreed\s+)?between\s+" + RightList, LeftIsFrom: false),
        // "A Civic Agreement is being signed today by the city's four largest employers – A, B, C and D": the signatories.
        new(RelationshipType.PartyTo, @"\b(?:signed|agreed|entered\s+into)\s+(?:today\s+|jointly\s+)?by\s+(?:[^⟦⟧;:.]{0,40}?[–—:-]\s*)?" + RightList, LeftIsFrom: false, ToKinds: [EntityKind.Agreement]),
        // "X entered into a 2 year Y Agreement with partners; A, B and C": X and each partner are parties.
        new(RelationshipType.PartyTo, @"\b(?:entered|enters|entering|will\s+enter|signed|signs|will\s+sign|has\s+signed|have\s+signed)\s+(?:into\s+|up\s+to\s+)?(?:a|an|the)?\s*(?:[\w-]+\s+){0,3}?", LeftIsFrom: true, ToKinds: [EntityKind.Agreement]),
        new(RelationshipType.PartyTo, @"\b(?:entered|enters|entering|signed)\s+(?:into\s+|up\s+to\s+)?(?:a|an|the)?\s*(?:[\w-]+\s+){0,3}?⟦(?<l>\d+)⟧\s+with\s+(?:[^⟦⟧;:.]{0,40}[;:]\s*)?" + RightList, LeftIsFrom: false, ToKinds: [EntityKind.Agreement]),
        new(RelationshipType.PartyTo, @"\b(?:the\s+)?(?:partners|parties|signatories)\s+to\s+" + The + @"⟦(?<l>\d+)⟧\s+(?:are|will\s+be|include)\s+" + RightList, LeftIsFrom: false),
        new(RelationshipType.Covers, @"\b(?:covers|will\s+cover|covering|serves|serving)\s+(?:the\s+(?:population|residents|people)\s+of\s+)?", LeftIsFrom: true),
        // "X, also known as One Devon, covers the ceremonial county of Devon": the place after its class ("county of").
        // "covering the boroughs of A, B and C", "covers the local authority areas of A, B and C": each place after the class.
        new(RelationshipType.Covers, @"\b(?:covers|will\s+cover|covering|serves|serving|spans|spanning)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:county|counties|borough|boroughs|city|cities|district|districts|area|areas|region|footprint)\s+of\s+" + RightList, LeftIsFrom: true, ToKinds: [EntityKind.Area]),
        // "The X ICS footprint spans three local authority areas: A, B and C".
        new(RelationshipType.Covers, @"\b(?:spans|spanning)\s+", LeftIsFrom: true, ToKinds: [EntityKind.Area]),
        // "The N4 Partnership is largely based on Ward Boundaries and includes: A, B and C": a body's own places.
        new(RelationshipType.Covers, @"\b(?:includes|which\s+includes|incorporates|which\s+incorporates)\s*:?\s+" + RightList, LeftIsFrom: true, FromKinds: [EntityKind.Board, EntityKind.Organisation], ToKinds: [EntityKind.Area]),
        // "established ... to serve the 2.5 million people who live across A, B and C": the places a body serves.
        // "serves a local population of around 700,000 people who live and work in X".
        new(RelationshipType.Covers, @"\b(?:serves?|serving|to\s+serve|will\s+serve)\s+(?:the\s+|its\s+|a\s+)?(?:local\s+)?(?:population\s+of\s+)?" + Many + @"(?:people|residents|population|communities)\s+(?:who\s+live(?:\s+and\s+work)?\s+|living\s+)?(?:in|across|of|throughout)\s+", LeftIsFrom: true, ToKinds: [EntityKind.Area]),
        new(RelationshipType.Covers, @"\b(?:on\s+behalf\s+of|for)\s+the\s+(?:whole\s+)?(?:population|residents|people|communities)\s+of\s+", LeftIsFrom: true),
        // "services ... on behalf of the 240,000 people living in A, B", "for the districts of A, B and C".
        new(RelationshipType.Covers, @"\b(?:on\s+behalf\s+of|for)\s+the\s+" + Many + @"(?:(?:people|residents)\s+(?:living\s+in|who\s+live\s+in|of)|(?:districts|boroughs|local\s+authority\s+areas)\s+of)\s+" + RightList, LeftIsFrom: true, ToKinds: [EntityKind.Area]),
        // "X provides acute hospital and community health services for people living in Y", "X provided care for around
        // 600,000 people around Y", "caring for a population of around 620,000 people in and around Y": the area a provider serves.
        new(RelationshipType.Covers, @"\b(?:provides?|provided|providing|caring|cares)\b(?:[^⟦⟧;:.]{0,120}?\b(?:services|care))?\s+(?:to|for)\s+(?:the\s+|a\s+)?(?:population\s+of\s+)?" + Many + @"(?:people|residents|population|populations|communities|patients)\s+(?:living\s+|who\s+live\s+)?(?:in\s+and\s+around|in|of|across|around|throughout)\s+" + RightList, LeftIsFrom: true, FromKinds: [EntityKind.Organisation], ToKinds: [EntityKind.Area]),
        // "NHS X is the clinical commissioning group for A and B", "the ICB for A": a commissioner's or a system's area.
        new(RelationshipType.Covers, Be + @"(?:the\s+)?(?:clinical\s+commissioning\s+group|CCG|integrated\s+care\s+board|ICB|integrated\s+care\s+system|ICS|integrated\s+care\s+partnership|ICP|health\s+and\s+wellbeing\s+board)\s+(?:for|covering)\s+" + RightList, LeftIsFrom: true, ToKinds: [EntityKind.Area]),
        new(RelationshipType.Covers, @"\b(?:outcomes|health|wellbeing|well-being|care|services)\s+(?:\w+\s+){0,2}?for\s+(?:\w+\s+){0,4}?(?:population|residents|people|communities|patients|citizens|children|adults)\s+(?:of|in|across|within)\s+", LeftIsFrom: true, ToKinds: [EntityKind.Area]),
        new(RelationshipType.Covers, @"⟦(?<l>\d+)⟧" + Filler + @"\b(?:of|for|across)\s+the\s+" + One + @"\s+(?:population|residents|communities|people)\b", LeftIsFrom: true, ToKinds: [EntityKind.Area]),
        new(RelationshipType.TransfersTo, @"\b(?:will\s+|shall\s+|is\s+to\s+|are\s+to\s+)?(?:be\s+)?(?:transfers?|transferred|transferring|moves?|moved|will\s+move)\s+(?:\w+\s+){0,3}?to\s+", LeftIsFrom: true),
        // "A, B and C have come together to form X", "A and B have formed a partnership known as X": the bodies that form one.
        // Between NHS bodies ("two trusts came together to form X NHS Foundation Trust") it is a merger: the new body
        // succeeds them (a trust is no member of a trust).
        new(RelationshipType.MemberOf, ComeTogether + @"(?:to\s+(?:form|create|establish)|as)\s+(?:a\s+new\s+|the\s+new\s+|the\s+)?", LeftIsFrom: true, ToKinds: [EntityKind.Board, EntityKind.Organisation], BetweenNhsBodies: false),
        new(RelationshipType.SucceededBy, ComeTogether + @"(?:to\s+(?:form|create|become))\s+(?:" + NewBody + @"|a\s+new\s+|the\s+new\s+|the\s+)?", LeftIsFrom: true, FromKinds: SuccessionKinds, ToKinds: SuccessionKinds, BetweenNhsBodies: true),
        new(RelationshipType.MemberOf, @"\b(?:(?:have|has|had|will|would)\s+)?(?:(?:agreed|decided)\s+to\s+)?(?:form|formed|create|created|establish|established|set\s+up)\s+(?:a\s+|an\s+)?(?:new\s+|joint\s+|strategic\s+)?(?:partnership|alliance|collaborative|collaboration|network|federation|joint\s+committee|group)\s+(?:known\s+as|called|named)\s+(?:the\s+)?", LeftIsFrom: true, ToKinds: [EntityKind.Board, EntityKind.Organisation]),
        // "X was formed in 2021, bringing together two acute trusts: A and B": the bodies a body brings together.
        new(RelationshipType.MemberOf, @"\bbring(?:s|ing)?\s+together\s+" + RightList, LeftIsFrom: false, FromKinds: [EntityKind.Organisation, EntityKind.Board], ToKinds: [EntityKind.Board, EntityKind.Organisation]),
        // "The partnership includes: A, B and C", "The committee, which includes A and B": the bodies or people a board or
        // partnership includes are its members. A body a body includes (a committee, a programme, a place) is not read
        // so, and "including" is not a wording here ("works with partners including A" says nothing of membership). The
        // board is the name right before the verb: in "X is led by A and also includes B" or "X is ... a partnership that
        // includes B" what includes B is not the name nearest it.
        new(RelationshipType.MemberOf, @"^" + Aside + @"\s*(?:,\s*which\s+|,\s*that\s+)?(?:also\s+|now\s+)?(?:includes|include)\s*:?\s+" + RightList, LeftIsFrom: false, FromKinds: [EntityKind.Organisation, EntityKind.Person], ToKinds: [EntityKind.Board, EntityKind.Organisation]),
        // "A should serve on X", "A sits on the X Board", "Calderdale Council has two places on X": a seat on a board, said of
        // the name right before it ("there would be no elected Members sitting on X" gives no seat to the sentence's subject).
        new(RelationshipType.MemberOf, @"^(?:\s*\([^()⟦⟧]{0,40}\))?\s*(?:(?:should|will|would|to|shall|also|now|currently)\s+)?(?:serves?|serving|served|sits?|sitting|sat|(?:has|have|holds?|hold)\s+(?:a\s+|one\s+|two\s+|three\s+|four\s+|\d+\s+)?(?:seats?|places?))\s+on\s+", LeftIsFrom: true, FromKinds: [EntityKind.Organisation, EntityKind.Person], ToKinds: [EntityKind.Board, EntityKind.Organisation]),
        // A body's succession (SUCCEEDED_BY, the graph's line for a merger or a replacement; TRANSFERS_TO joins a function):
        // "A and B were merged to form C", "A was merged into C", "A was replaced by C", "A was acquired by C".
        new(RelationshipType.SucceededBy, @"\b(?:was|were|has\s+been|have\s+been|had\s+been|will\s+be|are\s+to\s+be|is\s+to\s+be)?\s*(?:subsequently\s+|later\s+|formally\s+)?(?:merged|merge|merging|combined|amalgamated)\s+(?:together\s+)?(?:(?:on|in)\s+(?:the\s+)?[\w ]{1,24}?\s+)?(?:into|to\s+form|to\s+create|to\s+become)\s+(?:(?:a|the)\s+new\s+(?:[\w-]+\s+){0,2}?(?:called|named|known\s+as)\s+|" + NewBody + @"|a\s+new\s+|the\s+new\s+|a\s+single\s+)?", LeftIsFrom: true, FromKinds: SuccessionKinds, ToKinds: SuccessionKinds),
        // "A and B have completed their merger to create C"; "A, B and C merged on 1 April 2019 to become D" (above).
        new(RelationshipType.SucceededBy, @"\b(?:have\s+|has\s+)?completed\s+(?:their|its|the)\s+merger\s+to\s+(?:create|form)\s+(?:(?:a|the)\s+new\s+(?:[\w-]+\s+){0,2}?(?:called|named|known\s+as)\s+)?", LeftIsFrom: true, FromKinds: SuccessionKinds, ToKinds: SuccessionKinds),
        new(RelationshipType.SucceededBy, @"\b(?:was|were|has\s+been|have\s+been|had\s+been|will\s+be|is\s+to\s+be|is\s+being|are\s+being)\s+(?:replaced|succeeded|superseded|acquired|absorbed|taken\s+over)\s+by\s+(?:the\s+new\s+|a\s+new\s+)?", LeftIsFrom: true, FromKinds: SuccessionKinds, ToKinds: SuccessionKinds),
        // "C replaced A", "C has taken over from A and B", "C, established following the formal merger of four CCGs (A, B ...)",
        // "C takes on the existing responsibilities of A": the later body first.
        new(RelationshipType.SucceededBy, @"\b(?:replaced|replaces|replacing|will\s+replace|superseded|supersedes|will\s+supersede|succeeding|succeeds|(?:has|have)\s+taken\s+over\s+from|took\s+over\s+from|takes\s+over\s+from)\s+", LeftIsFrom: false, FromKinds: SuccessionKinds, ToKinds: SuccessionKinds),
        new(RelationshipType.SucceededBy, @"\b(?:formed|created|established)\s+(?:[\w-]+\s+){0,6}?(?:by|from|following|through|after|on)\s+(?:the|a)\s+(?:formal\s+)?(?:merger|amalgamation|integration)\s+(?:of|between)\s+(?:(?:the\s+)?(?:\w+\s+)?(?:CCGs|PCTs|trusts|organisations|authorities|bodies)\s*[(:–-]\s*)?", LeftIsFrom: false, FromKinds: SuccessionKinds, ToKinds: SuccessionKinds),
        new(RelationshipType.SucceededBy, @"\b(?:takes|took|taking|has\s+taken|have\s+taken|will\s+take)\s+on\s+(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:existing\s+|statutory\s+)?(?:responsibilities|functions|duties)(?:\s+and\s+(?:functions|responsibilities|duties))?\s+(?:formerly\s+held\s+by|previously\s+held\s+by|of)\s+", LeftIsFrom: false, FromKinds: SuccessionKinds, ToKinds: SuccessionKinds),
        new(RelationshipType.SroFor, Be + @"(?:the\s+)?(?:SRO|Senior\s+Responsible\s+(?:Owner|Officer))\s+(?:for|of)\s+", LeftIsFrom: true),
        // "Louise Ash (Wexcombe ICP Senior Responsible Officer)": the post in brackets after the person's name.
        new(RelationshipType.SroFor, @"(?<r>⟦\d+⟧)\s*\(\s*(?:the\s+)?⟦(?<l>\d+)⟧\s+(?:SRO|Senior\s+Responsible\s+(?:Owner|Officer))\s*\)", LeftIsFrom: false, FromKinds: [EntityKind.Person]),
        // "the X Board commenced in January and the Chairs were confirmed as A and B", "the Chair was appointed as A".
        new(RelationshipType.Chairs, @"\b(?:the\s+|its\s+)?(?:Co-?)?(?:Chairs?|Chairmen|Chairman|Chairpersons?)\s+(?:were|was|are|is|will\s+be|have\s+been|has\s+been)\s+(?:confirmed|appointed|elected|named|agreed)?\s*(?:as\s+)?", LeftIsFrom: false, FromKinds: [EntityKind.Person], ToKinds: [EntityKind.Board, EntityKind.Organisation]),
        // "the Provider Collaborative SRO Diane Wake", "X SRO, A B": a person named after the post of SRO for a body.
        new(RelationshipType.SroFor, @"⟦(?<l>\d+)⟧\s+(?:SRO|Senior\s+Responsible\s+(?:Owner|Officer))\s*[,:]?\s*(?<r>⟦\d+⟧)", LeftIsFrom: false, FromKinds: [EntityKind.Person]),
        new(RelationshipType.SroFor, @"^\s*(?:\*\*)?\s*(?:SRO|Senior\s+Responsible\s+(?:Owner|Officer))\s*(?:\*\*)?\s*[:\-–]?\s*(?:\*\*)?\s*", LeftIsFrom: false),
        new(RelationshipType.Leads, @"^\s*(?:\*\*)?\s*(?:SRO|Senior\s+Responsible\s+(?:Owner|Officer))\s*(?:\*\*)?\s*[:\-–]?\s*(?:\*\*)?\s*⟦\d+⟧\s*(?:\*\*)?\s*Lead\s+Officer(?:\(s\)|s)?\s*(?:\*\*)?\s*[:\-–]?\s*(?:\*\*)?\s*", LeftIsFrom: false),
        new(RelationshipType.Leads, @"\b(?:leads|will\s+lead|to\s+lead|leading|" + Be + @"(?:the\s+)?lead\s+(?:for|on))\s+(?:on\s+)?", LeftIsFrom: true),
        // "Dr A is the clinical director for the X Primary Care Network": a network's clinical director leads it.
        new(RelationshipType.Leads, Be + @"(?:the\s+|a\s+|its\s+)?(?:joint\s+)?clinical\s+(?:director|lead)s?\s+(?:for|of)\s+", LeftIsFrom: true, FromKinds: [EntityKind.Person]),
        // "That A and B be elected as Co-Chairs of the X Board", "A was appointed as Chair of X".
        new(RelationshipType.Chairs, @"\b(?:elected|appointed|confirmed|selected|re-elected)\s+(?:as\s+)?(?:the\s+)?(?:new\s+|permanent\s+|interim\s+|independent\s+)?(?:Co-?|Joint\s+)?(?:Chairs?|Chairman|Chairmen|Chairperson|Chairpersons|Chair\s+person)\s+(?:of|for)\s+", LeftIsFrom: true, FromKinds: [EntityKind.Person]),
        // "The Joint Committee RESOLVED to appoint Councillor A as Chair": the body appoints its own chair. Not "as Chair of
        // Y" (read above), nor a vice or deputy chair.
        new(RelationshipType.Chairs, @"\b(?:resolved\s+to\s+|agreed\s+to\s+|voted\s+to\s+)?(?:appoint|appoints|appointed|elect|elects|elected)\s+" + One + @"\s+as\s+(?:its\s+|the\s+)?(?:new\s+|interim\s+)?(?:Chair|Chairman|Chairperson|Chair\s+person)\b(?!\s+(?:of|for)\b)", LeftIsFrom: false, FromKinds: [EntityKind.Person]),
        // "The Chair of the X Cluster was A B": the post named with its body, then who held it.
        new(RelationshipType.Chairs, @"(?<!\b(?:Vice|Deputy|Co)[\s-])\b(?:Chair|Chairman|Chairperson)\s+of\s+" + The + @"⟦(?<l>\d+)⟧\s+(?:is|was|will\s+be|has\s+been|had\s+been)\s+(?:appointed\s+as\s+|confirmed\s+as\s+)?" + One + @"(?!\s*['’]s)", LeftIsFrom: false, FromKinds: [EntityKind.Person]),
        // "A is the lead provider of the X Collaborative", "as the Lead Provider in the collaborative": a named lead role.
        new(RelationshipType.Leads, @"\b(?:is|are|was|will\s+be|becomes?|became|has\s+become)\s+(?:the\s+)?lead\s+(?:provider|commissioner|organisation|organization|partner|agency|body|employer)\s+(?:of|for|in|on)\s+", LeftIsFrom: true),
        // "... to A as the lead provider in X": "as" takes the name right before it, not an earlier subject.
        new(RelationshipType.Leads, @"^\s*,?\s*as\s+(?:the\s+)?lead\s+(?:provider|commissioner|organisation|organization|partner|agency|body|employer)\s+(?:of|for|in|on)\s+", LeftIsFrom: true),
        new(RelationshipType.Leads, @"\b(?:led|co-ordinated|coordinated)\s+by\s+", LeftIsFrom: false),
        new(RelationshipType.Leads, @"\b(?:will\s+|to\s+)?(?:take|takes|taking)\s+the\s+lead\s+(?:in|on|for)\s+", LeftIsFrom: true),
        // "The Clinical Directors are Dr A (X Network) and Dr B (Y Network)": each holder with the body in brackets after them.
        new(RelationshipType.Leads, @"(?<=\b(?:Clinical\s+)?(?:Directors?|Leads?)\s+(?:are|is|will\s+be)\s+[^;:]*?)⟦(?<l>\d+)⟧\s*\(" + One + @"\)", LeftIsFrom: true),
        new(RelationshipType.Chairs, @"(?<=\b(?:Chairs?|Chairpersons?)\s+(?:are|is|will\s+be)\s+[^;:]*?)⟦(?<l>\d+)⟧\s*\(" + One + @"\)", LeftIsFrom: true),
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

    /// <summary>
    /// The matches of a wording in a sentence, or none when the match runs past its time limit. A long sentence of
    /// names joined by "and" and commas with no end after them ("includes eight London boroughs - A, B and C, D and E")
    /// makes a list wording try every way of splitting it: about 0.1-0.3 s on one unseen page, past the 1 s limit
    /// when the machine was loaded. One wording missed in one sentence is the lesser cost: the timeout had stopped
    /// the whole reading, so ingestDocument answered an internal error.
    /// </summary>
    public static IReadOnlyList<Match> Within(Regex regex, string text, bool first = false)
    {
        try
        {
            return first ? (regex.Match(text) is { Success: true } one ? [one] : []) : regex.Matches(text).ToList();
        }
        catch (RegexMatchTimeoutException)
        {
            return [];
        }
    }

    /// <summary>
    /// A wording of a line, which end comes first, the reason when the wording only implies the line (INFERRED), and
    /// the kinds the <c>from</c> and <c>to</c> ends may be when the wording alone does not say so ("outcomes for people
    /// in X" covers X only when X is an area).
    /// </summary>
    public sealed record LinePattern(RelationshipType Type, string Wording, bool LeftIsFrom, string? Inferred = null, IReadOnlyList<EntityKind>? FromKinds = null, IReadOnlyList<EntityKind>? ToKinds = null, bool? BetweenNhsBodies = null)
    {
        /// <summary>
        /// Whether the line's two ends are both NHS bodies by name (a trust, a CCG, an ICB), when the wording says one line
        /// between such bodies and another between others (<see cref="BetweenNhsBodies"/>: true or false); always when null.
        /// </summary>
        public bool Fits(EntityCandidate from, EntityCandidate to) =>
            BetweenNhsBodies is not { } between || (NameForms.IsNhsBody(from.Name) && NameForms.IsNhsBody(to.Name)) == between;

        /// <summary>
        /// A wording starting "^" follows the left end directly (no words between: "Name, Chair of ...", "Programme SRO:
        /// Name"); one that holds the left end itself (<c>(?&lt;l&gt;</c>) is
        /// used as it is; one that holds the right end (<c>(?&lt;r&gt;</c>) takes no list of ends after it.
        /// </summary>
        public Regex Regex { get; } = new(
            (Wording.StartsWith('^') ? @"⟦(?<l>\d+)⟧" + Wording[1..] : Wording.Contains("(?<l>", StringComparison.Ordinal) ? Wording : Left + Wording)
                + (Wording.Contains("(?<r>", StringComparison.Ordinal) ? string.Empty : Right),
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        /// <summary>
        /// The wording after "and" in a sentence whose subject opens it ("The Council receives funding from X ... and has
        /// accountability to Y"): the verbs joined by "and" share the subject, so the subject is the left end. Only for a
        /// wording read after its left end in the usual way; null for the others.
        /// </summary>
        /// <remarks>
        /// Also the sentence's opening subject when no other end stands between it and the wording, however far ("The ICS
        /// would be a non-decision making, strategic group independently chaired by X"), for either direction.
        /// </remarks>
        public Regex? SubjectRegex { get; } = Wording.StartsWith('^') || Wording.Contains("(?<l>", StringComparison.Ordinal) || Wording.StartsWith("(?<!", StringComparison.Ordinal)
            ? null
            : new(
                @"\A[^⟦⟧]{0,12}⟦(?<l>\d+)⟧" + Aside + @"(?:[^⟦⟧;:]{0,160}?" + (LeftIsFrom ? @"|[^;:]*?,?\s+and\s+(?:[a-z]+\s+){0,2}?" : string.Empty) + ")"
                    + Wording + (Wording.Contains("(?<r>", StringComparison.Ordinal) ? string.Empty : Right),
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
