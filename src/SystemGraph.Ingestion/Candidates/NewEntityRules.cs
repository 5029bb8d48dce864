using SystemGraph.Graph.Model;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>
/// How governance papers name bodies, posts, programmes, areas and agreements: the head word a name ends with ("...
/// Board", "... Trust", "... Memorandum of Understanding"), or the title a person's name starts with ("Dr", "Cllr").
/// General rules only: none names a particular body or person.
/// </summary>
internal static class NewEntityRules
{
    private static readonly Dictionary<string, (EntityKind Kind, double Confidence)> Heads = new(StringComparer.Ordinal)
    {
        ["Board"] = (EntityKind.Board, 0.7), ["Committee"] = (EntityKind.Board, 0.7), ["Sub-Committee"] = (EntityKind.Board, 0.7),
        ["Subcommittee"] = (EntityKind.Board, 0.7), ["Group"] = (EntityKind.Board, 0.6), ["Forum"] = (EntityKind.Board, 0.6),
        ["Panel"] = (EntityKind.Board, 0.6), ["Cabinet"] = (EntityKind.Board, 0.6), ["Senate"] = (EntityKind.Board, 0.6), ["Congress"] = (EntityKind.Board, 0.55), ["Assembly"] = (EntityKind.Board, 0.55),
        ["Body"] = (EntityKind.Board, 0.6), ["Executive"] = (EntityKind.Board, 0.5), ["Collaborative"] = (EntityKind.Board, 0.6),
        ["Alliance"] = (EntityKind.Board, 0.6),
        ["Trust"] = (EntityKind.Organisation, 0.75), ["Council"] = (EntityKind.Organisation, 0.7), ["CCG"] = (EntityKind.Organisation, 0.7),
        ["ICB"] = (EntityKind.Organisation, 0.7), ["Authority"] = (EntityKind.Organisation, 0.7), ["Partnership"] = (EntityKind.Organisation, 0.6),
        ["Network"] = (EntityKind.Organisation, 0.6), ["LLP"] = (EntityKind.Organisation, 0.7), ["Ltd"] = (EntityKind.Organisation, 0.7),
        ["Limited"] = (EntityKind.Organisation, 0.7), ["Hospice"] = (EntityKind.Organisation, 0.6), ["Healthwatch"] = (EntityKind.Organisation, 0.7),
        ["Agreement"] = (EntityKind.Agreement, 0.7), ["Understanding"] = (EntityKind.Agreement, 0.7), ["MoU"] = (EntityKind.Agreement, 0.7),
        ["MOU"] = (EntityKind.Agreement, 0.7), ["Contract"] = (EntityKind.Agreement, 0.5), ["Concordat"] = (EntityKind.Agreement, 0.6),
        ["Programme"] = (EntityKind.Programme, 0.65), ["Program"] = (EntityKind.Programme, 0.6), ["Project"] = (EntityKind.Programme, 0.5),
        ["Workstream"] = (EntityKind.Programme, 0.55),
        ["Borough"] = (EntityKind.Area, 0.5), ["Locality"] = (EntityKind.Area, 0.5), ["Neighbourhood"] = (EntityKind.Area, 0.5),
        // A system is an area in the graph (graph-seed/README.md); practices, surgeries and centres are organisations.
        ["ICS"] = (EntityKind.Area, 0.6), ["STP"] = (EntityKind.Area, 0.55), ["System"] = (EntityKind.Area, 0.5),
        ["PCN"] = (EntityKind.Organisation, 0.7), ["Practice"] = (EntityKind.Organisation, 0.6), ["Surgery"] = (EntityKind.Organisation, 0.65),
        ["Centre"] = (EntityKind.Organisation, 0.5), ["Center"] = (EntityKind.Organisation, 0.5), ["Hospital"] = (EntityKind.Organisation, 0.6),
        ["Hospitals"] = (EntityKind.Organisation, 0.6), ["Federation"] = (EntityKind.Organisation, 0.6), ["Healthcare"] = (EntityKind.Organisation, 0.55),
        // Bodies outside the NHS that sit on health boards, and social enterprises: "West Mercia Police", "Wexcombe CIC",
        // "Bristol Health Partners".
        ["Constabulary"] = (EntityKind.Organisation, 0.6), ["Police"] = (EntityKind.Organisation, 0.55), ["CIC"] = (EntityKind.Organisation, 0.65),
        ["Partners"] = (EntityKind.Organisation, 0.5),
        // Public bodies and institutions that sit on boards: "Oakshire Fire Brigade", "Wexcombe University", "the Fairness
        // Commission", "the Homes and Communities Agency", "Wexcombe Association of Acute Trusts" (see FrontHeads).
        ["Brigade"] = (EntityKind.Organisation, 0.6), ["University"] = (EntityKind.Organisation, 0.6), ["Commission"] = (EntityKind.Board, 0.55),
        ["Agency"] = (EntityKind.Organisation, 0.55), ["College"] = (EntityKind.Organisation, 0.55), ["Society"] = (EntityKind.Organisation, 0.55),
        ["Association"] = (EntityKind.Organisation, 0.6), ["Consortium"] = (EntityKind.Organisation, 0.55), ["Confederation"] = (EntityKind.Organisation, 0.6),
    };

    /// <summary>
    /// Head words that open a name and take "of" or "for" after them ("Wexcombe Association of Acute Trusts", "University of
    /// Wexcombe", "Oakshire Council for Voluntary Service"): the name's last word says nothing of its kind.
    /// </summary>
    private static readonly HashSet<string> FrontHeads = new(StringComparer.Ordinal)
    {
        "Association", "Federation", "Confederation", "Council", "University", "Society", "Commission", "College",
    };

    /// <summary>Names that local bodies of a national charity or movement open with, their place after them.</summary>
    private static readonly string[][] LocalBrands = [["Age", "UK"], ["Citizens", "Advice"], ["Voluntary", "Action"], ["Community", "Action"], ["Home-Start"]];

    /// <summary>The words before "Service" that make it a public service's own name ("Oakshire Fire and Rescue Service").</summary>
    private static readonly HashSet<string> ServiceKinds = new(StringComparer.Ordinal) { "Rescue", "Ambulance", "Probation" };

    private static readonly HashSet<string> PersonTitles = new(StringComparer.Ordinal) { "Dr", "Cllr", "Coun", "Councillor", "Professor", "Prof", "Mr", "Mrs", "Ms", "Miss", "Sir", "Dame" };

    /// <summary>The same titles in any case, for comparing folded names (<see cref="NameForms.Canonical"/>).</summary>
    public static IReadOnlySet<string> PersonTitleWords { get; } = new HashSet<string>(PersonTitles, StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that open a sentence or clause and so are capitalised without being part of a name ("Whilst the MoU").</summary>
    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "Whilst", "While", "Where", "When", "If", "Although", "Following", "Under", "Within", "Through", "Once", "Until", "As", "Since", "After",
        "Before", "Because", "Unless", "With", "Without", "From", "By", "In", "On", "At", "To", "Subject", "Upon", "During", "Across",
        "Alongside", "Including", "Between", "Among", "Amongst", "Via", "Against", "Besides", "Beyond", "Like", "Unlike", "Into", "Towards",
        "That", // a resolution's opening: "That Councillor A be elected as ..."
    };

    /// <summary>Words that make a run generic rather than a name ("The Board", "This Agreement", "Each ICB").</summary>
    private static readonly HashSet<string> Generic = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "this", "that", "these", "each", "every", "all", "any", "our", "its", "their", "a", "an", "new", "such", "other", "relevant", "local",
        "joint", "partnership", "system", "provider", "integrated", "care", "health", "statutory", "sub", "executive", "draft", "proposed", "terms",
        "district", "county", "city", "town", "parish", "one", "two", "three", "four", "five", "six", "several", "both",
        "primary", "secondary", "community", "general", "mental", "social", "acute", "networks",
    };

    /// <summary>
    /// "One Wexcombe Partnership", "One Oakshire": a partnership named "One" and its place (a common way to name a place's
    /// partnership), not a count of one. Only before a word that is neither a kind of body nor a class word: "One Local
    /// Care Partnership will ..." counts one.
    /// </summary>
    private static bool IsOneBrand(IReadOnlyList<string> words) =>
        words is ["One", var next, ..] && NameSpans.IsCapitalised(next) && !Generic.Contains(next) && !Heads.ContainsKey(next);

    /// <summary>The kind and confidence of a new entity a span names, and the name (without a leading "The"), or null.</summary>
    public static (EntityKind Kind, double Confidence, string Name, int SkipWords)? Read(string passage, NameSpan span)
    {
        var words = span.Words.Select(w => w.Word).ToList();
        var skip = words[0] is "The" or "the" or "A" or "An" or "This" or "These" or "Our" or "For" or "One" or "Two" or "Three" or "Four" or "Each" or "Every"
            || SentenceOpeners.Contains(words[0]) ? 1 : 0;
        if (IsOneBrand(words))
        {
            skip = 0;
        }

        if (skip == 1 && words.Count > 1 && words[1] is "the" or "The" or "a" or "an" or "this")
        {
            skip = 2; // "Whilst the MoU ...", "Following the Board's decision"
        }

        if (words.Count - skip < 2)
        {
            return null;
        }

        var named = words.Skip(skip).ToList();
        if (named.Skip(0).All(w => Generic.Contains(w) || Heads.ContainsKey(w) || !NameSpans.IsCapitalised(w)))
        {
            return null; // "The Joint Committee", "Integrated Care Board": a class of body, not a name
        }

        // "Councillor Ann Oakley", "Cllr A Oakley", "Councillor T J N Oakley": a title, then initials or names, then a surname.
        if (PersonTitles.Contains(named[0]) && named.Count(w => !NameSpans.IsNameParticle(w)) is >= 2 and <= 5 && named[^1].Any(char.IsLower)
            && named.Skip(1).All(w => (char.IsUpper(w[0]) && w.Any(char.IsLower)) || NameSpans.IsNameParticle(w) || w is [>= 'A' and <= 'Z']))
        {
            return (EntityKind.Person, 0.75, Name(span, skip), skip);
        }

        if (span.Start > 0 && ClassWordBefore(passage[..span.Start]))
        {
            return null;
        }

        // "Healthwatch York": the local Healthwatch, named by its place after the word.
        if (named[0] == "Healthwatch" && named.Count is 2 or 3 && named.Skip(1).All(w => char.IsUpper(w[0]) && !Heads.ContainsKey(w)))
        {
            return (EntityKind.Organisation, 0.7, Name(span, skip), skip);
        }

        // "Age UK Wexcombe", "Voluntary Action Oakshire": a national charity's or movement's local body, named by its place after the name.
        if (LocalBrands.FirstOrDefault(b => named.Count > b.Length && named.Take(b.Length).SequenceEqual(b, StringComparer.Ordinal)) is { } brand
            && named.Count - brand.Length <= 3 && named.Skip(brand.Length).All(w => NameSpans.IsCapitalised(w) && !Heads.ContainsKey(w) && !Generic.Contains(w)))
        {
            return (EntityKind.Organisation, 0.65, Name(span, skip), skip);
        }

        var head = named[^1];

        // "Wexcombe Voluntary Action", "Oakshire Community Action": a council for voluntary service by another name.
        if (head == "Action" && named.Count >= 3 && named[^2] is "Voluntary" or "Community")
        {
            return (EntityKind.Organisation, 0.65, Name(span, skip), skip);
        }

        if (head is "Practice" && named.Count >= 2 && named[^2] is "General" or "Group" or "Good" or "Best")
        {
            return null; // "General Practice", "Good Practice": a sector or a standard, not a practice's name
        }

        if (head == "Partners" && named.Count >= 2 && named[^2] is "System" or "Statutory" or "Key" or "Local" or "Strategic" or "Delivery" or "Place" or "Care" or "Network" or "Alliance" or "Safeguarding")
        {
            return null; // "Gateshead Health and Care System Partners": a class of partners, not a body named "Partners"
        }

        if (head == "Understanding" && !named.Contains("Memorandum"))
        {
            return null;
        }

        if (head == "Service" && named.Count >= 3 && ServiceKinds.Contains(named[^2]))
        {
            return (EntityKind.Organisation, 0.6, Name(span, skip), skip);
        }

        if (Heads.TryGetValue(head, out var rule))
        {
            return (rule.Kind, rule.Confidence, Name(span, skip), skip);
        }

        // "Wexcombe Association of Acute Trusts": the head before the first "of" or "for", with a capitalised word after it.
        var of = named.FindIndex(w => w is "of" or "for");
        return of >= 1 && FrontHeads.Contains(named[of - 1]) && of + 1 < named.Count && NameSpans.IsCapitalised(named[^1])
            && Heads.TryGetValue(named[of - 1], out var front)
            ? (front.Kind, front.Confidence * 0.9, Name(span, skip), skip) : null;
    }

    /// <summary>
    /// The level of a new area by its name's last word, as the glossary places them: a system ("X ICS", "X STP", "X
    /// System"), a neighbourhood ("X Neighbourhood"), and otherwise a place: a borough, a locality, or a bare place the
    /// graph knows by its council (<see cref="CouncilPlaces"/>), which is a borough- or county-level area.
    /// </summary>
    public static SpatialLevel LevelOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var last = name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words ? words[^1] : string.Empty;
        return last switch
        {
            "ICS" or "STP" or "System" => SpatialLevel.System,
            "Neighbourhood" => SpatialLevel.Neighbourhood,
            _ => SpatialLevel.Place,
        };
    }

    /// <summary>Words a known body's name may end with when a paper writes it in lower case ("the SEND board", "Leisure services").</summary>
    private static readonly HashSet<string> LowerCaseHeads = new(
        Heads.Keys.Concat(["Framework", "Services", "Service", "Team", "Hub", "System", "Networks", "Groups", "Boards", "Committees", "Programmes", "Workstreams", "Projects"]), StringComparer.OrdinalIgnoreCase);

    /// <summary>True for a word a body's name may end with, in any case (a head word, a plural, "services", "team"...).</summary>
    public static bool IsNamingHead(string word) => LowerCaseHeads.Contains(word);

    /// <summary>
    /// True when a name says only a kind of body ("Partnership Board", "The Partnership", "Healthwatch"): every word a
    /// generic word or a head word. Such a name of a known body names it in a paper only if the paper also names that
    /// body otherwise; a paper from another place means its own partnership board.
    /// </summary>
    public static bool IsGenericName(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => Generic.Contains(w) || Heads.ContainsKey(w) || LowerCaseHeads.Contains(w) || w is "and" or "of" or "&" or "NHS" or "nhs"
            // "Memorandum of Understanding", "GP Federation": any paper's own, not one the graph holds for another place (still
            // read as a new body of the paper's, by its head word).
            || w.Equals("Memorandum", StringComparison.OrdinalIgnoreCase) || w.Equals("GP", StringComparison.OrdinalIgnoreCase));

    /// <summary>The kind a name of only class words says ("Integrated Care Partnership", "Health and Wellbeing Board"), by its head word; null when it has none.</summary>
    public static EntityKind? ClassOf(IReadOnlyList<string> words) =>
        words.Count >= 2 && Heads.TryGetValue(words[^1], out var rule) && words.All(w => Generic.Contains(w) || Heads.ContainsKey(w) || w is "and" or "of" or "&" or "Wellbeing" or "Well-being")
            ? rule.Kind : null;

    /// <summary>True for a word that opens a sentence or clause ("Whilst", "Following", "It"), capitalised without naming anything.</summary>
    public static bool IsOpener(string word) => SentenceOpeners.Contains(word) || Determiners.Contains(word);

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "The", "This", "That", "These", "Those", "Our", "Its", "Their", "A", "An", "Each", "Every", "All", "Any",
        "It", "They", "We", "He", "She", "There", "Here", "Which", "Who", "What", "You", "I",
    };

    /// <summary>True for a title a person's name may start with ("Dr", "Cllr", "Professor").</summary>
    public static bool IsPersonTitle(string word) => PersonTitles.Contains(word);

    /// <summary>True for a word bodies are named by ("Board", "Health", "Council"): not part of a personal name.</summary>
    public static bool IsBodyWord(string word) => Heads.ContainsKey(word) || Generic.Contains(word) || word is "Public" or "Services" or "Service" or "Team" or "Officer" or "Lead";

    /// <summary>True when every word is one a kind of body is named by ("Council", "Memorandum of Understanding", "Joint Committee").</summary>
    public static bool IsTitleWording(IReadOnlyList<string> words) =>
        words.Count > 0 && Heads.ContainsKey(words[^1]) && words.All(w => Generic.Contains(w) || Heads.ContainsKey(w) || w is "Memorandum" or "of");

    private static string Name(NameSpan span, int skip) =>
        skip == 0 ? span.Text : span.Text[(span.Words[skip].Start - span.Start)..];

    private static bool ClassWordBefore(string before)
    {
        var trimmed = before.TrimEnd();
        var at = trimmed.LastIndexOf(' ') + 1;
        var word = trimmed[at..];
        return word is "each" or "every" or "all" or "any" or "a" or "an" or "other";
    }
}
