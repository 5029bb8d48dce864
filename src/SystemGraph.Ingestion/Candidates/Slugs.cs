namespace SystemGraph.Ingestion.Candidates;

/// <summary>Ids for new records from their names: lower-case ASCII letters and digits joined by single hyphens, at most 60 characters.</summary>
public static class Slugs
{
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var chars = name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        var slug = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length == 0 ? "entity" : slug[..Math.Min(slug.Length, 60)].TrimEnd('-');
    }
}
