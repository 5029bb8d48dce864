using System.Text.RegularExpressions;
using SystemGraph.Graph.Model;
using SystemGraph.Ingestion.Text;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>
/// The body a paper is about, read from its head: the terms of reference, minutes or membership page of one board,
/// committee or partnership names it above everything else ("Wexcombe Joint Health Overview and Scrutiny
/// Committee", "X Board - Thursday, 8th June, 2023", "Y Board / Terms of Reference"). Such a paper calls it "the
/// Board" or "the Committee" and lists its members under "Membership" without naming it again.
/// </summary>
internal sealed partial class MentionFinder
{
    /// <summary>How many non-empty lines from the top make the paper's head.</summary>
    private const int HeadLines = 6;

    /// <summary>A line of this many words or more is prose: the head ends before it.</summary>
    private const int HeadLineMaxWords = 15;

    /// <summary>The body the paper is about, and where its head names it; null when the head names none, or several without saying which.</summary>
    public Mention? Subject { get; private set; }

    /// <summary>
    /// Reads the paper's head for its subject. A head line that says what the paper is ("Terms of Reference",
    /// "Minutes", "Agenda", "Membership", "Constitution") means the one body it names, or the one body the head line just
    /// above it names ("X Board" / "TERMS OF REFERENCE"; for the first line, the line below it), and no other: when that
    /// line names no body this reading knows, or two, the paper has no subject here. Otherwise the head must name one body only: a paper whose head
    /// names two (a parent board and its sub-committee) is about one of them, and the head does not say which.
    /// </summary>
    private void ReadSubject(PaperText paper)
    {
        var (lines, starts) = (PaperLines.Of(paper).Lines, PaperLines.Of(paper).Starts);
        var head = new List<(int Start, IReadOnlyList<Mention> Bodies, bool SaysWhatPaper, IEnumerable<string> Named)>();
        for (var i = 0; i < lines.Count && head.Count < HeadLines; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            // Prose ends the head; a long heading in capitals ("X COMMITTEE FRIDAY, 31 JANUARY 2020 AT 10.00 AM ...") does not.
            var words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length >= HeadLineMaxWords && words.Count(w => char.IsLower(w[0])) * 4 > words.Length)
            {
                break;
            }

            var at = starts[i] + lines[i].IndexOf(line, StringComparison.Ordinal);
            var inLine = FindAnew(line, null).Where(m => m.Entity.Kind is EntityKind.Board or EntityKind.Organisation or EntityKind.Programme).ToList();
            var bodies = inLine.Where(m => WholeName(line, m)).Select(m => m with { Start = at + m.Start, End = at + m.End }).ToList();
            var says = PaperKindWords().Match(line);
            if (bodies.Count == 0 && says is { Success: true, Index: > 0 } && line[..says.Index].TrimEnd(' ', '-', '–', '—', ':', ',', '|') is { Length: > 0 } named
                && FindAnew(named, null).SingleOrDefault(m => m.Start == 0 && m.End == named.Length && m.Entity.Kind is EntityKind.Board or EntityKind.Organisation or EntityKind.Programme) is { } name)
            {
                // "Wexcombe Outbreak Engagement Board Terms of Reference V5": the name before what the paper is, read alone.
                bodies.Add(name with { Start = at + name.Start, End = at + name.End });
                inLine.Add(name);
            }

            // "X COMMITTEE FRIDAY, 31 JANUARY 2020 AT 10.00 AM, Y CIVIC CENTRE": a meeting's heading names the body, then
            // when and where it meets; a venue after the date is no second body of the head.
            if (bodies.Count > 0 && MeetingDate().Match(line, bodies[0].End - at) is { Success: true } date)
            {
                inLine.RemoveAll(m => m.Start >= date.Index);
            }

            head.Add((at, bodies, says.Success, inLine.Select(m => m.Entity.Id)));
            if (LineFinder.SubjectMembershipHeading().IsMatch(line))
            {
                break; // "MEMBERS": the head ends; the lines below are the members, whose bodies are not what the paper is about
            }
        }

        for (var i = 0; i < head.Count; i++)
        {
            if (!head[i].SaysWhatPaper)
            {
                continue;
            }

            // "X Board / TERMS OF REFERENCE": the line above; "Agenda and minutes / X Board - Thursday, 8th June": the line below.
            var at = head[i].Bodies.Count > 0 ? i : i > 0 ? i - 1 : i + 1 < head.Count ? i + 1 : i;
            // One body, or none read (a name this reading does not know): the head says which body, so no other is taken for it.
            Subject = head[at].Bodies.Count > 0 && head[at].Named.Distinct(StringComparer.Ordinal).Count() == 1 ? head[at].Bodies[0] : null;
            return;
        }

        // Otherwise the head must name one body in all ("X and Y" names two, though only X opens its line).
        var all = head.SelectMany(h => h.Bodies).ToList();
        Subject = all.Count > 0 && head.SelectMany(h => h.Named).Distinct(StringComparer.Ordinal).Count() == 1 ? all[0] : null;
    }

    /// <summary>
    /// Whether a mention in a head line is the name the line is headed with: it opens the line (after only words for what
    /// the paper is), and no capitalised word of a longer name runs on from it ("WEXCOMBE CLINICAL COMMISSIONING GROUP EXECUTIVE - PERFORMANCE BOARD" is not the CCG it
    /// starts with), other than a date, a weekday or what the paper is ("X Board - Thursday, 8th June", "X Board Terms of
    /// Reference", "Minutes of the Meeting of X held at").
    /// </summary>
    private static bool WholeName(string line, Mention mention)
    {
        // The name opens the line, or follows only what the paper is ("Minutes of the Meeting of", "Draft Terms of Reference for").
        var before = line[..mention.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var after = line[mention.End..].TrimStart(' ', '–', '-', '—', ':', '|', ',').Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return before.All(w => HeadWord().IsMatch(w) || PaperKindWords().IsMatch(w) || w is "of" or "for" or "to" or "a" or "an" || Numbering().IsMatch(w))
            && RunsOn(after) is false;

        static bool RunsOn(string? word) => word is { Length: > 0 } && char.IsUpper(word[0]) && !word.StartsWith('(') && !HeadWord().IsMatch(word) && !PaperKindWords().IsMatch(word);
    }

    /// <summary>Weekdays and months as the head's patterns match them (ignoring case).</summary>
    private const string Weekday = "monday|tuesday|wednesday|thursday|friday|saturday|sunday", Month = "january|february|march|april|may|june|july|august|september|october|november|december";

    /// <summary>Words that may stand next to a body's name in a head: a weekday, a month, "The", "Agenda", "Minutes".</summary>
    [GeneratedRegex(@"^(?:" + Weekday + "|" + Month + @"|the|terms|reference|draft|minutes|agenda|meeting|notes|membership|constitution)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadWord();

    /// <summary>When a meeting is held, as a heading says it: a weekday, or a day of a month ("31 January", "8th June").</summary>
    [GeneratedRegex(@"\b(?:" + Weekday + @"|\d{1,2}(?:st|nd|rd|th)?\s+(?:" + Month + @"))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MeetingDate();

    /// <summary>A paragraph's or appendix's number before a heading: "A.2.1", "5.9a", "3.".</summary>
    [GeneratedRegex(@"^(?:[A-Z]\.)?\d+(?:\.\d+)*[a-z]?\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex Numbering();

    /// <summary>What a paper is, as its head says it: terms of reference, minutes, an agenda, a membership, a constitution.</summary>
    [GeneratedRegex(@"\b(?:terms\s+(?:for|of)\s+reference|minutes|agenda|membership|constitution|meeting)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PaperKindWords();
}
