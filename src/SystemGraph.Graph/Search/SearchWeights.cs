namespace SystemGraph.Graph.Search;

/// <summary>
/// How much each field and each kind of match counts, in one place for both stores. A word scores its best match
/// (exact above prefix above fuzzy; name above alias above description); the words' scores add up, and an entity
/// matching more of the words ranks higher (<see cref="RankingSimilarity"/>).
/// </summary>
public static class SearchWeights
{
    public const float Name = 1.0f;
    public const float Alias = 0.8f;
    public const float Code = 1.0f;

    /// <summary>Initialisms derived from the name and aliases (<see cref="Initialisms"/>): below aliases, which the papers use.</summary>
    public const float Initials = 0.6f;
    public const float Description = 0.15f;

    /// <summary>
    /// The search's words are the entity's whole name (<see cref="SearchWords.WholeNameOf"/>): an extra clause on top
    /// of the words' own scores, so "Gateshead" ranks the area Gateshead above the many bodies named after it.
    /// </summary>
    public const float WholeName = 2.0f;

    public const float Exact = 1.0f;
    public const float Prefix = 0.45f;
    public const float Fuzzy = 0.3f;

    /// <summary>Characters of a fuzzy match's word that must be right (a typo in the first letter is rare, and the rule keeps fuzzy matching cheap).</summary>
    public const int FuzzyPrefixLength = 1;

    /// <summary>Terms a prefix or fuzzy word expands to at most (fuzzy keeps the closest).</summary>
    public const int MaxExpansions = 16;

    /// <summary>Fields of the entity search index; on Neo4j, the node properties its full-text index reads.</summary>
    public static IReadOnlyList<(string Field, float Weight, bool Loose)> Fields { get; } =
    [
        (SearchFields.Name, Name, true),
        (SearchFields.Alias, Alias, true),
        (SearchFields.Code, Code, false),
        (SearchFields.Initials, Initials, false),
        (SearchFields.Description, Description, false),
    ];
}

/// <summary>Field names of the entity search index (and of the pre-analysed properties on Neo4j).</summary>
public static class SearchFields
{
    public const string Id = "id";
    public const string Stamp = "stamp";
    public const string Key = "key";
    public const string Kind = "kind";
    public const string Name = "searchName";
    public const string Alias = "searchAliases";
    public const string Code = "searchCode";
    public const string Initials = "searchInitials";
    public const string WholeName = "searchWholeName";
    public const string Description = "searchDescription";
}
