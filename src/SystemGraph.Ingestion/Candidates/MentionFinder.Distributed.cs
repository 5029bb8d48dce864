using System.Text.RegularExpressions;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>
/// Names that share one head word: "Barnsley, Doncaster and Rotherham CCGs" names three CCGs, "Hertfordshire and Essex
/// County councils" two councils, "Health and Wellbeing Boards for Leicester City and Rutland" two boards. Each place
/// before (or after) the plural head is read with the head in the singular, and names a body when that full name is
/// known, or as a new body of the head's kind.
/// </summary>
internal sealed partial class MentionFinder
{
    /// <summary>Confidence of a new body read from a name shared with others under one plural head.</summary>
    private const double DistributedConfidence = 0.55;

    /// <summary>A place word or words before the shared head: capitalised, up to four words.</summary>
    private const string Place = @"(?!(?:The|This|These|Those|Our|All|Both|Each|In|And|From|For|Of)\b)[A-Z][\w'’-]+(?:\s+(?:upon\s+|on\s+)?[A-Z][\w'’-]+){0,3}";

    /// <summary>The full names a passage writes with one shared head, each with where its own words stand.</summary>
    internal static IEnumerable<(int Start, int End, string Name, Graph.Model.EntityKind Kind)> Distributed(string text)
    {
        foreach (Match match in HeadAfter().Matches(text))
        {
            var head = match.Groups["head"];
            var (singular, kind) = Singular(head.Value);
            var places = match.Groups["place"].Captures.ToList();
            for (var i = 0; i < places.Count; i++)
            {
                var end = i == places.Count - 1 ? head.Index + head.Length : places[i].Index + places[i].Length;
                yield return (places[i].Index, end, places[i].Value + " " + singular, kind);
            }
        }

        foreach (Match match in HeadBefore().Matches(text))
        {
            var head = match.Groups["head"];
            var (singular, kind) = Singular(head.Value);
            var places = match.Groups["place"].Captures.ToList();
            for (var i = 0; i < places.Count; i++)
            {
                var start = i == 0 ? head.Index : places[i].Index;
                yield return (start, places[i].Index + places[i].Length, places[i].Value + " " + singular, kind);
            }
        }
    }

    /// <summary>
    /// Mentions of the bodies a shared head names (<see cref="Distributed"/>), where no other mention stands: the known
    /// body of that full name, or a new one. The mention's text is the paper's words for it ("Barnsley").
    /// </summary>
    private void WithDistributedNames(string text, string? section, List<Mention> mentions)
    {
        var shared = Distributed(text).ToList();
        if (shared.Count == 0)
        {
            return;
        }

        foreach (var (start, end, name, kind) in shared)
        {
            // The shared-head reading replaces a run it holds ("Essex County councils" read as a place); not one it cuts across.
            if (mentions.Any(m => m.Start < end && start < m.End && !(start <= m.Start && m.End <= end) && !(m.Start <= start && end <= m.End && m.Entity.Kind == Graph.Model.EntityKind.Area)))
            {
                continue;
            }

            var entity = catalog.Match(name) is { } known && Names(known, name) ? KnownCandidate(known, text[start..end], text) : New(kind, DistributedConfidence, name, text, section);
            mentions.RemoveAll(m => (start <= m.Start && m.End <= end) || (m.Start <= start && end <= m.End));
            mentions.Add(new Mention(start, end, text[start..end], entity));
        }
    }

    private static (string Singular, Graph.Model.EntityKind Kind) Singular(string head)
    {
        var words = Regex.Replace(head.Trim(), @"\s+", " ");
        var last = words[(words.LastIndexOf(' ') + 1)..];
        var one = last switch
        {
            "CCGs" => "CCG",
            "ICBs" => "ICB",
            "PCNs" => "PCN",
            _ => last.EndsWith("ies", StringComparison.Ordinal) ? last[..^3] + "y" : last[..^1],
        };
        var singular = (words.Contains(' ', StringComparison.Ordinal) ? words[..(words.LastIndexOf(' ') + 1)] : string.Empty) + char.ToUpperInvariant(one[0]) + one[1..];
        var kind = one is "Board" or "Committee" or "Partnership" ? Graph.Model.EntityKind.Board : Graph.Model.EntityKind.Organisation;
        return (singular, kind);
    }

    private const string PluralHead = @"(?:CCGs|ICBs|PCNs|NHS\s+(?:Foundation\s+)?Trusts|(?:County|City|Borough|District|Metropolitan\s+Borough)\s+[Cc]ouncils|Clinical\s+Commissioning\s+Groups|Health\s+and\s+Wellbeing\s+Boards|Primary\s+Care\s+Networks)";

    /// <summary>
    /// "A, B and C CCGs": two or more places, the last after "and", then the plural head; not when the list is the end of
    /// a longer one ("Eastbourne, Hailsham and Seaford and Hastings and Rother CCGs"), whose places cannot be told apart.
    /// </summary>
    [GeneratedRegex(@"(?<![A-Z][\w'’-]*\s|\band\s|,\s?)(?<place>" + Place + @")(?:\s*,\s*(?<place>" + Place + @"))*\s*,?\s+and\s+(?<place>" + Place + @")\s+(?<head>" + PluralHead + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex HeadAfter();

    /// <summary>"Health and Wellbeing Boards for A, B and C": the plural head, "for" or "of", then the places.</summary>
    [GeneratedRegex(@"\b(?<head>" + PluralHead + @")\s+(?:for|of|in)\s+(?:the\s+)?(?<place>" + Place + @")(?:\s*,\s*(?<place>" + Place + @"))*\s*,?\s+and\s+(?<place>" + Place + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex HeadBefore();
}
