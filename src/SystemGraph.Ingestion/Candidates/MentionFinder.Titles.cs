using System.Text.RegularExpressions;
using SystemGraph.Graph.Seed.Validation;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>
/// Names that are not a body's own name: a possessive ("the X Authority's Y Group"), a short name of a body the paper
/// or its area names ("the Health and Wellbeing Board"), and a title ("the Council", "this Agreement", a bare "CCG").
/// </summary>
internal sealed partial class MentionFinder
{
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
            || NewEntityRules.Read(text, owner) is { Kind: Graph.Model.EntityKind.Organisation or Graph.Model.EntityKind.Board }
            || (owner.Words.Count == 1 && owner.Text.Length >= 2 && owner.Text.All(char.IsUpper)); // "the ICB's X Board": an acronym owns it
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
        Known(text, span).Any(k => k.Start == span.Start && k.End == span.End) || NewEntityRules.Read(text, span) is not null || IsPlace(span);

    /// <summary>
    /// A title: "the Council", "this Memorandum of Understanding", "The Agreement": a determiner and only the words a kind
    /// of body is named by. It names the one entity of the paper whose name ends with the same word, when there is
    /// exactly one; the phrase is then kept as the line's mention (the validator's <c>mentions</c>).
    /// </summary>
    private Mention? Title(string text, NameSpan span, string? section)
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
        if (!NewEntityRules.IsTitleWording(words) || TitleFit(words, section, startsWithDeterminer) is not { } fit)
        {
            return null;
        }

        var start = startsWithDeterminer || !determinerBefore ? span.Start : before.Length - lastBefore.Length;
        return new Mention(start, span.End, text[start..span.End], fit);
    }

    /// <summary>
    /// The one entity of the paper a title's words fit, at the title's confidence; null when none or several do.
    /// <paramref name="determined"/>: the title has its own determiner ("the Board"), so a section's heading may say which.
    /// </summary>
    private EntityCandidate? TitleFit(IReadOnlyList<string> words, string? section, bool determined)
    {
        // Every word of the title is in the name ("the Council" for "X Council"; not "the Programme Board" for "X Care Board").
        var head = words[^1];
        var titleWords = words.Select(w => EvidenceText.Fold(w)).Where(w => w is not ("of" or "the")).ToList();
        var fits = OneUnderManyNames(inPaper.Values.Where(e => e.Names.Any(n => LastWord(n).Equals(head, StringComparison.OrdinalIgnoreCase)
            && titleWords.All(EvidenceText.Fold(n).Split(' ').Contains))).ToList());
        // "This Committee is accountable to the board" under the heading "Audit Committee (ICB Committee)": the body the
        // section's heading names, when the paper has more than one of that kind.
        if (fits.Count != 1 && determined && HeadingBody(section, head, titleWords) is { } headed)
        {
            fits = [headed];
        }

        // "The membership of the Board will consist of:" in the terms of reference of one of the paper's boards: the board
        // the paper is about (its head names it), when it is one of those the title fits.
        if (fits.Count > 1 && Subject is { } subject && fits.Any(f => f.Id == subject.Entity.Id))
        {
            fits = [fits.First(f => f.Id == subject.Entity.Id)];
        }

        return fits.Count == 1 ? fits[0] with { Confidence = Math.Min(fits[0].Confidence, TitleConfidence) } : null;
    }

    /// <summary>
    /// A title in lower case ("The partnership is made up of ...", "the board will meet"): "the" or "this", words a kind
    /// of body is named by, and a word that ends the phrase (a verb, a small word, punctuation: not "the partnership
    /// approach"). It names what the capitalised title would (<see cref="TitleFit"/>); the phrase is the line's mention.
    /// </summary>
    private void WithLowerCaseTitles(string text, string? section, List<Mention> mentions)
    {
        if (!primed)
        {
            return;
        }

        foreach (Match title in LowerCaseTitle().Matches(text))
        {
            var phrase = title.Groups["title"];
            // "the new partnership": a stage word says which time of the body, not which body.
            var words = phrase.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Where(w => !StageWords.Contains(w)).Select(Capitalised).ToList();
            var (start, end) = (phrase.Index, phrase.Index + phrase.Length);
            if (!NewEntityRules.IsTitleWording(words) || mentions.Any(m => m.Start < end && start < m.End) || TitleFit(words, section, determined: true) is not { } fit)
            {
                continue;
            }

            mentions.Add(new Mention(start, end, phrase.Value, fit));
        }

        static string Capitalised(string word) => string.Join('-', word.Split('-').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
    }

    /// <summary>
    /// "the" or "this", up to two lower-case words, a head word of a body in lower case, and then the end of the phrase:
    /// punctuation, a possessive, or a word that cannot go on a noun phrase (a verb or a small word). Every part is bounded,
    /// so it runs in linear time and needs no time limit (see <see cref="LineCues"/>).
    /// </summary>
    [GeneratedRegex(@"(?<![\w-])(?<title>(?:[Tt]he|[Tt]his)(?: [a-z][a-z-]*){0,2}? (?:board|committee|sub-committee|subcommittee|partnership|alliance|collaborative|group|forum|panel|council|trust|network|federation|assembly))(?=['’]s\b|\s*[,.;:)\n]|\s*$| (?:is|are|was|were|will|would|shall|should|may|must|can|could|has|have|had|does|did|meets|met|reports|comprises|consists|includes|brings|and|or|of|to|in|on|with|for|by|as|at|which|who|that|whose|through|from|also|itself|then|currently)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex LowerCaseTitle();

    /// <summary>The one body a section's heading names whose name ends with the title's head and holds its words; null otherwise.</summary>
    private EntityCandidate? HeadingBody(string? section, string head, IReadOnlyList<string> titleWords)
    {
        if (section is null || readingHeading)
        {
            return null;
        }

        readingHeading = true;
        try
        {
            var bodies = Find(section, null).Select(m => m.Entity).Where(e => e.Kind is Graph.Model.EntityKind.Board or Graph.Model.EntityKind.Organisation
                && e.Names.Any(n => LastWord(n).Equals(head, StringComparison.OrdinalIgnoreCase) && titleWords.All(EvidenceText.Fold(n).Split(' ').Contains))).DistinctBy(e => e.Id).ToList();
            return bodies.Count == 1 ? bodies[0] : null;
        }
        finally
        {
            readingHeading = false;
        }
    }

    /// <summary>True while a heading is read for the body it names (no heading is read inside another).</summary>
    private bool readingHeading;

    /// <summary>
    /// New agreements a paper names in shorter and longer forms ("the X Alliance Agreement", "the X Health &amp; Care
    /// System Alliance Agreement"), every shorter form's words among the longest's: one document, which a title means;
    /// otherwise the candidates as they are. Bodies are not folded so: "X Board" and "X Partnership Board" may be two.
    /// </summary>
    private static List<EntityCandidate> OneUnderManyNames(List<EntityCandidate> fits)
    {
        if (fits.Count < 2 || fits.Any(f => f.IsExisting || f.Kind != Graph.Model.EntityKind.Agreement))
        {
            return fits;
        }

        var longest = fits.MaxBy(f => f.Name.Length)!;
        var words = Words(longest.Name);
        return fits.All(f => Words(f.Name).IsSubsetOf(words) && Words(f.Name).First() == words.First()) ? [longest] : fits;

        static HashSet<string> Words(string name) => [.. EvidenceText.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries)];
    }

    private static string LastWord(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } w ? w[^1].Trim('(', ')', '.', ',') : name;
}
