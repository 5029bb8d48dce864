namespace SystemGraph.GraphQL.Validation;

/// <summary>Options of <see cref="DocumentValidator"/>.</summary>
public sealed class ValidationOptions
{
    public static ValidationOptions Default { get; } = new();

    /// <summary>
    /// Errors reported at most; one more error then says validation stopped (as graphql-js does), so a hostile
    /// document cannot make the server build an unbounded error list.
    /// </summary>
    public int MaxErrors { get; init; } = 100;
}
