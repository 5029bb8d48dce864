using SystemGraph.Graph.Seed.Validation;
using SystemGraph.Ingestion.Text;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>
/// Finds the entities a passage names: known ones by name, alias or ODS code (the longest run that matches wins), and
/// new ones by how papers name bodies (<see cref="NewEntityRules"/>). New entities are kept once per name, with the
/// first passage that named them.
/// </summary>
internal sealed class MentionFinder(EntityCatalog catalog, IReadOnlySet<string> takenIds)
{
    /// <summary>Known-entity confidence: by name, by alias or code.</summary>
    private const double ByName = 0.95, ByAlias = 0.85;

    /// <summary>Confidence of an entity read from a title ("the Council") as the one entity of the paper it fits.</summary>
    private const double TitleConfidence = 0.6;

    /// <summary>Words for a document's or body's stage that may stand between a determiner and a title ("the proposed Agreement").</summary>
    private static readonly HashSet<string> StageWords = new(StringComparer.Ordinal) { "proposed", "draft", "new", "revised", "current", "existing", "final", "shadow", "interim" };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "The", "the", "This", "A", "An", "These", "Our", "For" };

    /// <summary>Words a post's title starts with; "Leader of X" names X, not a new body.</summary>
    private static readonly HashSet<string> Posts = new(StringComparer.Ordinal)
    {
        "Leader", "Director", "Chief", "Chair", "Chairman", "Chairperson", "Head", "Member", "Members", "Executive", "Officer", "Representative",
        "Representatives", "Lead", "Deputy", "Senior", "Corporate", "Managing", "Associate", "Assistant", "Clinical", "Medical", "Cabinet",
    };

    private readonly Dictionary<string, EntityCandidate> inPaper = new(StringComparer.Ordinal);
    private bool primed;

    private readonly Dictionary<string, EntityCandidate> newByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EntityCandidate> knownById = new(StringComparer.Ordinal);
    private readonly HashSet<string> usedIds = new(takenIds, StringComparer.Ordinal);

    public IEnumerable<EntityCandidate> Entities => knownById.Values.Concat(newByName.Values);

    /// <summary>
    /// Every phrase of a paper worth looking up (runs of capitalised words, whole and in parts of up to six words), in its
    /// passages, table cells and every other line (headings and template fields: "Lead Officer: Name" is no passage),
    /// and the subjects of its programme templates as written ("Area: Name (note)", <see cref="FieldBlockFinder"/>).
    /// </summary>
    public static IReadOnlyCollection<string> Phrases(PaperText paper)
    {
        var phrases = new HashSet<string>(FieldBlockFinder.SubjectNames(paper.Text), StringComparer.Ordinal);
        var lines = paper.Text.Split('\n');
        var texts = paper.Passages.Select(p => p.Text).Concat(paper.Tables.SelectMany(t => t.Rows.SelectMany(r => r))).Concat(lines).Concat(WrappedPairs(lines));
        foreach (var passage in texts)
        {
            foreach (var span in NameSpans.Find(passage))
            {
                // Every part of up to six words, and the whole run however long ("Newcastle upon Tyne Hospitals NHS Foundation Trust").
                foreach (var sub in NameSpans.SubSpans(passage, span).Where(s => s.Words.Count <= 6 || s.Text == span.Text))
                {
                    phrases.Add(sub.Text);
                }

                foreach (var start in NameSpans.PrefixesBefore(passage, span))
                {
                    phrases.Add(passage[start..span.End]);
                }
            }

            foreach (var (_, _, text) in NameSpans.HeadPhrases(passage))
            {
                phrases.Add(text);
            }
        }

        return phrases;
    }

    /// <summary>
    /// The full names a paper's bodies may go by, given the areas it names: a paper about one place calls its bodies by
    /// short names ("the Health and Wellbeing Board" in a paper that names Halton may be the "Halton Health and Wellbeing
    /// Board"). Each new-body name of the paper with an area's name before it.
    /// </summary>
    public static IReadOnlyCollection<string> AreaQualified(PaperText paper, IReadOnlyCollection<string> areaNames)
    {
        var phrases = new HashSet<string>(StringComparer.Ordinal);
        if (areaNames.Count == 0)
        {
            return phrases;
        }

        foreach (var passage in paper.Passages.Select(p => p.Text).Concat(paper.Text.Split('\n')))
        {
            foreach (var span in NameSpans.Find(passage))
            {
                if (NewEntityRules.Read(passage, span) is { } reading)
                {
                    phrases.UnionWith(areaNames.Select(a => a + " " + reading.Name));
                }
            }
        }

        // One word that only says a kind of body ("Board", "Council", "The") names nothing: not worth a search.
        phrases.RemoveWhere(p => !p.Contains(' ', StringComparison.Ordinal) && (NewEntityRules.IsBodyWord(p) || Determiners.Contains(p)) && !p.All(char.IsUpper));
        return phrases;
    }

    /// <summary>
    /// Each line that ends in a word joined to the next non-empty line when that starts with a capital: a name the
    /// layout wrapped ("Chair of the Northfield Provider" / "Alliance") is looked up whole.
    /// </summary>
    public static IEnumerable<string> WrappedPairs(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Trim();
            var next = Enumerable.Range(i + 1, Math.Min(2, lines.Count - i - 1)).Select(j => lines[j].Trim()).FirstOrDefault(l => l.Length > 0);
            if (text.Length > 0 && char.IsLetter(text[^1]) && next is { Length: > 0 } && char.IsUpper(next[0]))
            {
                yield return text + " " + next;
            }
        }
    }

    public IReadOnlyList<Mention> Find(PaperPassage passage) => Find(passage.Text, passage.Section);

    /// <summary>The known entity a whole phrase names (name, alias or code), as one mention of all of it; null when none.</summary>
    public Mention? Whole(string phrase)
    {
        if (catalog.Match(phrase) is not { } match)
        {
            return null;
        }

        return new Mention(0, phrase.Length, phrase, KnownCandidate(match, phrase, phrase));
    }

    /// <summary>
    /// A new entity that a template names by where it stands ("Programme: X" names a programme, "SRO: X" a person),
    /// not by its wording; a known entity of that name is found first by <see cref="Whole"/>.
    /// </summary>
    public Mention NewByPlace(Graph.Model.EntityKind kind, double confidence, string name, int start, string passage, string? section) =>
        new(start, start + name.Length, name, New(kind, confidence, name, passage, section));

    /// <summary>A known entity as a candidate, once per entity: the first text that named it is kept.</summary>
    private EntityCandidate KnownCandidate((KnownEntity Entity, bool ByName) match, string matched, string passage) =>
        knownById.TryGetValue(match.Entity.Id, out var seen) ? seen : knownById[match.Entity.Id] = new EntityCandidate(
            match.Entity.Id, match.Entity.Kind, match.Entity.Name, match.Entity.Id, match.ByName ? ByName : ByAlias, matched, passage, null,
            match.Entity.ValidFrom, match.Entity.ValidTo, [match.Entity.Name, .. match.Entity.Aliases, .. match.Entity.OdsCode is { } c ? new[] { c } : []]);

    /// <summary>
    /// Reads the paper once to know which entities it names, so that a title ("the Council", "this Agreement") can be
    /// read as the one entity of the paper it fits (<see cref="Title"/>).
    /// </summary>
    public void Prime(PaperText paper)
    {
        foreach (var passage in paper.Passages)
        {
            foreach (var mention in Find(passage))
            {
                inPaper.TryAdd(mention.Entity.Id, mention.Entity);
            }
        }

        primed = true;
    }

    public IReadOnlyList<Mention> Find(string text, string? section)
    {
        var mentions = new List<Mention>();
        foreach (var span in NameSpans.Find(text))
        {
            Resolve(text, section, span, mentions);
        }

        WithLowerCaseNames(text, mentions);
        return [.. mentions.OrderBy(m => m.Start)];
    }

    /// <summary>
    /// Known names a paper writes in lower case ("the SEND board", "Leisure services"), longest first: one replaces the
    /// mentions it holds ("SEND" in "SEND board"); one that cuts across another mention is not taken.
    /// </summary>
    private void WithLowerCaseNames(string text, List<Mention> mentions)
    {
        foreach (var (start, end, phrase) in NameSpans.HeadPhrases(text).OrderByDescending(p => p.End - p.Start))
        {
            if (catalog.Match(phrase) is not { } match
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

        var known = Known(text, span);
        var named = Determiners.Contains(span.Words[0].Word) && span.Words.Count > 1 ? Sub(text, span, 1, span.Words.Count - 1) : span;
        var whole = known.FirstOrDefault(k => k.Start <= named.Start && k.End == named.End); // the whole run, or the run and a number or word before it
        if (whole is not null)
        {
            mentions.Add(whole);
            return;
        }

        // "The Leader of X", "Director of Public Health of the Council", "Management Lead for the X": a post of a body names
        // the body (the post's title starts with, or ends just before "of" / "for" with, a post word; "Lead/s" as "Lead").
        if (named.Words.Select(w => w.Word).ToList().FindLastIndex(w => w is "of" or "for") is var of and > 0 && of < named.Words.Count - 1
            && (Posts.Contains(named.Words[0].Word) || Posts.Contains(named.Words[of - 1].Word.Split('/')[0])))
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
        if (postWords > 0 && postWords <= named.Words.Count - 2 && !named.Words.Any(w => w.Word is "of" or "for"))
        {
            Resolve(text, section, Sub(text, named, postWords, named.Words.Count - 1), mentions);
            return;
        }

        // "A and B", "A & the B": two names joined, when both sides read as names on their own.
        for (var i = 1; i < named.Words.Count - 1; i++)
        {
            if (named.Words[i].Word is "and" or "&")
            {
                var left = Sub(text, named, 0, i - 1);
                var rightFirst = named.Words[i + 1].Word is "the" ? i + 2 : i + 1;
                if (rightFirst < named.Words.Count && NameSpans.IsCapitalised(named.Words[rightFirst].Word))
                {
                    var right = Sub(text, named, rightFirst, named.Words.Count - 1);
                    if (IsName(text, left) && IsName(text, right))
                    {
                        Resolve(text, section, left, mentions);
                        Resolve(text, section, right, mentions);
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

        if (Title(text, span) is { } title)
        {
            mentions.Add(title);
            return;
        }

        mentions.AddRange(known);
    }

    /// <summary>
    /// "the Health Research Authority's Confidentiality Advisory Group": a body's name, a possessive, and a board,
    /// committee or group of that body's: the two names, when each reads as a name (known, or by its head word) and
    /// the second is a board. The possessive is left between them, so a sentence can say whose the board is.
    /// </summary>
    private (NameSpan Owner, NameSpan Owned)? Possessive(string text, NameSpan span)
    {
        var at = span.Words.Take(span.Words.Count - 1).ToList().FindIndex(w => w.Word.EndsWith("'s", StringComparison.Ordinal) || w.Word.EndsWith("’s", StringComparison.Ordinal));
        if (at < 0 || NameSpans.IsCapitalised(span.Words[at + 1].Word) is false)
        {
            return null;
        }

        var ownerWords = span.Words.Take(at).Append((span.Words[at].Start, span.Words[at].End - 2, span.Words[at].Word[..^2])).ToList();
        var owner = new NameSpan(ownerWords[0].Start, ownerWords[^1].Item2, text[ownerWords[0].Start..ownerWords[^1].Item2], ownerWords);
        var owned = Sub(text, span, at + 1, span.Words.Count - 1);
        var ownedIsBoard = catalog.Match(owned.Text) is { } known ? known.Entity.Kind == Graph.Model.EntityKind.Board
            : NewEntityRules.Read(text, owned) is { Kind: Graph.Model.EntityKind.Board };
        var ownerIsBody = catalog.Match(owner.Text) is { Entity.Kind: Graph.Model.EntityKind.Organisation or Graph.Model.EntityKind.Board }
            || NewEntityRules.Read(text, owner) is { Kind: Graph.Model.EntityKind.Organisation or Graph.Model.EntityKind.Board };
        return ownedIsBoard && ownerIsBody ? (owner, owned) : null;
    }

    /// <summary>The one known entity of the paper whose name is this name with words before it ("X Health and Wellbeing Board").</summary>
    private EntityCandidate? ShortFormOfKnown(string name)
    {
        if (!primed)
        {
            return null;
        }

        var folded = " " + EvidenceText.Fold(name);
        var fits = inPaper.Values.Where(e => e.IsExisting && e.Names.Any(n => EvidenceText.Fold(n).EndsWith(folded, StringComparison.Ordinal))).ToList();
        if (fits.Count == 0)
        {
            // Not named in full in the paper: a known body of that name in one of the areas the paper names.
            var inAreas = inPaper.Values.Where(e => e.IsExisting && e.Kind == Graph.Model.EntityKind.Area)
                .Select(a => catalog.Match(a.Name + " " + name)).Where(m => m is not null).Select(m => m!.Value).DistinctBy(m => m.Entity.Id).ToList();
            return inAreas.Count == 1 ? KnownCandidate(inAreas[0], name, name) : null;
        }

        return fits.Count == 1 ? fits[0] : null;
    }

    private bool IsName(string text, NameSpan span) =>
        Known(text, span).Any(k => k.Start == span.Start && k.End == span.End) || NewEntityRules.Read(text, span) is not null;

    /// <summary>
    /// A title: "the Council", "this Memorandum of Understanding", "The Agreement": a determiner and only the words a kind
    /// of body is named by. It names the one entity of the paper whose name ends with the same word, when there is
    /// exactly one; the phrase is then kept as the line's mention (the validator's <c>mentions</c>).
    /// </summary>
    private Mention? Title(string text, NameSpan span)
    {
        if (!primed)
        {
            return null;
        }

        var startsWithDeterminer = Determiners.Contains(span.Words[0].Word) && span.Words.Count > 1;
        var before = text[..span.Start].TrimEnd();
        // "the proposed Agreement", "this draft Framework": a word saying the document's stage between determiner and title.
        var stage = before.LastIndexOf(' ') + 1;
        if (!startsWithDeterminer && StageWords.Contains(before[stage..]) && stage > 0)
        {
            before = before[..stage].TrimEnd();
        }

        var lastBefore = before[(before.LastIndexOf(' ') + 1)..];
        var determinerBefore = !startsWithDeterminer && lastBefore is "the" or "this" or "The" or "This";
        // A bare acronym of a kind of body ("partners from CCG, Public Health ...") is used as a name, as "the CCG" is;
        // so is a bare head word in a list of bodies ("Partners to this are Council, NCA, PCFT").
        var bareAcronym = span.Words.Count == 1 && span.Words[0].Word.Length >= 3
            && (span.Words[0].Word.All(char.IsUpper) || (before.EndsWith(',') || lastBefore is "are" or "from" or "between" or "and"));
        if (!startsWithDeterminer && !determinerBefore && !bareAcronym)
        {
            return null;
        }

        if (bareAcronym)
        {
            determinerBefore = false;
        }

        var words = span.Words.Skip(startsWithDeterminer ? 1 : 0).Select(w => w.Word).ToList();
        if (!NewEntityRules.IsTitleWording(words))
        {
            return null;
        }

        var head = words[^1];
        var fits = inPaper.Values.Where(e => e.Names.Any(n => LastWord(n).Equals(head, StringComparison.OrdinalIgnoreCase))).ToList();
        if (fits.Count != 1)
        {
            return null;
        }

        var start = startsWithDeterminer || !determinerBefore ? span.Start : before.Length - lastBefore.Length;
        var phrase = text[start..span.End];
        return new Mention(start, span.End, phrase, fits[0] with { Confidence = Math.Min(fits[0].Confidence, TitleConfidence) });
    }

    private static string LastWord(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } w ? w[^1].Trim('(', ')', '.', ',') : name;

    private static NameSpan Sub(string text, NameSpan span, int first, int last)
    {
        var words = span.Words.Skip(first).Take(last - first + 1).ToList();
        return new NameSpan(words[0].Start, words[^1].End, text[words[0].Start..words[^1].End], words);
    }

    /// <summary>Known entities in a span, longest first, not overlapping.</summary>
    private List<Mention> Known(string text, NameSpan span)
    {
        var found = new List<Mention>();
        foreach (var start in NameSpans.PrefixesBefore(text, span))
        {
            if (catalog.Match(text[start..span.End]) is { } prefixed)
            {
                found.Add(new Mention(start, span.End, text[start..span.End], KnownCandidate(prefixed, text[start..span.End], text)));
            }
        }

        foreach (var sub in NameSpans.SubSpans(text, span))
        {
            if (found.Any(f => sub.Start < f.End && f.Start < sub.End) || catalog.Match(sub.Text) is not { } match)
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
