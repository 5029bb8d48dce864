using System.Text.RegularExpressions;
using SystemGraph.Graph.Model;
using SystemGraph.Ingestion.Text;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>
/// Members a membership list names by post alone ("Chief executive", "Director of nursing", "Executive Member for
/// Adult Social Care"): the post is the member, a person known by the title the paper gives, as the seed records posts
/// ("Director of Public Health" is a person by title). Counted classes ("4 non-executive members", "Three District
/// councillors") and indefinite ones ("A representative of the voluntary sector") name no one and are left out.
/// </summary>
internal sealed partial class LineFinder
{
    /// <summary>Confidence of a post read from a membership list item.</summary>
    private const double PostConfidence = 0.55;

    /// <summary>Words in a post's title when the title stands alone.</summary>
    private static readonly HashSet<string> PostTitleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "chair", "chairman", "chairperson", "vice-chair", "co-chair", "chief", "director", "officer", "member", "executive", "lead", "representative",
        "leader", "mayor", "councillor", "secretary", "manager", "head", "president", "sponsor", "convenor", "governor", "commissioner",
    };

    /// <summary>
    /// The post a membership list item names, as a new person by title (or the body its post is given with, in brackets),
    /// when the item names no body that could be the member: no mention, or only a programme, area or agreement the post is "for" ("Executive Member for The Change
    /// Programme"). Null for an item that is not a post (too long, counted, plural, a sentence).
    /// </summary>
    private Mention? PostItem(PaperPassage item, IReadOnlyList<Mention> inItem)
    {
        if (inItem.Any(m => !InBrackets(item.Text, m.Start) && m.Entity.Kind is EntityKind.Organisation or EntityKind.Board or EntityKind.Person))
        {
            return null;
        }

        // "Associate Director of Contracts (CL CCG)": a post with its body in brackets; the body is the member.
        // Only a bracket that holds the body alone: "(shared post with X)" says another thing.
        if (inItem.FirstOrDefault(m => InBrackets(item.Text, m.Start) && m.Entity.Kind is EntityKind.Organisation) is { } body
            && item.Text.LastIndexOf('(', body.Start) is var open and > 0 && item.Text[(open + 1)..body.Start].Trim() is "" or "the"
            && item.Text.AsSpan(body.End).TrimStart().StartsWith(")", StringComparison.Ordinal)
            && !CountWord().IsMatch(item.Text.Split(' ')[0])
            && PostTitleWords.Any(w => item.Text[..open].Contains(w, StringComparison.OrdinalIgnoreCase)))
        {
            return body;
        }

        var title = PostMark().Replace(Clean(item.Text), string.Empty).Trim();
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 10 || !char.IsLetter(title[0]) || CountWord().IsMatch(words[0]) || title.Any(char.IsDigit) || words[0] is "A" or "An" or "a" or "an" || title.EndsWith(':')
            || !words.Any(w => PostTitleWords.Contains(w.Trim(',', '(', ')')))
            || words[^1].EndsWith('s') && PostTitleWords.Contains(words[^1][..^1]) || Verb().IsMatch(title) || NamesABody(words))
        {
            return null;
        }

        var start = item.Text.IndexOf(title, StringComparison.Ordinal);
        return start < 0 ? null : mentions.NewByPlace(EntityKind.Person, PostConfidence, title, start, item.Text, item.Section);
    }

    /// <summary>Words a post's title carries besides its post words: the portfolio or sector it serves, not a body's name.</summary>
    private static readonly HashSet<string> SectorWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "and", "&", "medical", "clinical", "deputy", "senior", "non-executive", "independent", "partner", "elected", "vice", "lay",
        "associate", "assistant", "interim", "acting", "joint", "primary", "secondary", "services", "service", "local", "authority", "authorities",
        "public", "health", "social", "care", "adult", "adults", "children's", "children’s", "childrens", "children", "mental", "community",
        "acute", "nursing", "finance", "financial", "quality", "operating", "operations", "strategic", "people", "workforce", "digital",
        "governance", "corporate", "nurse", "wellbeing", "well-being", "learning", "reform", "housing", "education", "safeguarding",
        "commissioning", "transformation", "cabinet", "portfolio", "borough", "place", "system", "integrated", "integration", "performance",
    };

    /// <summary>
    /// True when a post's title also names whose post it is ("Chief Officer – Bardoc", "Pennine Care Operational Lead",
    /// "GM ICS representative"): an acronym, or a capitalised word that is neither a post word nor a sector word, before
    /// the portfolio ("... for The Change Programme", "... of Public Health", which is free). Such an item's member is the
    /// body, which the list names, not a post.
    /// </summary>
    private static bool NamesABody(string[] words)
    {
        foreach (var raw in words)
        {
            var word = raw.Trim(',', '(', ')', '–', '-');
            if (word is "of" or "for" or "to")
            {
                return false;
            }

            if (word.Length == 0 || !char.IsUpper(word[0]) || PostTitleWords.Contains(word) || SectorWords.Contains(word))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    /// <summary>A chair's mark after a post ("(Chair)", "- Vice-Chair"), left out of the post's name.</summary>
    [GeneratedRegex(@"\s*(?:\((?:the\s+)?(?:vice[- ]?)?(?:chair|chairman|chairperson)\)|[-–]\s*(?:vice[- ]?)?(?:chair|chairman|chairperson))\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PostMark();

    /// <summary>A number that opens a counted class: "4", "Three", "Two".</summary>
    [GeneratedRegex(@"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|up|all|any|other)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountWord();

    [GeneratedRegex(@"\b(?:is|are|was|were|will|shall|should|must|may|can|has|have)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Verb();
}
