using System.Text.RegularExpressions;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>
/// People a paper names without a title ("Diane Wake"), read from where the name stands rather than from a list of
/// names: right after a post ("the Provider Collaborative SRO Diane Wake", "Chair: Ann Lee", "Chair of the X Board, Ann Lee") or right
/// before one ("Ann Lee, Chief Executive of X"). A name is two or three words, each capitalised and then lower case, none a word
/// bodies or posts are named by.
/// </summary>
internal static partial class PersonNames
{
    /// <summary>Posts and their short forms a name may follow or be followed by.</summary>
    private static readonly HashSet<string> PostWords = new(StringComparer.Ordinal)
    {
        "SRO", "CMO", "CEO", "CFO", "COO", "CNO", "DPH", "Chair", "Chairman", "Chairperson", "Vice-Chair", "Co-Chair", "Director", "Officer",
        "Lead", "Leader", "Executive", "Manager", "Secretary", "Mayor", "Member", "President", "Head", "Owner", "Sponsor", "Convenor",
    };

    /// <summary>
    /// Post nouns as running text writes them, in any case, that a name may follow after a comma: "the existing chair, A
    /// B", "the Council's leader, A B". (Not "Lead" or "Member": "lead, A B" is a list.)
    /// </summary>
    private static readonly HashSet<string> PostNounsAnyCase = new(StringComparer.OrdinalIgnoreCase)
    {
        "Chair", "Chairman", "Chairwoman", "Chairperson", "Co-Chair", "Co-Chairs", "Leader", "Mayor", "SRO", "CEO",
    };

    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Terms", "Reference", "Minutes", "Agenda", "Item",
        "Appendix", "Annex", "Schedule", "Section", "Part", "Page", "Note", "Notes", "Report", "Paper", "Plan", "Strategy", "Policy", "Act",
        "Primary", "Secondary", "Community", "Mental", "Adult", "Adults", "Children", "Social", "Public", "General", "National", "Regional",
        "Local", "North", "South", "East", "West", "Central", "Greater", "Royal", "University", "Hospital", "Hospitals", "Medical", "Clinical",
        "Finance", "Quality", "Nursing", "Strategic", "Operational", "Provider", "Collaborative", "Better", "Together", "Care", "Health", "Wellbeing",
    };

    /// <summary>
    /// Where a person's name starts and how many words it has, at the end of a span after a post word or a title
    /// ("... SRO Diane Wake", "... CMO Dr Jonathan Odum"), or the whole span when a post follows it (", Chief
    /// Executive"); null when the span holds no such name.
    /// </summary>
    public static int? NameStart(string passage, NameSpan span)
    {
        var words = span.Words.Select(w => w.Word).ToList();
        for (var first = 1; first < words.Count; first++)
        {
            var title = NewEntityRules.IsPersonTitle(words[first]) ? 1 : 0;
            var rest = words.Count - first - title;
            // "Cllr Dr A B": titles stack; the name starts at the first of them, not the last.
            if ((PostWords.Contains(words[first - 1]) || title == 1) && !NewEntityRules.IsPersonTitle(words[first - 1]) && rest is >= 2 and <= 3 && words.Skip(first + title).All(IsNameWord))
            {
                return first;
            }
        }

        var after = PastHonours(passage[span.End..]); // "A B MBE, Leader of X": the post after the honours
        var before = passage[..span.Start].TrimEnd();
        var lastBefore = before[(before.LastIndexOfAny([' ', '\n', '(']) + 1)..].TrimEnd(':', ',', '-', '–');
        if (words.Count is >= 2 and <= 3 && words.All(IsNameWord) && (PostAfter().IsMatch(after) || PostWords.Contains(lastBefore) || PostNounsAnyCase.Contains(lastBefore) || PostOfBefore().IsMatch(before) || ChairedBy().IsMatch(before)))
        {
            return 0;
        }

        return null;
    }

    /// <summary>
    /// True when a line of a members' table is a person's name alone and the next line is a post ("Ann Lee |" over
    /// "Consultant in Public Health, X Council |"): tables of members print each person over their post. The name is two
    /// or three name words, after a person's title or none; the next line opens with a post's words.
    /// </summary>
    public static bool IsNameOverPost(string name, string? nextLine)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (nextLine is null || !PostOpening().IsMatch(MentionFinder.LineName(nextLine).Name))
        {
            return false;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(NewEntityRules.IsPersonTitle).ToList();
        return words.Count is >= 2 and <= 3 && words.All(IsNameWord);
    }

    private static bool IsNameWord(string word) =>
        NameWord().IsMatch(word) && !NotNames.Contains(word) && !NewEntityRules.IsBodyWord(word) && !PostWords.Contains(word) && !NewEntityRules.IsOpener(word);

    /// <summary>
    /// ", Chief Executive", ", Chair of", " – CEO", ", independent chair of", ", who chairs", " (Chair)", " (X Senior
    /// Responsible Officer)": a post right after a name. News items write the post in lower case ("chair of X"), so the
    /// chair's and leader's words are read in any case when "of" or "for" follows, which keeps them to posts.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:(?:,|\s[–-])\s*(?:the\s+)?(?i:interim\s+|acting\s+|deputy\s+|joint\s+|independent\s+|vice[- ])?(?:Chair|Chairman|Chairperson|Chief|Director|Leader|Head|Lead|Executive|Cabinet|Councillor|Portfolio|Managing|Medical|Clinical|Programme|Senior|Mayor|SRO|CEO|Member|(?i:chair|chairman|chairwoman|chairperson|co-chair|chief\s+executive|leader)\s+(?:of|for)\b)\b|,\s*who\s+(?:chairs|co-chairs|chaired|leads)\b|\s*\((?:Chair|Vice[- ]Chair|SRO)\)|\s*\([^()]{0,80}\b(?:Chair|Chairman|Director|Officer|Lead|SRO|Member|Representative|Executive|Manager|Councillor|Leader|Commissioner|Appointee|Co-optee|Nominee)\))", RegexOptions.CultureInvariant)]
    private static partial Regex PostAfter();

    /// <summary>"Chair of the X Board," right before a name: the post the name is given after.</summary>
    [GeneratedRegex(@"\b(?:Chair|Chairman|Chairperson|SRO|Senior\s+Responsible\s+(?:Owner|Officer)|Chief\s+Executive|Director|Leader)\s+(?:of|for)\s+[^,;:()]{2,80},$", RegexOptions.CultureInvariant)]
    private static partial Regex PostOfBefore();

    /// <summary>A line that opens with a post's title: "Director of Place", "Head of Operations", "Consultant in Public Health", "Executive Member for X".</summary>
    [GeneratedRegex(@"^(?:(?:Interim|Acting|Deputy|Assistant|Associate|Senior|Executive|General|Managing|Medical|Clinical|Chief|Joint|Strategic|Programme|Corporate)\s+){0,3}(?:Director|Head|Manager|Consultant|Officer|Leader|Lead|Member|Chair|Chairman|Chief\s+Executive|Executive|Secretary|Commissioner|Councillor|Portfolio\s+Holder|Cabinet\s+Member|Mayor|Clinical\s+Director)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PostOpening();

    /// <summary>"chaired by", "co-chaired by", "under the chairmanship of", "co-chairs" right before a name: the chair the text names.</summary>
    [GeneratedRegex(@"\b(?:(?:co-)?chaired\s+(?:jointly\s+)?by|chairmanship\s+of|co-chairs)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChairedBy();

    /// <summary>The text after a name read past its honours (" MBE", " KCB CBE"), which stand between a name and its post.</summary>
    private static string PastHonours(string after)
    {
        while (HonourAt().Match(after) is { Success: true } word && MentionFinder.HonourWords.Contains(word.Groups[1].Value))
        {
            after = after[word.Length..];
        }

        return after;
    }

    [GeneratedRegex(@"^\s+([A-Z]{2,6})\b", RegexOptions.CultureInvariant)]
    private static partial Regex HonourAt();

    /// <summary>A word of a person's name: capitalised, then lower case, in any alphabet's letters ("Küster", "O'Neill", "Slevin-Brown").</summary>
    [GeneratedRegex(@"^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex NameWord();
}
