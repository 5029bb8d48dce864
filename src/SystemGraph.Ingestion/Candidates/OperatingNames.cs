using System.Text.RegularExpressions;
using SystemGraph.Graph.Seed.Validation;
using SystemGraph.Ingestion.Text;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>
/// NHS commissioners a paper names by the name they operate under, without the word for their kind: "NHS Devon" for NHS
/// Devon Integrated Care Board, "NHS Kernow" for NHS Kernow CCG. Integrated care boards have gone by "NHS" and their area
/// since they were set up in July 2022, and many clinical commissioning groups did before them, so one such name may
/// have named a CCG until June 2022 and the ICB after it ("NHS Kent and Medway"). The store holds both by their
/// registered names, with the dates each was open; the paper is a snapshot on its date, so the name is read as the one
/// body of that name open on the paper's date, and as none when the paper has no date or the name fits two open bodies
/// (the reviewer then sees it as a new body, or not at all).
/// </summary>
internal static partial class OperatingNames
{
    /// <summary>How a commissioner's registered name is made from its operating name.</summary>
    private static readonly string[] Forms = ["{0} Integrated Care Board", "{0} ICB", "{0} Clinical Commissioning Group", "{0} CCG"];

    /// <summary>
    /// An operating name written with commas, which a run of capitalised words stops at: "NHS" and places joined by commas
    /// and a last "and" ("NHS Wexcombe, Oakshire and Vale West"), no head word after them. Looked up here, and read whole
    /// in the text by the mention finder (<see cref="CommaNames"/>).
    /// </summary>
    private const string CommaForm = @"(?<![\w’'-])(?<name>NHS\s+(?<part>(?:[A-Z][\w’'&-]*\s+){0,3}[A-Z][\w’'&-]*)(?:,\s+(?<part>(?:[A-Z][\w’'&-]*\s+){0,3}[A-Z][\w’'&-]*))+,?\s+and\s+(?:(?:[A-Z][\w’'&-]*|of|the)\s+){0,3}[A-Z][\w’'&-]*)(?![\w’'-])(?!\s+(?:NHS|Foundation|Trust|Board|Integrated|Clinical|ICB|ICS|STP|CCG|Partnership|Collaborative|Committee|Group|Alliance|Programme|Network)\b)";

    /// <summary>The longest operating name read: "NHS Bath and North East Somerset, Swindon and Wiltshire".</summary>
    private const int MaxWords = 10;

    /// <summary>
    /// The phrases worth asking about: "NHS" then capitalised words (with "and", "of", "the", "upon" inside), ending in
    /// no word that says a kind of body or a post ("NHS England", "NHS Trust", "NHS Providers" name no commissioner's
    /// operating name the store would hold; a lookup finds nothing for them), and naming no entity already found.
    /// </summary>
    public static IReadOnlyList<string> Candidates(PaperText paper, IEnumerable<string> phrases, IReadOnlyCollection<KnownEntity> found)
    {
        var named = found.SelectMany(k => k.Aliases.Prepend(k.Name)).Select(EvidenceText.Fold).ToHashSet(StringComparer.Ordinal);
        var withCommas = paper.Passages.SelectMany(p => CommaNames().Matches(p.Text)).Select(m => m.Groups["name"].Value);
        return [.. phrases.Where(IsOperatingShaped).Concat(withCommas).Where(p => !named.Contains(EvidenceText.Fold(p))).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Every registered form of each candidate, for one lookup.</summary>
    public static IEnumerable<string> RegisteredNames(IEnumerable<string> candidates) => candidates.SelectMany(RegisteredOf);

    /// <summary>
    /// The commissioners the candidates name, each with its operating name as one more alias: for each candidate, the one
    /// organisation named exactly by one of its registered forms and open on <paramref name="paperDate"/>. None without a
    /// date: the name may be a CCG's or its successor ICB's.
    /// </summary>
    public static IReadOnlyList<KnownEntity> Read(IEnumerable<string> candidates, IReadOnlyCollection<KnownEntity> bodies, DateOnly? paperDate)
    {
        if (paperDate is not { } on)
        {
            return [];
        }

        var read = new Dictionary<string, KnownEntity>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            var forms = RegisteredOf(candidate).Select(EvidenceText.Fold).ToHashSet(StringComparer.Ordinal);
            var open = bodies
                .Where(k => k.Kind == Graph.Model.EntityKind.Organisation && k.Aliases.Prepend(k.Name).Any(n => forms.Contains(EvidenceText.Fold(n))))
                .Where(k => (k.ValidFrom is not { } from || from <= on) && (k.ValidTo is not { } to || on <= to))
                .DistinctBy(k => k.Id)
                .ToList();
            if (open is [var body])
            {
                var had = read.GetValueOrDefault(body.Id) ?? body;
                read[body.Id] = had with { Aliases = [.. had.Aliases, candidate] };
            }
        }

        return [.. read.Values];
    }

    /// <summary>The bodies a candidate names as it is written (by their name or an alias), whatever the paper's date.</summary>
    public static IEnumerable<KnownEntity> NamedAsWritten(IEnumerable<string> candidates, IEnumerable<KnownEntity> bodies)
    {
        var written = candidates.Select(EvidenceText.Fold).ToHashSet(StringComparer.Ordinal);
        return bodies.Where(k => k.Aliases.Prepend(k.Name).Any(n => written.Contains(EvidenceText.Fold(n))));
    }

    private static IEnumerable<string> RegisteredOf(string name) =>
        Forms.Select(f => string.Format(System.Globalization.CultureInfo.InvariantCulture, f, name));

    private static bool IsOperatingShaped(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= MaxWords
            && words[0] == "NHS"
            && char.IsUpper(words[^1][0])
            && words.Skip(1).All(w => char.IsUpper(w[0]) || w is "and" or "of" or "the" or "upon" or "on")
            && !words.Skip(1).Any(w => NewEntityRules.IsNamingHead(w.TrimEnd(',')) || MentionFinder.IsPostWord(w) || w is "NHS" or "England" or "Providers" or "Confederation");
    }

    /// <summary>Operating names written with commas (<see cref="CommaForm"/>): the name in the group "name", its places in "part".</summary>
    [GeneratedRegex(CommaForm, RegexOptions.CultureInvariant)]
    internal static partial Regex CommaNames();
}
