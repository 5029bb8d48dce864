using System.Text.RegularExpressions;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>A run of words in a passage that may be a name: where it starts and ends, and its words.</summary>
internal sealed record NameSpan(int Start, int End, string Text, IReadOnlyList<(int Start, int End, string Word)> Words);

/// <summary>
/// Finds the runs of capitalised words (with the small words names carry inside them: "of", "and", "&amp;", "for",
/// "the", "in", "on") that may be names; a dash standing alone ends a run, as governance papers write them: "the Bury System Board", "NHS Gateshead
/// CCG", "Memorandum of Understanding". A run starts and ends with a capitalised word or an acronym.
/// </summary>
internal static partial class NameSpans
{
    /// <summary>The longest lower-case phrase looked up ("governance framework for the operation of the X Locality System Board").</summary>
    private const int MaxHeadPhraseWords = 12;

    /// <summary>Words a name does not run back over: verbs and conjunctions that start a clause ("... recommended that the X Board").</summary>
    private static readonly HashSet<string> Clause = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "which", "who", "is", "are", "was", "were", "be", "been", "being", "will", "would", "shall", "should", "can", "could", "may",
        "must", "has", "have", "had", "to", "it", "its", "their", "by", "with", "from", "at", "as", "or", "but", "not", "into", "through",
    };

    /// <summary>Words a name does not start with ("a", "all", "each"): the phrase after them is looked up instead.</summary>
    private static readonly HashSet<string> Opening = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "all", "each", "every", "any", "some", "our", "this", "these", "those" };

    private static readonly HashSet<string> Inner = new(StringComparer.Ordinal) { "of", "and", "&", "for", "the", "in", "on", "upon" };

    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    /// <summary>Months and weekdays: after "in" or "on" they end a name ("X CCG in April").</summary>
    private static readonly HashSet<string> DateWords = new(Months.Concat(Days), StringComparer.Ordinal);

    /// <summary>Weekdays in any case, and months in capitals ("FRIDAY, 31 JANUARY"): never inside a name, wherever they stand.</summary>
    private static readonly HashSet<string> Weekdays = new(Days, StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> MonthsInCapitals = new(Months.Select(m => m.ToUpperInvariant()), StringComparer.Ordinal);

    /// <summary>The small words inside a person's surname ("da Silva", "van der Berg"): inside a name after a person's title.</summary>
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal) { "da", "das", "de", "del", "della", "der", "den", "di", "do", "dos", "du", "la", "le", "van", "von", "ter", "ten", "bin", "al" };

    public static IReadOnlyList<NameSpan> Find(string passage)
    {
        var spans = new List<NameSpan>();
        var run = new List<(int Start, int End, string Word)>();
        foreach (Match token in Token().Matches(passage))
        {
            var word = token.Value;
            if (run.Count > 0 && InnerShortFormAt().IsMatch(passage.AsSpan(run[^1].End)) && token.Index == run[^1].End + 2)
            {
                continue; // the "SYB" of "Bassetlaw (SYB) ICS": read with the gap around it, below
            }

            // "South Yorkshire and Bassetlaw (SYB) ICS": a short form in brackets inside a name, before a capitalised word.
            var gapOk = run.Count == 0 || Gap(passage, run[^1].End, token.Index)
                || (IsCapitalised(word) && !Inner.Contains(word) && InnerShortForm().IsMatch(passage.AsSpan(run[^1].End, token.Index - run[^1].End)));
            // "the" inside a name follows "of", "for", "and" ("Chair of the Board"); after a capitalised word it starts a new
            // phrase ("the group's Constitution the X Body will ...").
            var innerOk = run.Count > 0 && ((Inner.Contains(word) && (word != "the" || run[^1].Word is "of" or "for" or "and" or "in" or "on" or "upon" or "&"))
                || (NameParticles.Contains(word) && NewEntityRules.IsPersonTitle(run[0].Word))); // "Councillor Lucia das Neves"
            // "to form NHS X CCG in April 2030", "met on Monday": a date after "in" or "on" is no part of the name before it.
            if (run.Count > 1 && run[^1].Word is "in" or "on" && DateWords.Contains(word))
            {
                run.RemoveAt(run.Count - 1);
                Flush(passage, run, spans);
                continue;
            }

            // "X COMMITTEE FRIDAY, 31 JANUARY 2020": a weekday, or a month in capitals, is no part of a name.
            if (run.Count > 0 && (Weekdays.Contains(word) || MonthsInCapitals.Contains(word)))
            {
                Flush(passage, run, spans);
                continue;
            }

            if (gapOk && (IsCapitalised(word) || innerOk))
            {
                run.Add((token.Index, token.Index + token.Length, word));
                continue;
            }

            Flush(passage, run, spans);
            if (IsCapitalised(word))
            {
                run.Add((token.Index, token.Index + token.Length, word));
            }
        }

        Flush(passage, run, spans);
        return spans;
    }

    /// <summary>Every sub-run of a span that starts and ends with a capitalised word, longest first.</summary>
    public static IEnumerable<NameSpan> SubSpans(string passage, NameSpan span)
    {
        var words = span.Words;
        for (var length = words.Count; length >= 1; length--)
        {
            for (var first = 0; first + length <= words.Count; first++)
            {
                var last = first + length - 1;
                if (IsCapitalised(words[first].Word) && IsCapitalised(words[last].Word))
                {
                    var slice = words.Skip(first).Take(length).ToList();
                    yield return new NameSpan(slice[0].Start, slice[^1].End, passage[slice[0].Start..slice[^1].End], slice);
                }
            }
        }
    }

    /// <summary>
    /// Lower-case phrases that may be a known entity's name as a paper writes it in running text ("the SEND board", "a
    /// strength and balance working group", "Leisure services"): runs of two to twelve words, unbroken by punctuation,
    /// ending with a word bodies are named by and holding at least one word in lower case (the capitalised runs are
    /// <see cref="Find"/>'s). They are only looked up among known entities, never read as new ones.
    /// </summary>
    public static IEnumerable<(int Start, int End, string Text)> HeadPhrases(string passage)
    {
        var words = Token().Matches(passage).Where(t => t.Value is not ("-" or "–")).ToList();
        for (var last = 1; last < words.Count; last++)
        {
            if (!NewEntityRules.IsNamingHead(words[last].Value))
            {
                continue;
            }

            for (var first = last - 1; first >= 0 && last - first < MaxHeadPhraseWords && Gap(passage, words[first].Index + words[first].Length, words[first + 1].Index)
                && !Clause.Contains(words[first].Value); first--)
            {
                if (Enumerable.Range(first, last - first + 1).Any(i => !IsCapitalised(words[i].Value)) && !Inner.Contains(words[first].Value) && !Opening.Contains(words[first].Value))
                {
                    var end = words[last].Index + words[last].Length;
                    yield return (words[first].Index, end, passage[words[first].Index..end]);
                }
            }
        }
    }

    /// <summary>
    /// Where a known name that begins before a span may start: a number just before it ("4 Primary Care Networks") or a
    /// capitalised word and a comma ("Cumbria, Northumberland Tyne and Wear NHS Foundation Trust"), which end a run of
    /// capitalised words but may be part of a name. Looked up only among known names.
    /// </summary>
    public static IEnumerable<int> PrefixesBefore(string passage, NameSpan span)
    {
        var at = span.Start - 1;
        if (at < 1 || passage[at] != ' ')
        {
            yield break;
        }

        var end = passage[at - 1] == ',' ? at - 1 : at;
        var start = end;
        while (start > 0 && char.IsLetterOrDigit(passage[start - 1]))
        {
            start--;
        }

        if (start == end || (start > 0 && passage[start - 1] is not (' ' or '\n' or '(')))
        {
            yield break;
        }

        var word = passage[start..end];
        if ((end == at && word.All(char.IsDigit)) || (end < at && IsCapitalised(word)))
        {
            yield return start;
        }
    }

    /// <summary>True for a small word inside a person's surname ("das" in "Lucia das Neves").</summary>
    public static bool IsNameParticle(string word) => NameParticles.Contains(word);

    public static bool IsCapitalised(string word) => word.Length > 0 && !MinuteVerbs.Contains(word) && (char.IsUpper(word[0]) || (char.IsDigit(word[0]) && word.Any(char.IsUpper)));

    /// <summary>
    /// The decision words minutes set in capitals ("The Joint Committee RESOLVED to appoint ..."): a verb, never part of
    /// the name before it.
    /// </summary>
    private static readonly HashSet<string> MinuteVerbs = new(StringComparer.Ordinal) { "RESOLVED", "AGREED", "NOTED", "DECIDED", "RECOMMENDED", "APPROVED", "ENDORSED", "RECEIVED" };

    private static bool Gap(string passage, int end, int start)
    {
        var between = passage[end..start];
        return between.Length <= 2 && between.All(c => c is ' ' or '\'' or '\u2019');
    }

    private static void Flush(string passage, List<(int Start, int End, string Word)> run, List<NameSpan> spans)
    {
        while (run.Count > 0 && !IsCapitalised(run[^1].Word))
        {
            run.RemoveAt(run.Count - 1);
        }

        var from = 0;
        for (var i = 0; i < run.Count - 1; i++)
        {
            var joining = AndAfterOwnNameEnd(run, i);
            if (joining > 0 || OwnNameEnd(run, i))
            {
                spans.Add(new NameSpan(run[from].Start, run[i].End, passage[run[from].Start..run[i].End], run.Skip(from).Take(i - from + 1).ToList()));
                from = i + 1 + joining;
            }
        }

        if (from < run.Count)
        {
            spans.Add(new NameSpan(run[from].Start, run[^1].End, passage[run[from].Start..run[^1].End], run.Skip(from).ToList()));
        }

        run.Clear();
    }

    /// <summary>Words a body's full name ends with, after which another body's name may start in a list that lost its separators.</summary>
    private static readonly HashSet<string> OwnNameEnds = new(StringComparer.Ordinal) { "Trust", "Surgery", "Practice", "Council", "CCG" };

    /// <summary>
    /// "Liverpool Heart and Chest Hospital NHS Foundation Trust Liverpool Women's NHS Foundation Trust": a run that ends
    /// one body's name and goes on with a whole other one (a list whose line breaks were lost) ends after the first. The
    /// words after must start a name (not "Board", "Development Authority", a post) and end as a body's name does.
    /// </summary>
    private static bool OwnNameEnd(List<(int Start, int End, string Word)> run, int at) =>
        OwnNameEnds.Contains(run[at].Word) && IsCapitalised(run[at + 1].Word) && !Inner.Contains(run[at + 1].Word)
        && !NameGoesOn.Contains(run[at + 1].Word) && !MentionFinder.IsPostWord(run[at + 1].Word)
        && run.Skip(at + 2).Any(w => OwnNameEnds.Contains(w.Word));

    /// <summary>
    /// "Elm Community NHS Trust and the Wexcombe University": after a word a body's full name ends with, "and" (and "the")
    /// before another capitalised name joins two names, not one; how many joining words to pass over, or 0.
    /// </summary>
    private static int AndAfterOwnNameEnd(List<(int Start, int End, string Word)> run, int at)
    {
        if (!(OwnNameEnds.Contains(run[at].Word) || PluralClassEnds.Contains(run[at].Word)) || at + 2 >= run.Count || run[at + 1].Word is not ("and" or "&"))
        {
            return 0;
        }

        var skip = run[at + 2].Word == "the" ? 2 : 1;
        return at + 1 + skip < run.Count && IsCapitalised(run[at + 1 + skip].Word) && !Inner.Contains(run[at + 1 + skip].Word) ? skip : 0;
    }

    /// <summary>
    /// Plural class words ("including Primary Care Networks and Wye Valley Trust"): a class ends there, and "and" before a
    /// capitalised word starts another name.
    /// </summary>
    private static readonly HashSet<string> PluralClassEnds = new(StringComparer.Ordinal)
    {
        "Networks", "Trusts", "Councils", "Practices", "Surgeries", "Authorities", "CCGs", "PCNs", "ICBs", "Partnerships", "Providers", "Organisations",
    };

    /// <summary>Words that carry a body's name on ("X Trust Board", "X Council Health Committee"): not another body's first word.</summary>
    private static readonly HashSet<string> NameGoesOn = new(StringComparer.Ordinal)
    {
        "Board", "Boards", "Committee", "Development", "Authority", "Partnership", "Group", "Alliance", "Collaborative", "Provider", "Providers",
        "Network", "Programme", "Agreement", "Forum", "Team", "Members", "Meeting", "Meetings", "Offices", "Area", "Services", "Service",
        "NHS", "Foundation", "Hospital", "Hospitals", "Trust", "Trusts",
    };

    [GeneratedRegex(@"^ \([A-Z]{2,8}\) (?!and\b|of\b|for\b|the\b|in\b|on\b)[A-Z]", RegexOptions.CultureInvariant)]
    private static partial Regex InnerShortFormAt();

    [GeneratedRegex(@"^ \([A-Z]{2,8}\) $", RegexOptions.CultureInvariant)]
    private static partial Regex InnerShortForm();

    [GeneratedRegex(@"[\p{L}0-9][\p{L}0-9&'’/]*(?:-[\p{L}0-9]+)*|&|[-–]", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
