using System.Text.RegularExpressions;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>
/// Bodies named by where their name stands, not by a head word: a partnership's own brand name ("Better Care Together",
/// "Joined Up Care Derbyshire") has no "Board" or "Trust" to tell it is a body, but "the partners in X" and "X is a
/// partnership of" say it is one.
/// </summary>
internal sealed partial class MentionFinder
{
    /// <summary>Confidence of a body read from the slot it stands in alone (for a reviewer to confirm).</summary>
    private const double SlotConfidence = 0.5;

    /// <summary>How far before or after a name its slot's words are looked for (they stand right next to it).</summary>
    private const int SlotReach = 80;

    /// <summary>The most words a name read from its slot may have (a longer run is a title or a sentence in capitals).</summary>
    private const int MaxSlotNameWords = 6;

    /// <summary>
    /// A capitalised run of at least two words (one word alone is as often a place: "our partners in Thurrock") that
    /// stands after "partners in" / "members of" / "parties to", or before "is a partnership of": a new body of that
    /// name, when nothing known or new is named there already and the run is not only class words.
    /// </summary>
    private void WithSlotNames(string text, string? section, IReadOnlyList<NameSpan> spans, List<Mention> mentions)
    {
        foreach (var span in spans)
        {
            var named = Opened(text, span);
            if (named.Words.Count is < 2 or > MaxSlotNameWords
                || mentions.Any(m => m.Start < named.End && named.Start < m.End)
                || NewEntityRules.IsGenericName(named.Text)
                || named.Words.Any(w => IsPostWord(w.Word) || NewEntityRules.IsPersonTitle(w.Word))
                || !(SlotBefore().IsMatch(text.AsSpan(Math.Max(0, named.Start - SlotReach), named.Start - Math.Max(0, named.Start - SlotReach)))
                    || SlotAfter().IsMatch(text.AsSpan(named.End, Math.Min(SlotReach, text.Length - named.End)))))
            {
                continue;
            }

            // "the partners in the North East Essex place": the class word after the name is part of how the paper names it,
            // and says its kind.
            if (SlotClassAfter().Match(text, named.End) is { Success: true } classWord)
            {
                var end = classWord.Index + classWord.Length;
                var kind = classWord.Groups["area"].Success ? Graph.Model.EntityKind.Area : Graph.Model.EntityKind.Board;
                mentions.Add(new Mention(named.Start, end, text[named.Start..end], New(kind, SlotConfidence, text[named.Start..end], text, section)));
                continue;
            }

            mentions.Add(new Mention(named.Start, named.End, named.Text, New(Graph.Model.EntityKind.Board, SlotConfidence, named.Text, text, section)));
        }
    }

    [GeneratedRegex(@"\G\s+(?:(?<area>place|area|locality|system|neighbourhood)|partnership|alliance|collaborative|network)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SlotClassAfter();

    [GeneratedRegex(@"\b(?:partners|members|parties|signatories|member\s+organisations|partner\s+organisations|constituent\s+members)\s+(?:in|of|to|within)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SlotBefore();

    [GeneratedRegex(@"^\s+(?:is|was|will\s+be)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:partnership|collaborative|collaboration|alliance)\s+(?:of|between|that|which|made)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SlotAfter();
}
