using SystemGraph.Graph.Seed.Validation;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>
/// Places a paper names bare ("covers Barnsley, Doncaster and Rotherham", "the boroughs of Brent and Harrow") that the
/// store knows only by their councils: a short capitalised phrase is a place when the store holds a council named for it
/// ("Barnsley Metropolitan Borough Council", "London Borough of Brent", "Royal Borough of Kensington and Chelsea"). The
/// store holds councils, not their areas, so such a place is offered as a new area for the reviewer to accept; a place
/// the store holds as an area is found by its name first.
/// </summary>
internal static class CouncilPlaces
{
    /// <summary>How a council's name is made from its place's name, as the national extract writes them.</summary>
    private static readonly string[] Forms =
    [
        "{0} Council", "{0} City Council", "{0} County Council", "{0} Borough Council", "{0} District Council",
        "{0} Metropolitan Borough Council", "{0} Metropolitan District Council", "London Borough of {0}", "Royal Borough of {0}",
        "London Borough of {0} Council", "Royal Borough of {0} Council", "City of {0} Council", "City of {0} Metropolitan District Council",
    ];

    /// <summary>The longest phrase read as a place: "Bath and North East Somerset", "Brighton and Hove".</summary>
    private const int MaxWords = 5;

    /// <summary>
    /// The phrases worth asking about: short runs of capitalised words (and "and", "of", "upon", "on", "the" inside
    /// them) that no known entity is named by and that end in no body's head word ("Barnsley Hospital" names a body).
    /// </summary>
    public static IReadOnlyList<string> Candidates(IEnumerable<string> phrases, IReadOnlyCollection<KnownEntity> found)
    {
        var named = found.SelectMany(k => k.Aliases.Prepend(k.Name)).Select(EvidenceText.Fold).ToHashSet(StringComparer.Ordinal);
        return [.. phrases.Where(p => IsPlaceShaped(p) && !named.Contains(EvidenceText.Fold(p)))];
    }

    /// <summary>Every council form of each candidate, for one lookup.</summary>
    public static IEnumerable<string> CouncilNames(IEnumerable<string> candidates) => candidates.SelectMany(CouncilsOf);

    /// <summary>The candidates (folded) whose council the lookup found: an organisation named exactly by one of the forms.</summary>
    public static IReadOnlySet<string> Read(IEnumerable<string> candidates, IEnumerable<KnownEntity> councils)
    {
        var organisations = councils.Where(k => k.Kind == Graph.Model.EntityKind.Organisation)
            .SelectMany(k => k.Aliases.Prepend(k.Name)).Select(EvidenceText.Fold).ToHashSet(StringComparer.Ordinal);
        return candidates
            .Where(c => CouncilsOf(c).Any(council => organisations.Contains(EvidenceText.Fold(council))))
            .Select(EvidenceText.Fold)
            .ToHashSet(StringComparer.Ordinal);
    }

    private static IEnumerable<string> CouncilsOf(string place) =>
        Forms.Select(f => string.Format(System.Globalization.CultureInfo.InvariantCulture, f, place));

    private static bool IsPlaceShaped(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= MaxWords
            && char.IsUpper(words[0][0]) && char.IsUpper(words[^1][0])
            && words.All(w => char.IsUpper(w[0]) || w is "and" or "of" or "upon" or "on" or "the" or "le")
            && !words.Any(w => NewEntityRules.IsBodyWord(w) || MentionFinder.IsPostWord(w) || NewEntityRules.IsPersonTitle(w))
            && words[0] is not ("The" or "This" or "Our" or "NHS");
    }
}
