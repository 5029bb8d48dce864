using System.Text.RegularExpressions;
using SystemGraph.Graph.Seed.Validation;
using SystemGraph.Ingestion.Text;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>
/// Short forms a paper defines for the bodies it names: "The Locality Integration Board ("LIB")", "NHS X CCG (the
/// CCG) has established this committee (the Committee)", "the Partnership Board (hereafter "the Board")". Governance
/// papers name a body in full once and then by the short form; the short form names that body in this paper only.
/// </summary>
internal sealed partial class MentionFinder
{
    /// <summary>Confidence of a body the paper names only by its kind and a short form it defines ("the Integrated Care Partnership (ICP)").</summary>
    private const double DefinedClassConfidence = 0.5;

    /// <summary>The short forms this paper defines, folded, and the entity each names (null: defined for two, so neither).</summary>
    private readonly Dictionary<string, EntityCandidate?> defined = new(StringComparer.Ordinal);

    /// <summary>The defined forms as the paper writes them, with how each is looked for.</summary>
    private readonly List<(Regex Form, string Key)> definedForms = [];

    /// <summary>Reads the definitions after each mention of a body in the paper's passages and lines.</summary>
    private void ReadDefinitions(PaperText paper)
    {
        foreach (var text in paper.Passages.Select(p => p.Text).Concat(PaperLines.Of(paper).Lines))
        {
            var found = Find(text, null);
            foreach (var span in NameSpans.Find(text))
            {
                // "The Integrated Care Partnership (“ICP”) is ...": a name that only says a kind of body is this paper's own
                // body of that kind when the paper gives it a short form that abbreviates it.
                if (!found.Any(m => m.End == span.End) && Definition().Match(text, span.End) is { Success: true } defines
                    && defines.Groups["short"].Value.Trim() is var shortForm && IsAcronym(shortForm)
                    && NewEntityRules.ClassOf(span.Words.Select(w => w.Word).SkipWhile(w => Determiners.Contains(w)).ToList()) is { } kind
                    && Abbreviates(shortForm, string.Join(' ', span.Words.Select(w => w.Word).SkipWhile(w => Determiners.Contains(w)))))
                {
                    var name = string.Join(' ', span.Words.Select(w => w.Word).SkipWhile(w => Determiners.Contains(w)));
                    var start = text.IndexOf(name, span.Start, StringComparison.Ordinal);
                    if (start >= 0 && text.AsSpan(start, name.Length).SequenceEqual(name))
                    {
                        Define(shortForm, true, New(kind, DefinedClassConfidence, text.Substring(start, name.Length), text, null));
                    }
                }
            }

            foreach (var mention in found)
            {
                // "South Yorkshire and Bassetlaw (SYB) ICS": the short form inside the name is the name's too.
                if (mention.Entity.Kind != Graph.Model.EntityKind.Person && InnerDefinition().Match(mention.Text) is { Success: true } inner
                    && Abbreviates(inner.Groups["short"].Value, mention.Text[..inner.Index]))
                {
                    Define(inner.Groups["short"].Value, true, mention.Entity);
                }

                if (mention.Entity.Kind == Graph.Model.EntityKind.Person || Definition().Match(text, mention.End) is not { Success: true } match)
                {
                    continue;
                }

                var form = match.Groups["short"].Value.Trim();
                var acronym = IsAcronym(form);
                if (acronym && !Abbreviates(form, mention.Text))
                {
                    continue;
                }

                if (!acronym && !(form.Split(' ') is { Length: <= 3 } words && NewEntityRules.IsNamingHead(words[^1]) && !words.Any(w => Posts.Contains(char.ToUpperInvariant(w[0]) + w[1..]))))
                {
                    continue;
                }

                Define(form, acronym, mention.Entity);
            }
        }
    }

    private void Define(string form, bool acronym, EntityCandidate entity)
    {
        var key = EvidenceText.Fold(form);
        if (defined.TryGetValue(key, out var earlier))
        {
            if (earlier is not null && earlier.Id != entity.Id)
            {
                defined[key] = null;
            }

            return;
        }

        defined[key] = entity;
        definedForms.Add((acronym
            ? new Regex(@"(?<![\w-])" + Regex.Escape(form) + @"(?![\w-])", RegexOptions.CultureInvariant)
            : new Regex(@"\b(?:the|this|our|The|This|Our)\s+" + Regex.Escape(form).Replace(@"\ ", @"\s+", StringComparison.Ordinal) + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
            key));
    }

    /// <summary>
    /// The paper's defined short forms in a passage, as mentions of the bodies they were defined for. One inside a longer
    /// mention ("HWB" in "the HWB Steering Group") is part of that name; one that holds shorter mentions replaces them.
    /// </summary>
    private void WithDefinedShortForms(string text, List<Mention> mentions)
    {
        foreach (var (form, key) in definedForms)
        {
            if (defined[key] is not { } entity)
            {
                continue;
            }

            foreach (Match match in form.Matches(text))
            {
                var (start, end) = (match.Index, match.Index + match.Length);

                // "The HSCP" read as a known body of another place by an alias of its own: the paper defined "HSCP" for its
                // own body, and its definition is what the paper means by it (unless the body defined is that known one by
                // its names: "Joint Health Overview and Scrutiny Committee (JHOSC)" as one of them).
                var aliased = mentions.FindIndex(m => m.Start <= start && end <= m.End && m.Entity.Id != entity.Id && m.Entity.IsExisting
                    && !m.Entity.Names.Take(1).Any(n => EvidenceText.Fold(n) == EvidenceText.Fold(m.Text))
                    && !m.Entity.Names.Any(n => EvidenceText.Fold(n).Contains(EvidenceText.Fold(entity.Name), StringComparison.Ordinal))
                    && EvidenceText.Fold(WithoutDeterminer(m.Text)) == EvidenceText.Fold(match.Value));
                if (aliased >= 0)
                {
                    mentions[aliased] = mentions[aliased] with { Entity = entity };
                    continue;
                }

                if (mentions.Any(m => m.Start <= start && end <= m.End && (m.End - m.Start > end - start || m.Entity.Id == entity.Id))
                    || mentions.Any(m => m.Start < end && start < m.End && !(start <= m.Start && m.End <= end)))
                {
                    continue;
                }

                mentions.RemoveAll(m => start <= m.Start && m.End <= end);
                mentions.Add(new Mention(start, end, match.Value, entity));
            }
        }
    }

    /// <summary>
    /// True when an acronym abbreviates the name it follows: its letters are the initials of the name's words in order
    /// (small words passed over; a word may give more than one letter, "NHSE" for "NHS England"), or of the name's last
    /// words after "NHS" and place names ("NHS Dorset Integrated Care Board (ICB)"). "X Handbook for NHS Dorset ICB (ICB)"
    /// is refused: the acronym is another body's, named inside the name.
    /// </summary>
    private static bool Abbreviates(string acronym, string name)
    {
        var words = name.Split([' ', '-', ','], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("of" or "and" or "the" or "for" or "&" or "in" or "on" or "The")).ToList();
        var initials = string.Concat(words.Select(w => char.ToUpperInvariant(w[0])));
        var letters = acronym.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        if (initials == letters || string.Concat(words.Select(w => w.All(char.IsUpper) ? w : w[..1].ToUpperInvariant())) == letters)
        {
            return true;
        }

        // A tail: the words before it are "NHS" and capitalised place words, no "for" or head word among them.
        return initials.EndsWith(letters, StringComparison.Ordinal) && !name.Contains(" for ", StringComparison.Ordinal)
            && words.Take(words.Count - letters.Length).All(w => !NewEntityRules.IsNamingHead(w));
    }

    /// <summary>Two to eight letters, two or more of them capitals, no digits, not a plural: "LIB", "HWBSG", "NHSE", "BCPC".</summary>
    private static bool IsAcronym(string form) =>
        form.Length is >= 2 and <= 12 && form.Replace(" ", string.Empty, StringComparison.Ordinal).All(char.IsLetter) && form.Split(' ').All(p => p.Length is >= 2 and <= 8) && char.IsUpper(form[0]) && form.Count(char.IsUpper) >= 2
        && !(form.EndsWith('s') && char.IsUpper(form[^2])); // "PCNs": a class of bodies, not one

    /// <summary>
    /// A definition right after a name: "(“LIB”)", "(the CCG)", "(the "Committee")", "(hereafter “the Board”)",
    /// "(referred to as the Partnership)".
    /// </summary>
    [GeneratedRegex(@" \((?<short>[A-Z]{2,8}(?: [A-Z]{2,8})?)\) ", RegexOptions.CultureInvariant)]
    private static partial Regex InnerDefinition();

    [GeneratedRegex(@"\G\s*\(\s*(?:(?:hereafter|hereinafter|referred\s+to\s+as|known\s+as|called)\s+)?(?:the\s+)?[""“‘']?\s*(?:the\s+)?(?<short>[A-Za-z][A-Za-z&\- ]{0,40}?)\s*[""”’']?\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Definition();
}
