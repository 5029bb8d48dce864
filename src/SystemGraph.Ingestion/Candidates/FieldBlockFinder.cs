using System.Text.RegularExpressions;
using SystemGraph.Graph.Model;
using SystemGraph.Ingestion.Text;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>
/// Lines read from programme templates: a subject line ("Area: X", "Programme: X", "Workstream: X") followed, on the
/// same line or the next few, by role fields ("SRO: Name", "Lead Officer(s): Name", "Chair: Name"). The quote runs
/// from the subject line to the field, as the paper has it, so it names both ends and the role (a STATED line).
/// </summary>
internal static partial class FieldBlockFinder
{
    /// <summary>Lines after a subject line its fields may be on.</summary>
    private const int BlockLines = 8;

    /// <summary>The longest quote a block may give (a longer one is not a template block).</summary>
    private const int MaxQuoteChars = 400;

    private const double Confidence = 0.8;

    /// <summary>Confidence of a new entity read from its place in a template (not from a known name or a head word).</summary>
    private const double NewConfidence = 0.55;

    public static IEnumerable<LineCandidate> Find(PaperText paper, MentionFinder mentions)
    {
        var (lines, offsets) = (PaperLines.Of(paper).Lines, PaperLines.Of(paper).Starts);

        (int Line, Mention Subject)? subject = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var fields = Field().Matches(line);
            if (SubjectLine().Match(line) is { Success: true } s)
            {
                var upTo = fields.Count > 0 ? fields[0].Index : line.Length;
                var named = s.Groups["name"].Index < upTo ? line[s.Groups["name"].Index..upTo] : string.Empty;
                var whole = Variants(named).Select(mentions.Whole).FirstOrDefault(m => m is not null && m.Entity.Kind is not EntityKind.Person);
                subject = (whole ?? mentions.Find(named, null).FirstOrDefault(m => m.Entity.Kind is not EntityKind.Person) ?? NewSubject(named, line, mentions)) is { } m
                    ? (i, m)
                    : null;
            }
            else if (subject is { } open && (i - open.Line > BlockLines || Words(line) > 20))
            {
                subject = null;
            }

            if (subject is not { } current)
            {
                continue;
            }

            for (var f = 0; f < fields.Count; f++)
            {
                var valueEnd = f + 1 < fields.Count ? fields[f + 1].Index : line.Length;
                var valueStart = fields[f].Index + fields[f].Length;
                if (valueStart >= valueEnd
                    || (mentions.Find(line[valueStart..valueEnd], null).FirstOrDefault(m => m.Entity.Kind == EntityKind.Person) ?? NewPerson(line[valueStart..valueEnd], line, mentions)) is not { } person)
                {
                    continue;
                }

                var quote = Fold(paper.Text[offsets[current.Line]..(offsets[i] + valueStart + person.End)]);
                if (quote.Length > MaxQuoteChars)
                {
                    continue;
                }

                var label = fields[f].Groups["label"].Value;
                var type = label.StartsWith("Chair", StringComparison.OrdinalIgnoreCase) ? RelationshipType.Chairs
                    : label.StartsWith("SRO", StringComparison.OrdinalIgnoreCase) || label.StartsWith("Senior", StringComparison.OrdinalIgnoreCase) ? RelationshipType.SroFor
                    : RelationshipType.Leads;
                var section = paper.Sections.LastOrDefault(x => x.Line <= current.Line + 1)?.Label;
                yield return new LineCandidate(type, person.Entity, current.Subject.Entity, RelationshipStatus.InForce, null, null, null,
                    type == RelationshipType.Leads ? Fold(label.Replace("(s)", string.Empty, StringComparison.Ordinal)).Trim('*', ' ', ':') : null, RelationshipBasis.Stated, null,
                    [new CandidateSource(quote, section)], [], Titles(current.Subject), Confidence);
            }
        }
    }

    /// <summary>
    /// A subject no known entity has: a new programme named as the template writes it (without a bracketed note that
    /// starts in lower case), when it reads as a name: capitalised, at most twelve words, not a sentence.
    /// </summary>
    private static Mention? NewSubject(string named, string line, MentionFinder mentions)
    {
        // A bracketed note ("(inc. transition to adulthood)") is not part of the name; capitalised words in brackets are ("(Strength & Balance)").
        var variants = Variants(named).ToList();
        var note = variants.Count > 1 && variants[0][(variants[1].Length)..].TrimStart(' ', '-', '–', ':', '(') is { Length: > 0 } tail && !char.IsUpper(tail[0]);
        if ((note ? variants[^1] : variants.FirstOrDefault()) is not { } name || !char.IsUpper(name[0]) || Words(name) > 12 || name.IndexOfAny(['.', ';', '?', '!']) >= 0
            || line.IndexOf(name, StringComparison.Ordinal) is not (var at and >= 0))
        {
            return null;
        }

        return mentions.NewByPlace(EntityKind.Programme, NewConfidence, name, at, line, null);
    }

    /// <summary>
    /// A field's value that no known person has: a new person when it reads as a personal name ("Jane Doe", "Amir
    /// Khan-Smith", "Mary O'Neil": two or three capitalised words, none a word bodies are named by), before any comma.
    /// </summary>
    private static Mention? NewPerson(string value, string line, MentionFinder mentions)
    {
        var name = Fold(value.Split(',')[0]).Trim('*', ' ', ':', '-', '–');
        if (!PersonName().IsMatch(name) || name.Split(' ').Any(NewEntityRules.IsBodyWord) || value.IndexOf(name, StringComparison.Ordinal) is not (var at and >= 0))
        {
            return null;
        }

        return mentions.NewByPlace(EntityKind.Person, NewConfidence, name, at, line, null);
    }

    /// <summary>The subjects of a paper's template blocks as written, and their short forms (<see cref="Variants"/>): phrases to look up.</summary>
    public static IEnumerable<string> SubjectNames(string text) =>
        text.Split('\n').Select(l => SubjectLine().Match(l)).Where(m => m.Success).SelectMany(m =>
        {
            var named = m.Groups["name"].Value;
            return Variants(Field().Match(named) is { Success: true } f ? named[..f.Index] : named);
        });

    /// <summary>
    /// A template subject as written and its short forms: without emphasis marks, without a closing bracketed note
    /// ("SEND (inc. transition to adulthood)"), the whole subject being the entity's name or alias.
    /// </summary>
    private static IEnumerable<string> Variants(string named)
    {
        var plain = Fold(named).Trim('*', ' ', ':', '-', '–');
        if (plain.Length == 0)
        {
            yield break;
        }

        yield return plain;
        if (plain.EndsWith(')') && plain.LastIndexOf('(') is var open and > 0)
        {
            yield return plain[..open].TrimEnd(' ', '-', '–', ':');
        }
    }

    private static IReadOnlyList<string> Titles(Mention mention) =>
        mention.Entity.Names.Any(n => Graph.Seed.Validation.EvidenceText.Fold(n) == Graph.Seed.Validation.EvidenceText.Fold(mention.Text)) ? [] : [mention.Text];

    private static int Words(string line) => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Fold(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"^\s*(?:\*\*)?\s*(?:Area|Programme|Program|Workstream|Work\s+stream|Project|Priority)\s*(?:\*\*)?\s*:\s*(?:\*\*)?\s*(?<name>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectLine();

    [GeneratedRegex(@"(?:\*\*)?\s*\b(?<label>SRO|Senior\s+Responsible\s+(?:Owner|Officer)|Lead\s+Officers?(?:\(s\))?|(?:Clinical\s+|Programme\s+|Project\s+)?Lead|Chair(?:person)?)(?![A-Za-z])\s*(?:\*\*)?\s*:?\s*(?:\*\*)?\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Field();

    [GeneratedRegex(@"^[A-Z][a-z]*(?:['’-][A-Z]?[a-z]+)*(?: [A-Z][a-z]*(?:['’-][A-Z]?[a-z]+)*){1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex PersonName();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
