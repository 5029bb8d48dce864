using SystemGraph.Graph.Seed.Validation;
using SystemGraph.Ingestion.Text;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>
/// Finds the entities a passage names: known ones by name, alias or ODS code (the longest run that matches wins), and
/// new ones by how papers name bodies (<see cref="NewEntityRules"/>). New entities are kept once per name, with the
/// first passage that named them.
/// </summary>
internal sealed partial class MentionFinder(EntityCatalog catalog, IReadOnlySet<string> takenIds, IReadOnlySet<string>? councilPlaces = null)
{
    /// <summary>Confidence of a bare place read as the area its council is named for (<see cref="CouncilPlaces"/>).</summary>
    private const double PlaceConfidence = 0.6;

    /// <summary>The places (folded) the store knows by their councils only.</summary>
    private readonly IReadOnlySet<string> places = councilPlaces ?? new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Known-entity confidence: by name, by alias or code.</summary>
    private const double ByName = 0.95, ByAlias = 0.85;

    /// <summary>Confidence of a person read from where the name stands (after or before a post), not from a title.</summary>
    private const double PersonConfidence = 0.6;

    /// <summary>Confidence of an entity read from a title ("the Council") as the one entity of the paper it fits.</summary>
    private const double TitleConfidence = 0.6;

    /// <summary>Words for a document's or body's stage that may stand between a determiner and a title ("the proposed Agreement").</summary>
    private static readonly HashSet<string> StageWords = new(StringComparer.Ordinal) { "proposed", "draft", "new", "revised", "current", "existing", "final", "shadow", "interim" };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "The", "the", "This", "A", "An", "These", "Our", "For" };

    /// <summary>Words a post's title starts with; "Leader of X" names X, not a new body.</summary>
    private static readonly HashSet<string> Posts = new(StringComparer.Ordinal)
    {
        "Leader", "Director", "Chief", "Chair", "Chairman", "Chairperson", "Head", "Member", "Members", "Executive", "Officer", "Representative",
        "Representatives", "Lead", "Chairs", "Co-Chair", "Co-Chairs", "Co-chair", "Co-chairs", "Vice", "Vice-Chair", "Vice-Chairman", "Vice-Chairperson", "Vice-Chairs", "Deputy", "Senior", "Corporate", "Managing", "Associate", "Assistant", "Clinical", "Medical", "Cabinet", "Manager", "Responsible", "SRO",
    };

    /// <summary>True for a word a post's title is made of ("Chief", "Officer", "Responsible").</summary>
    public static bool IsPostWord(string word) => Posts.Contains(word);

    /// <summary>Honours and post-nominal letters a person's name may be followed by.</summary>
    private static readonly HashSet<string> Honours = new(StringComparer.Ordinal) { "CBE", "OBE", "MBE", "KBE", "DBE", "KCB", "CB", "BEM", "DL", "JP", "QC", "KC", "FRCP", "FRCGP", "FRCS", "FRCN", "MP" };

    /// <summary>The same honours in any case, for comparing folded names (<see cref="NameForms.Canonical"/>).</summary>
    public static IReadOnlySet<string> HonourWords { get; } = new HashSet<string>(Honours, StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before "of" inside a place's or body's own name ("City of York", "Isle of Wight", "University of X").</summary>
    private static readonly HashSet<string> PlaceBeforeOf = new(StringComparer.Ordinal) { "City", "County", "Borough", "Isle", "Isles", "University", "Vale", "Forest", "Royal", "Duchy" };

    /// <summary>The post words a title ends with ("Chief Officer", "Director"): "Clinical" alone is an adjective of a name ("Clinical Leads Group").</summary>
    private static readonly HashSet<string> PostNouns = new(StringComparer.Ordinal)
    {
        "Leader", "Director", "Chief", "Chair", "Chairman", "Chairperson", "Head", "Member", "Members", "Executive", "Officer", "Representative", "Representatives", "Lead",
    };

    private static readonly char[] WordBreaks = [' ', ',', '.', ';', ':', '(', ')', '-', '–', '/', '&', '\'', '"'];

    /// <summary>Words that say a body is part of (or an action on) the one named after "of" ("a Sub-Body of the X Board"): not a name's start.</summary>
    private static readonly HashSet<string> PartNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "Sub-Body", "Subbody", "Sub-Committee", "Subcommittee", "Sub-Group", "Subgroup", "Sub-Board", "Part", "Membership", "Committee",
        // An agenda item's action ("Establishment of the X Board", "Review of the Y Committee"): the body after "of" is named.
        "Establishment", "Review", "Appointment", "Election", "Approval", "Dissolution", "Abolition", "Creation", "Formation", "Update", "Minutes",
        "Support", // "Support for the X Committee": the committee is named, not a body called "Support"
    };

    private readonly Dictionary<string, EntityCandidate> inPaper = new(StringComparer.Ordinal);

    /// <summary>The paper's words, folded: what tells whose a generic name is.</summary>
    private readonly HashSet<string> paperWords = new(StringComparer.Ordinal);

    /// <summary>
    /// The paper's words written with a capital, folded: what says whose a body's generic name is. "The partnership" of a
    /// paper from another place is not a known "Greater Manchester ... Partnership" because the paper has "an even greater
    /// voice": a place's word in a name is a capitalised word of the paper.
    /// </summary>
    private readonly HashSet<string> paperNameWords = new(StringComparer.Ordinal);
    private bool primed;

    private readonly Dictionary<string, EntityCandidate> newByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EntityCandidate> knownById = new(StringComparer.Ordinal);
    private readonly HashSet<string> usedIds = new(takenIds, StringComparer.Ordinal);

    /// <summary>
    /// What each text was found to name, once the paper is primed: the reading, the ranker's pass over every passage and
    /// a selection's segments find the same texts again (the scorers' outputs were identical with and without it).
    /// </summary>
    private readonly Dictionary<(string Text, string? Section), IReadOnlyList<Mention>> foundBefore = [];

    /// <summary>
    /// The entities a mention holds (found in a text, a whole phrase, a template's slot, the paper's subject): what the
    /// paper was read to name. A candidate made on the way and then given up ("The HSCP" read by another place's alias
    /// before the paper's own definition) is not one.
    /// </summary>
    public IEnumerable<EntityCandidate> Entities => knownById.Values.Concat(newByName.Values).Where(e => held.Contains(e.Id) || e.Id == Subject?.Entity.Id);

    private readonly HashSet<string> held = new(StringComparer.Ordinal);

    /// <summary>Whether the paper's namings and definitions are read: the mentions found before them are provisional.</summary>
    private bool settled;

    private Mention Held(Mention mention)
    {
        if (settled)
        {
            held.Add(mention.Entity.Id);
        }

        return mention;
    }

    public IReadOnlyList<Mention> Find(PaperPassage passage) => Find(passage.Text, passage.Section);

    /// <summary>The known entity a whole phrase names (name, alias or code), as one mention of all of it; null when none.</summary>
    public Mention? Whole(string phrase)
    {
        if (catalog.Match(phrase) is not { } match || !Names(match, phrase))
        {
            return null;
        }

        return Held(new Mention(0, phrase.Length, phrase, KnownCandidate(match, phrase, phrase)));
    }

    /// <summary>
    /// A new entity that a template names by where it stands ("Programme: X" names a programme, "SRO: X" a person),
    /// not by its wording; a known entity of that name is found first by <see cref="Whole"/>.
    /// </summary>
    public Mention NewByPlace(Graph.Model.EntityKind kind, double confidence, string name, int start, string passage, string? section) =>
        Held(new(start, start + name.Length, name, New(kind, confidence, name, passage, section)));

    /// <summary>
    /// Whether a known entity's name or alias, found in the paper, names it here: always, unless the phrase only says a
    /// kind of body (<see cref="NewEntityRules.IsGenericName"/>: "Partnership Board", "Healthwatch", "ICB"). Then only when
    /// the paper writes, with a capital, a word of the body's own name that says which one ("Bury" for "Healthwatch Bury"): a paper from
    /// another place means its own partnership board. A body whose own name says only a kind ("THE INTEGRATED CARE
    /// PARTNERSHIP", a GP practice in the ODS extract; a workstream named "Primary Care Networks") is never named so: no
    /// word says it is that one.
    /// </summary>
    /// <remarks>
    /// An agreement is named by its title: "the Memorandum of Understanding" means another agreement only in a paper that
    /// has every distinctive word of that one's title ("Southend", "Staged", "Approach"), not just one of them
    /// ("commissioning", which many papers have). So is a service by one of its aliases, and a programme by a one-word
    /// alias: a service line's aliases are clinical areas ("Critical Care", "Renal"), a workstream's one word its subject
    /// ("Commissioning"), which any paper may name; only a paper with every word of its own name means that one (a
    /// programme's title of more words, "Estates Transfer", names it). An alias that is a title ("the
    /// Council") is a kind of body, as above (a body whose own name is a title is named by it: the paper named it so).
    /// </remarks>
    private bool Names((KnownEntity Entity, bool ByName) match, string phrase)
    {
        var (entity, kind) = (match.Entity, match.Entity.Kind);
        if (!match.ByName && (kind == Graph.Model.EntityKind.Service || (kind == Graph.Model.EntityKind.Programme && !phrase.Contains(' ', StringComparison.Ordinal))))
        {
            return HasEveryDistinctiveWord(entity.Name);
        }

        if (NewEntityRules.IsGenericName(match.ByName ? phrase : WithoutDeterminer(phrase)))
        {
            return kind == Graph.Model.EntityKind.Agreement ? HasEveryDistinctiveWord(entity.Name) : DistinctiveWords(entity.Name).Any(paperNameWords.Contains);
        }

        // A short name such bodies have in every place (LacksLeadingWord).
        return match.ByName
            || kind is not (Graph.Model.EntityKind.Organisation or Graph.Model.EntityKind.Board or Graph.Model.EntityKind.Fund or Graph.Model.EntityKind.Agreement)
            || !LacksLeadingWord(entity.Name, phrase) || NamesBeyond(entity.Name, phrase).Any(paperNameWords.Contains);
    }

    /// <summary>
    /// True for a body's alias of words in capitals and lower case ("Combined Authority", "Clinical Senate", "Health and Well
    /// Being Board") without the word that leads the body's name, a place as often as not ("Greater" of "Greater
    /// Manchester Combined Authority", "Wexcombe" of "Wexcombe Clinical Senate"): a short name such bodies have in every
    /// place, which names this one only in a paper that writes another word of its name (<see cref="NamesBeyond"/>) as a
    /// name. An alias in capitals (an acronym) is a name of its own; a paper that defines it for its own body is read so
    /// (<see cref="WithDefinedShortForms"/>). "Wexcombe Council" for "Wexcombe Metropolitan Borough Council" has the
    /// leading word. A place in brackets after the name is one too ("Better Care Fund (Wexcombe)": every place has a Better
    /// Care Fund). (A programme is named by its title: "Estates Transfer" names "Wexcombe transition: Estates Transfer".)
    /// </summary>
    private static bool LacksLeadingWord(string name, string alias)
    {
        var aliasWords = Words(WithoutDeterminer(alias));
        if (aliasWords.Length < 2 || alias.Replace(" ", string.Empty, StringComparison.Ordinal).All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            return false;
        }

        // The word that leads the name, and a place written after it in brackets ("Better Care Fund (Wexcombe)").
        var leading = Words(name).FirstOrDefault(w => w != "nhs" && !NewEntityRules.IsGenericName(w) && !SmallNameWords.Contains(w));
        var qualifier = TrailingBracket().Match(name) is { Success: true } q && !q.Groups[1].Value.All(c => !char.IsLetter(c) || char.IsUpper(c))
            ? Words(q.Groups[1].Value)
            : [];
        return qualifier.Prepend(leading).OfType<string>().Any(w => !aliasWords.Contains(w, StringComparer.Ordinal));
    }

    /// <summary>The distinctive words of a body's name that an alias of it leaves out.</summary>
    private static IEnumerable<string> NamesBeyond(string name, string alias) => DistinctiveWords(name).Except(Words(alias), StringComparer.Ordinal);

    /// <summary>"The Council’s" as "Council": an alias that is a title is only a kind of body, whatever its determiner or possessive.</summary>
    private static string WithoutDeterminer(string phrase)
    {
        var words = phrase.IndexOf(' ', StringComparison.Ordinal) is var space and > 0 && Determiners.Contains(phrase[..space]) ? phrase[(space + 1)..] : phrase;
        return words.EndsWith("’s", StringComparison.Ordinal) || words.EndsWith("'s", StringComparison.Ordinal) ? words[..^2] : words;
    }

    /// <summary>True when the paper has every word of the name that does not only say a kind of body, and there is one.</summary>
    private bool HasEveryDistinctiveWord(string name) =>
        DistinctiveWords(name) is { Count: > 0 } distinctive && distinctive.All(paperWords.Contains);

    /// <summary>
    /// The words of a name that say which body it is: not a kind of body's, and not the small words inside names
    /// ("on" in "Southend-on-Sea", which every paper has).
    /// </summary>
    private static List<string> DistinctiveWords(string name) =>
        [.. Words(name).Where(w => !NewEntityRules.IsGenericName(w) && !SmallNameWords.Contains(w))];

    private static readonly HashSet<string> SmallNameWords = new(StringComparer.Ordinal) { "on", "upon", "in", "of", "the", "and", "for", "at", "by", "le", "de", "st" };

    private static string[] Words(string text) => EvidenceText.Fold(text).Split(WordBreaks, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A known entity as a candidate, once per entity: the first text that named it is kept.</summary>
    private EntityCandidate KnownCandidate((KnownEntity Entity, bool ByName) match, string matched, string passage) =>
        knownById.TryGetValue(match.Entity.Id, out var seen) ? seen : knownById[match.Entity.Id] = match.Entity.AsCandidate(match.ByName ? ByName : ByAlias, matched, passage);

    /// <summary>
    /// Reads the paper once to know which entities it names, so that a title ("the Council", "this Agreement") can be
    /// read as the one entity of the paper it fits (<see cref="Title"/>).
    /// </summary>
    public void Prime(PaperText paper)
    {
        paperWords.UnionWith(Words(paper.Text));
        paperNameWords.UnionWith(CapitalisedWords().Matches(paper.Text).SelectMany(m => Words(m.Value)));
        ReadNamings(paper);
        ReadDefinitions(paper);
        settled = true;
        foreach (var passage in paper.Passages)
        {
            foreach (var mention in Find(passage))
            {
                inPaper.TryAdd(mention.Entity.Id, mention.Entity);
            }
        }

        ReadSubject(paper);
        if (Subject is { } subject)
        {
            inPaper.TryAdd(subject.Entity.Id, subject.Entity);
        }

        primed = true;
    }

    public IReadOnlyList<Mention> Find(string text, string? section)
    {
        if (primed && foundBefore.TryGetValue((text, section), out var before))
        {
            return before;
        }

        var found = FindAnew(text, section);
        found.ForEach(m => Held(m));
        if (primed)
        {
            foundBefore[(text, section)] = found;
        }

        return found;
    }

    private List<Mention> FindAnew(string paperText, string? section)
    {
        // A heading in capitals is read in a name's case; each mention keeps the paper's own characters.
        var text = CapitalRuns.Recase(paperText);
        var mentions = new List<Mention>();
        var spans = NameSpans.Find(text); // once: the readings by where a name stands go over the same runs
        foreach (var span in spans)
        {
            Resolve(text, section, span, mentions);
        }

        WithLowerCaseNames(text, mentions);
        WithLowerCaseTitles(text, section, mentions);
        WithCommaNames(text, section, mentions);
        WithDefinedShortForms(text, mentions);
        WithDistributedNames(text, section, mentions);
        WithSlotNames(text, section, spans, mentions);
        WithListMates(text, section, spans, mentions);
        var apart = Apart(mentions);
        return ReferenceEquals(text, paperText) ? apart : [.. apart.Select(m => m with { Text = paperText[m.Start..m.End] })];
    }

    /// <summary>
    /// The mentions in text order, none overlapping another (the lines are read from the text with each mention marked
    /// in its place). Two readings may claim the same words: on an unseen paper, "The Buckinghamshire" (a place known
    /// by name) and "Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board" (a name read across its
    /// commas), which stopped the whole reading. The longer is kept, as the fuller name; between two of a length, the first.
    /// </summary>
    private static List<Mention> Apart(List<Mention> mentions)
    {
        var kept = new List<Mention>(mentions.Count);
        foreach (var mention in mentions.OrderByDescending(m => m.End - m.Start).ThenBy(m => m.Start))
        {
            if (!kept.Any(k => k.Start < mention.End && mention.Start < k.End))
            {
                kept.Add(mention);
            }
        }

        return [.. kept.OrderBy(m => m.Start)];
    }

    /// <summary>
    /// Known names a paper writes in lower case ("the SEND board", "Leisure services"), longest first: one replaces the
    /// mentions it holds ("SEND" in "SEND board"); one that cuts across another mention is not taken.
    /// </summary>
    private void WithLowerCaseNames(string text, List<Mention> mentions)
    {
        foreach (var (start, end, phrase) in NameSpans.HeadPhrases(text).OrderByDescending(p => p.End - p.Start))
        {
            if (catalog.Match(phrase) is not { } match || !Names(match, phrase)
                || mentions.Any(m => m.Start < end && start < m.End && !(start <= m.Start && m.End <= end)))
            {
                continue;
            }

            mentions.RemoveAll(m => start <= m.Start && m.End <= end);
            mentions.Add(new Mention(start, end, phrase, KnownCandidate(match, phrase, text)));
        }
    }

    private void Resolve(string text, string? section, NameSpan span, List<Mention> mentions)
    {
        if (Possessive(text, span) is { } parts)
        {
            Resolve(text, section, parts.Owner, mentions);
            Resolve(text, section, parts.Owned, mentions);
            return;
        }

        // "Prof Joe Rafe CBE": honours after a name are no part of it.
        if (span.Words.Count >= 3 && Honours.Contains(span.Words[^1].Word))
        {
            Resolve(text, section, Sub(text, span, 0, span.Words.Count - 2), mentions);
            return;
        }

        var known = Known(text, span);
        var named = Determiners.Contains(span.Words[0].Word) && span.Words.Count > 1 ? Sub(text, span, 1, span.Words.Count - 1) : span;
        var whole = known.FirstOrDefault(k => k.Start <= named.Start && k.End == named.End); // the whole run, or the run and a number or word before it
        if (whole is not null)
        {
            mentions.Add(whole);
            return;
        }

        // "Barnsley", "Kensington and Chelsea": a place the store knows only by its council is a new area of that name; not
        // a place's name as a word of a phrase ("Greenwich partners", "Berkshire West local authorities"), nor a part of
        // the place ("north Lancashire" is not Lancashire).
        if (known.Count == 0 && IsPlace(named) && !ModifiesNext(text, named.End) && !PartOfPlaceBefore(text, named.Start))
        {
            mentions.Add(new Mention(named.Start, named.End, named.Text, New(Graph.Model.EntityKind.Area, PlaceConfidence, named.Text, text, section)));
            return;
        }

        // "The Leader of X", "Director of Public Health of the Council", "Management Lead for the X": a post of a body names
        // the body (the post's title starts with, or ends just before "of" / "for" with, a post word; "Lead/s" as "Lead").
        // The last "of" that is not inside a place's name ("Leader of City of York Council", "Chair of the Isle of Wight Council").
        var namedWords = named.Words.Select(w => w.Word).ToList();
        if (Enumerable.Range(1, Math.Max(0, namedWords.Count - 1)).LastOrDefault(i => namedWords[i] is "of" or "for" && !PlaceBeforeOf.Contains(namedWords[i - 1])) is var of and > 0 && of < named.Words.Count - 1
            && (Posts.Contains(named.Words[0].Word) || PartNouns.Contains(named.Words[0].Word) || Posts.Contains(named.Words[of - 1].Word.Split('/')[0])))
        {
            var bodyFirst = named.Words[of + 1].Word is "the" ? of + 2 : of + 1;
            if (bodyFirst < named.Words.Count)
            {
                Resolve(text, section, Sub(text, named, bodyFirst, named.Words.Count - 1), mentions);
                return;
            }
        }

        // "Chief Officer Northfield Carers Trust", "Senior Officer Northfield Mental Health": a post's title before a body's name (no "of").
        var postWords = named.Words.TakeWhile(w => Posts.Contains(w.Word)).Count();
        if (postWords > 0 && postWords <= named.Words.Count - 2 && !named.Words.Any(w => w.Word is "of" or "for") && PostNouns.Contains(named.Words[postWords - 1].Word))
        {
            Resolve(text, section, Sub(text, named, postWords, named.Words.Count - 1), mentions);
            return;
        }

        // "Councillor Ann Oakley", "Dr Ben Ash": a title before a known person is the person.
        if (NewEntityRules.IsPersonTitle(named.Words[0].Word) && known.FirstOrDefault(k => k.End == named.End && k.Start == named.Words[1].Start) is { Entity.Kind: Graph.Model.EntityKind.Person } person)
        {
            mentions.Add(person);
            return;
        }

        // "Northfield Council Chief Executive", "District Council Chief Executive": a body's name and then a post's title.
        var trailingPosts = named.Words.AsEnumerable().Reverse().TakeWhile(w => Posts.Contains(w.Word)).Count();
        if (trailingPosts > 0 && trailingPosts <= named.Words.Count - 2 && !named.Words.Any(w => w.Word is "of" or "for"))
        {
            Resolve(text, section, Sub(text, named, 0, named.Words.Count - 1 - trailingPosts), mentions);
            return;
        }

        // "A and B", "A & the B": two names joined, when both sides read as names on their own (both bodies, or both places).
        for (var i = 1; i < named.Words.Count - 1; i++)
        {
            if (named.Words[i].Word is "and" or "&")
            {
                var left = Sub(text, named, 0, i - 1);
                var rightFirst = named.Words[i + 1].Word is "the" ? i + 2 : i + 1;
                if (rightFirst < named.Words.Count && NameSpans.IsCapitalised(named.Words[rightFirst].Word))
                {
                    var right = Sub(text, named, rightFirst, named.Words.Count - 1);
                    // Places split only from places: "Norfolk and Waveney Health and Care Partnership" is one body's name.
                    if (IsName(text, left) && IsName(text, right) && IsPlace(left) == IsPlace(right))
                    {
                        Resolve(text, section, left, mentions);
                        Resolve(text, section, right, mentions);
                        return;
                    }

                    // "within NHS England and the Alliance was hosted by": a known name, then "and the" and only a kind of
                    // body; two names, not a body called "NHS England and the Alliance". The title is the paper's one body
                    // of that kind when there is one, else nothing the reading can name.
                    if (rightFirst == i + 2 && rightFirst == named.Words.Count - 1 && NewEntityRules.IsGenericName(right.Text)
                        && Known(text, left).Any(k => k.Start == left.Start && k.End == left.End))
                    {
                        Resolve(text, section, left, mentions);
                        if (Title(text, Sub(text, named, i + 1, named.Words.Count - 1), section) is { } titleMention)
                        {
                            mentions.Add(titleMention);
                        }

                        return;
                    }
                }
            }
        }

        // "Chief Executive", "Clinical Director": a post's title alone names no body.
        if (named.Words.All(w => Posts.Contains(w.Word) || w.Word is "of" or "and" or "the"))
        {
            return;
        }

        // "the Provider Collaborative SRO Diane Wake", "Ann Lee, Chief Executive": a person named by where the name stands.
        if (PersonNames.NameStart(text, named) is { } personAt)
        {
            if (personAt > 0)
            {
                Resolve(text, section, Sub(text, named, 0, personAt - 1), mentions);
            }

            var name = Sub(text, named, personAt, named.Words.Count - 1);
            var untitled = NewEntityRules.IsPersonTitle(name.Words[0].Word) ? Sub(text, name, 1, name.Words.Count - 1) : name;
            mentions.Add((catalog.Match(name.Text) ?? catalog.Match(untitled.Text)) is { } knownPerson
                ? new Mention(name.Start, name.End, name.Text, KnownCandidate(knownPerson, name.Text, text))
                : new Mention(name.Start, name.End, name.Text, New(Graph.Model.EntityKind.Person, PersonConfidence, name.Text, text, section)));
            return;
        }

        // "... Committee of the One Northshire Integrated Care System": a new name that runs into a known one ending where it
        // ends, joined by "of" or "for", is a post or part of the known body, which is what it names.
        if (known.FirstOrDefault(k => k.End == named.End && k.Start > named.Start) is { } tail
            && text[named.Start..tail.Start].TrimEnd() is var head && (head.EndsWith(" of", StringComparison.Ordinal) || head.EndsWith(" of the", StringComparison.Ordinal)
                || head.EndsWith(" for", StringComparison.Ordinal) || head.EndsWith(" for the", StringComparison.Ordinal)))
        {
            mentions.AddRange(known);
            return;
        }

        if (NewEntityRules.Read(text, span) is { } reading)
        {
            var start = span.Words[reading.SkipWords].Start;
            if (ShortFormOfKnown(reading.Name) is { } longer)
            {
                // "the Health and Wellbeing Board" in a paper that names "Northfield Health and Wellbeing Board": the short form.
                mentions.Add(new Mention(start, span.End, text[start..span.End], longer with { Confidence = Math.Min(longer.Confidence, TitleConfidence) }));
                return;
            }

            mentions.Add(new Mention(start, span.End, text[start..span.End], New(reading.Kind, reading.Confidence, reading.Name, text, section)));
            return;
        }

        if (Title(text, span, section) is { } title)
        {
            mentions.Add(title);
            return;
        }

        mentions.AddRange(known);
    }

    private bool IsPlace(NameSpan span) => places.Contains(EvidenceText.Fold(span.Text));

    /// <summary>True when a lower-case word other than "and" / "or" follows at once: the name qualifies that word.</summary>
    private static bool ModifiesNext(string text, int end) =>
        NextWord().Match(text, end) is { Success: true } next && next.Groups[1].Value is not ("and" or "or");

    /// <summary>
    /// True when a lower-case word for a part of a place stands just before it ("north", "rural", "inner"); read from
    /// the place backwards, so it looks at the words before the place only, not the whole passage up to it.
    /// </summary>
    private static bool PartOfPlaceBefore(string text, int start) => PlacePartBefore().IsMatch(text.AsSpan(0, start));

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:north|south|east|west|north-east|north-west|south-east|south-west|northern|southern|eastern|western|central|mid|rural|urban|inner|outer|coastal)\s+$", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.RightToLeft)]
    private static partial System.Text.RegularExpressions.Regex PlacePartBefore();

    [System.Text.RegularExpressions.GeneratedRegex(@"\(([^()]+)\)\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex TrailingBracket();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\w’'-])\p{Lu}[\w’'-]*", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex CapitalisedWords();

    [System.Text.RegularExpressions.GeneratedRegex(@"\G[ \t]+([a-z][\w-]*)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex NextWord();

    private static NameSpan Sub(string text, NameSpan span, int first, int last)
    {
        var words = span.Words.Skip(first).Take(last - first + 1).ToList();
        return new NameSpan(words[0].Start, words[^1].End, text[words[0].Start..words[^1].End], words);
    }

    /// <summary>A span without an opening word ("Our", "All") that is no part of a name.</summary>
    private static NameSpan Opened(string text, NameSpan span) =>
        NewEntityRules.IsOpener(span.Words[0].Word) && span.Words.Count > 1 ? Sub(text, span, 1, span.Words.Count - 1) : span;

    /// <summary>Known entities in a span, longest first, not overlapping.</summary>
    private List<Mention> Known(string text, NameSpan span)
    {
        var found = new List<Mention>();
        foreach (var start in NameSpans.PrefixesBefore(text, span))
        {
            if (catalog.Match(text[start..span.End]) is { } prefixed && Names(prefixed, text[start..span.End]))
            {
                found.Add(new Mention(start, span.End, text[start..span.End], KnownCandidate(prefixed, text[start..span.End], text)));
            }
        }

        foreach (var sub in NameSpans.SubSpans(text, span))
        {
            if (found.Any(f => sub.Start < f.End && f.Start < sub.End) || catalog.Match(sub.Text) is not { } match || !Names(match, sub.Text))
            {
                continue;
            }

            found.Add(new Mention(sub.Start, sub.End, sub.Text, KnownCandidate(match, sub.Text, text)));
        }

        return found;
    }

    private EntityCandidate New(Graph.Model.EntityKind kind, double confidence, string name, string passage, string? section)
    {
        var key = EvidenceText.Fold(name);
        if (newByName.TryGetValue(key, out var existing))
        {
            return existing;
        }

        var id = Slugs.Of(name);
        for (var n = 2; !usedIds.Add(id); n++)
        {
            id = $"{Slugs.Of(name)}-{n}";
        }

        return newByName[key] = new EntityCandidate(id, kind, name, null, confidence, name, passage, section);
    }
}
