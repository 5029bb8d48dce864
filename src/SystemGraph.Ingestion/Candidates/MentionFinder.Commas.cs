using System.Text.RegularExpressions;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>
/// Names with commas in them: "Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust", "The West Yorkshire Mental
/// Health, Learning Disabilities and Autism (WY MHLDA) Collaborative". A run of capitalised words stops at a comma, so
/// such a name is read here whole: when the store knows it, when its parts are phrases of two words or more, or when it
/// is an NHS body named for the places it spans ("Wexcombe, Oakshire and Vale West ICS") and no body the graph holds is
/// named inside it (the reading of a known body is kept); a list of places before a plural ("A, B and C CCGs") is
/// several bodies, not one.
/// </summary>
internal sealed partial class MentionFinder
{
    private void WithCommaNames(string text, string? section, List<Mention> mentions)
    {
        // An NHS commissioner's operating name runs to its last place with no head word ("NHS Wexcombe, Oakshire and Vale
        // West", OperatingNames): read whole only when the graph knows it by that name.
        foreach (var (match, knownOnly) in CommaName().Matches(text).Select(m => (m, false)).Concat(OperatingNames.CommaNames().Matches(text).Select(m => (m, true))))
        {
            var name = match.Groups["name"].Value;
            var start = match.Groups["name"].Index;
            if (name.StartsWith("The ", StringComparison.Ordinal))
            {
                (name, start) = (name[4..], start + 4);
            }

            var end = start + name.Length;
            if (mentions.Any(m => m.Start < start && m.End > start) || mentions.Any(m => m.Start < end && m.End > end))
            {
                continue; // cuts across a name already read
            }

            // A part that is a name of its own ("Oak Surgery Partnership, Elm Practice Partnership and ..."): a list, not a name.
            if (match.Groups["part"].Captures.Any(c => NewEntityRules.IsNamingHead(c.Value.Trim().Split(' ')[^1]) || catalog.Match(c.Value.Trim()) is { Entity.Kind: not Graph.Model.EntityKind.Area }))
            {
                continue;
            }

            Mention? whole = null;
            if (catalog.Match(name) is { } known && Names(known, name))
            {
                whole = new Mention(start, end, name, KnownCandidate(known, name, text));
            }
            else if (!knownOnly && (match.Groups["part"].Captures.All(c => c.Value.Trim().Contains(' ', StringComparison.Ordinal))
                    || (AreaBodyHead().IsMatch(name) && !mentions.Any(m => m.Start >= start && m.End <= end && m.Entity.IsExisting && m.Entity.Kind != Graph.Model.EntityKind.Area)))
                && NewEntityRules.Read(text, new NameSpan(start, end, name, [.. Words().Matches(name).Select(w => (start + w.Index, start + w.Index + w.Length, w.Value))])) is { } reading)
            {
                whole = new Mention(start, end, name, New(reading.Kind, reading.Confidence * 0.9, name, text, section));
            }

            if (whole is not null)
            {
                mentions.RemoveAll(m => m.Start >= start && m.End <= end);
                mentions.Add(whole);
            }
        }
    }

    /// <summary>Capitalised phrases joined by commas and a last "and", ending in a singular head word.</summary>
    [GeneratedRegex(@"(?<![\w’'-])(?<name>(?<part>(?:[A-Z][\w’'&-]*\s+){0,4}[A-Z][\w’'&-]*)(?:,\s+(?<part>(?:[A-Z][\w’'&-]*\s+){0,3}[A-Z][\w’'&-]*))+,?\s+and\s+(?:[A-Z][\w’'&-]*\s+){0,4}?(?:\([A-Z][A-Z ]{1,12}\)\s+)?(?:NHS\s+)?(?:Foundation\s+)?(?:Trust|Board|Collaborative|Partnership|ICB|ICS|STP|CCG|Committee|Group|Alliance|Programme|Network))(?![\w’'-])", RegexOptions.CultureInvariant)]
    private static partial Regex CommaName();

    /// <summary>
    /// The singular head of an NHS body named for the places it spans ("Wexcombe, Oakshire and Vale West ICS"): its
    /// places are one word as often as not, and several such bodies are written in the plural ("A, B and C CCGs").
    /// </summary>
    [GeneratedRegex(@"\s(?:ICB|ICS|STP|CCG|Integrated\s+Care\s+(?:Board|System)|Clinical\s+Commissioning\s+Group)$", RegexOptions.CultureInvariant)]
    private static partial Regex AreaBodyHead();

    [GeneratedRegex(@"[^\s]+", RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
