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
            if ((PostWords.Contains(words[first - 1]) || title == 1) && rest is >= 2 and <= 3 && words.Skip(first + title).All(IsNameWord))
            {
                return first;
            }
        }

        var after = passage[span.End..];
        var before = passage[..span.Start].TrimEnd();
        var lastBefore = before[(before.LastIndexOfAny([' ', '\n', '(']) + 1)..].TrimEnd(':', ',', '-', '–');
        if (words.Count is >= 2 and <= 3 && words.All(IsNameWord) && (PostAfter().IsMatch(after) || PostWords.Contains(lastBefore) || PostOfBefore().IsMatch(before)))
        {
            return 0;
        }

        return null;
    }

    private static bool IsNameWord(string word) =>
        NameWord().IsMatch(word) && !NotNames.Contains(word) && !NewEntityRules.IsBodyWord(word) && !PostWords.Contains(word) && !NewEntityRules.IsOpener(word);

    /// <summary>", Chief Executive", ", Chair of", " (Chair)", " (X Senior Responsible Officer)": a post right after a name.</summary>
    [GeneratedRegex(@"^\s*(?:,\s*(?:the\s+)?(?:Interim\s+|Acting\s+|Deputy\s+|Joint\s+|Independent\s+|Vice[- ])?(?:Chair|Chairman|Chairperson|Chief|Director|Leader|Head|Lead|Executive|Cabinet|Councillor|Portfolio|Managing|Medical|Clinical|Programme|Senior|Mayor|SRO|Member)\b|\s*\((?:Chair|Vice[- ]Chair|SRO)\)|\s*\([^()]{0,80}\b(?:Chair|Chairman|Director|Officer|Lead|SRO|Member|Representative|Executive|Manager|Councillor|Leader|Commissioner)\))", RegexOptions.CultureInvariant)]
    private static partial Regex PostAfter();

    /// <summary>"Chair of the X Board," right before a name: the post the name is given after.</summary>
    [GeneratedRegex(@"\b(?:Chair|Chairman|Chairperson|SRO|Senior\s+Responsible\s+(?:Owner|Officer)|Chief\s+Executive|Director|Leader)\s+(?:of|for)\s+[^,;:()]{2,80},$", RegexOptions.CultureInvariant)]
    private static partial Regex PostOfBefore();

    [GeneratedRegex(@"^[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex NameWord();
}
