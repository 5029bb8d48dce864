using System.Text.RegularExpressions;
using SystemGraph.Graph.Model;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>
/// Bodies named by the list they stand in: "comprises Oakshire Council for Voluntary Service, Elm Valley Network, Vale
/// Good Neighbours and Wexcombe Carers' Hub" names four bodies, though only two names end with a word that says so. The
/// items of one list are things of one kind; when most of a list's items are read as bodies of one kind, an item the
/// reading left unnamed is a body of that kind too, offered at a reviewer's confidence.
/// </summary>
internal sealed partial class MentionFinder
{
    /// <summary>Confidence of a body read from the list it stands in (a slot of its own: for a reviewer to confirm).</summary>
    private const double ListMateConfidence = SlotConfidence;

    /// <summary>The fewest bodies a list must already name before its other items are read as bodies.</summary>
    private const int MinNamedListMates = 2;

    /// <summary>
    /// Items of a list (runs of capitalised words joined by ", ", " and ", ", and ", "; " or " or ", a "the" allowed after
    /// each) that no mention holds, read as bodies of the kind the list's named items share, when: the list names at
    /// least <see cref="MinNamedListMates"/> bodies of one kind (organisations, or boards) and at least as many as it
    /// leaves unnamed; none of its items is an area, a person, a post or a programme, read or known, or holds a person's
    /// title or a post's word (a list of places or people is not a list of bodies); and the item has two to
    /// <see cref="MaxSlotNameWords"/> words (one word alone is as often a place), is not only class words, holds no "and"
    /// unless it is the list's last item (a name with "and" in the middle of a list may be two items), and is not the
    /// first part of a name written across its commas.
    /// </summary>
    private void WithListMates(string text, string? section, IReadOnlyList<NameSpan> spans, List<Mention> mentions)
    {
        var read = Apart(mentions); // the mentions as the lines will see them, none overlapping another
        var items = read.Select(m => new ListItem(m.Start, m.End, m, null))
            .Concat(spans.Where(s => !read.Any(m => m.Start < s.End && s.Start < m.End)).Select(s => Opened(text, s)).Select(s => new ListItem(s.Start, s.End, null, s)))
            .OrderBy(i => i.Start).ToList();
        for (var first = 0; first < items.Count;)
        {
            var last = first;
            while (last + 1 < items.Count && items[last + 1].Start >= items[last].End
                && Between().IsMatch(text.AsSpan(items[last].End, items[last + 1].Start - items[last].End)))
            {
                last++;
            }

            if (last - first >= 1)
            {
                var list = WithLastItemSplit(text, items[first..(last + 1)]);
                if (list.Count >= 3)
                {
                    ReadListMates(text, section, list, mentions);
                }
            }

            first = last + 1;
        }
    }

    private void ReadListMates(string text, string? section, List<ListItem> list, List<Mention> mentions)
    {
        var named = list.Where(i => i.Mention is not null).Select(i => i.Mention!.Entity.Kind).ToList();
        var unnamed = list.Where(i => i.Span is not null).Select(i => i.Span!).ToList();
        if (unnamed.Count == 0 || named.Count < MinNamedListMates || named.Any(k => k is not (EntityKind.Organisation or EntityKind.Board))
            || unnamed.Any(s => s.Words.Any(w => IsPostWord(w.Word) || NewEntityRules.IsPersonTitle(w.Word)) || catalog.Match(s.Text) is { Entity.Kind: EntityKind.Area }))
        {
            return; // a list with a person, a post or a place in it is not a list of bodies
        }

        if (named.Distinct().Count() != 1 || named.Count < unnamed.Count)
        {
            return; // bodies of two kinds, or more left unnamed than named: not a list of one kind of body
        }

        var kind = named[0];
        for (var at = 0; at < list.Count; at++)
        {
            if (list[at].Span is not { } span)
            {
                continue;
            }

            var isLast = at == list.Count - 1;
            // "NHS Upper Vale, Ashby and Brackley CCG": before a comma and a name with "and" in it, the words may be the
            // first part of one body's name written across its commas, not an item of their own.
            var partOfNext = !isLast && text[list[at].End] == ',' && list[at + 1].Mention is { } next && (next.Text.Contains(" and ", StringComparison.Ordinal) || next.Text.Contains(" & ", StringComparison.Ordinal));
            if (partOfNext || span.Words.Count is < 2 or > MaxSlotNameWords
                || NewEntityRules.IsGenericName(span.Text)
                || (!isLast && span.Words.Any(w => w.Word is "and" or "&")))
            {
                continue;
            }

            mentions.Add(new Mention(span.Start, span.End, span.Text, New(kind, ListMateConfidence, span.Text, text, section)));
        }
    }

    /// <summary>
    /// A list has one "and" (or "or") before its last item: when no separator holds it, it is inside the last run of
    /// capitalised words ("..., Vale Good Neighbours and Oakleigh Carers Together"), which is then two items, split at
    /// its last "and".
    /// </summary>
    private static List<ListItem> WithLastItemSplit(string text, List<ListItem> list)
    {
        var joined = Enumerable.Range(0, list.Count - 1).Any(i => Conjunction().IsMatch(text.AsSpan(list[i].End, list[i + 1].Start - list[i].End)));
        if (joined || list[^1].Span is not { } span)
        {
            return list;
        }

        var and = span.Words.Select((w, i) => (w.Word, i)).LastOrDefault(w => w.Word is "and" or "&" && w.i > 0 && w.i < span.Words.Count - 1).i;
        if (and == 0)
        {
            return list;
        }

        var (before, after) = (Sub(text, span, 0, and - 1), Sub(text, span, and + 1, span.Words.Count - 1));
        return [.. list.SkipLast(1), new ListItem(before.Start, before.End, null, before), new ListItem(after.Start, after.End, null, after)];
    }

    /// <summary>One item of a run of names: a mention already read, or a capitalised run no mention holds.</summary>
    private sealed record ListItem(int Start, int End, Mention? Mention, NameSpan? Span);

    [GeneratedRegex(@"\b(?:and|or)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Conjunction();

    /// <summary>What stands between two items of one list.</summary>
    [GeneratedRegex(@"^(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+|;\s+(?:and\s+)?)(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Between();
}
