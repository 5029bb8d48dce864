using System.Text.RegularExpressions;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Seed.Validation;
using SystemGraph.Ingestion.Text;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>
/// Bodies a paper names without a head word, by saying what they are: "Herefordshire General Practice (HGP) is a
/// collaboration of GP providers", "our primary care network is called Synergy Health", "One Devon – the name of the
/// county's new Integrated Care System". The class noun gives the kind; the name is read as the paper writes it, and
/// found wherever the paper repeats it.
/// </summary>
internal sealed partial class MentionFinder
{
    /// <summary>Confidence of a body named by what the paper says it is, not by a head word.</summary>
    private const double NamingConfidence = 0.55;

    private static readonly Dictionary<string, EntityKind> ClassNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["partnership"] = EntityKind.Organisation, ["collaboration"] = EntityKind.Board, ["collaborative"] = EntityKind.Board,
        ["committee"] = EntityKind.Board, ["sub-committee"] = EntityKind.Board, ["board"] = EntityKind.Board, ["forum"] = EntityKind.Board,
        ["alliance"] = EntityKind.Board, ["group"] = EntityKind.Board, ["programme"] = EntityKind.Programme, ["network"] = EntityKind.Organisation,
        ["federation"] = EntityKind.Organisation, ["organisation"] = EntityKind.Organisation, ["system"] = EntityKind.Area,
        ["ICS"] = EntityKind.Area, ["PCN"] = EntityKind.Organisation, ["ICB"] = EntityKind.Organisation, ["trust"] = EntityKind.Organisation,
    };

    /// <summary>Reads the paper's namings and registers each name as a form the paper names a new body by.</summary>
    private void ReadNamings(PaperText paper)
    {
        foreach (var passage in paper.Passages)
        {
            foreach (var regex in new[] { NamedIsA(), CalledName(), DashName() })
            {
                foreach (Match match in regex.Matches(passage.Text))
                {
                    var name = TrailingJoin().Replace(match.Groups["name"].Value.Trim(), string.Empty);
                    var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (words.Length is 0 or > 8 || !ClassNouns.TryGetValue(match.Groups["class"].Value, out var kind)
                        || words.All(w => NewEntityRules.IsBodyWord(w) || NewEntityRules.IsOpener(w) || w is "of" or "and" or "&" or "the" or "for")
                        || NewEntityRules.IsOpener(words[0]) || NameSpans.Find(name) is not { Count: 1 } spans || spans[0] is not { } span || span.Text != name)
                    {
                        continue;
                    }

                    // A known name, or one the head-word rules read, is found the usual way; only the naming's own words for it
                    // ("our partnership") are added. Only a name with no other reading is this naming's own.
                    var subjectWords = match.Groups["subject"];
                    var known = catalog.Match(name);
                    var named = known is { } k && Names(k, name) ? known : null;
                    var reading = named is null ? NewEntityRules.Read(name, span) : null;
                    EntityCandidate entity;
                    if (known is not null || reading is not null)
                    {
                        if (!subjectWords.Success || (named is null && reading is null))
                        {
                            continue;
                        }

                        entity = named is { } n ? KnownCandidate(n, name, passage.Text) : New(reading!.Value.Kind, reading.Value.Confidence, reading.Value.Name, passage.Text, passage.Section);
                    }
                    else
                    {
                        entity = New(kind, NamingConfidence, name, passage.Text, passage.Section);
                        Define(name, acronym: true, entity);
                    }

                    // "Our Primary Care Network is called X": "our network", "the Primary Care Network" name X in this paper, whether
                    // X is a name the graph knows, one read by its head word ("Our Local Care Partnership is called X Alliance"),
                    // or one only this naming gives.
                    if (subjectWords.Success)
                    {
                        Define(match.Groups["class"].Value, acronym: false, entity);
                        Define((subjectWords.Value + match.Groups["class"].Value).Trim(), acronym: false, entity);
                    }
                }
            }
        }
    }

    [GeneratedRegex(@"(?:\s+(?:of|and|&|for|the))+$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingJoin();

    /// <summary>"X (ABC) is a collaboration of ...", "X is the county's partnership": a name, then what it is.</summary>
    [GeneratedRegex(@"(?:^|[.;:]\s+)(?:The\s+)?(?<name>[A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|of|and|&|for|the)){0,7}?)\s*(?:\(\s*[A-Z]{2,8}\s*\)\s*)?(?:is|was|will\s+be|has\s+been|became)\s+(?:a|an|the|our|its)\s+(?:[\w’'-]+\s+){0,5}?(?<class>partnership|collaboration|collaborative|committee|sub-committee|board|forum|alliance|programme|network|federation|organisation|system|ICS|PCN|ICB)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NamedIsA();

    /// <summary>"our primary care network is called X", "a new partnership known as X".</summary>
    [GeneratedRegex(@"\b(?:(?i:our|the|this)\s+(?<subject>(?:[\w-]+\s+){0,3}?))?(?<class>(?i:partnership|collaboration|collaborative|committee|board|forum|alliance|programme|network|federation|system|ICS|PCN))\s+(?:is\s+|was\s+|will\s+be\s+)?(?:called|known\s+as|named)\s+(?:the\s+)?(?<name>[A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|of|and|&|for)){0,6})", RegexOptions.CultureInvariant)]
    private static partial Regex CalledName();

    /// <summary>"One Devon – the name of the county's new Integrated Care System", "X – a new committee".</summary>
    [GeneratedRegex(@"(?:^|[.;:]\s+)(?<name>[A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|of|and|&|for)){0,6})\s+[–—-]\s+(?:the\s+name\s+of\s+)?(?:a|an|the|our)\s+(?:[\w’'-]+\s+){0,5}?(?<class>partnership|collaboration|collaborative|committee|board|forum|alliance|programme|network|federation|system|ICS|PCN)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DashName();
}
