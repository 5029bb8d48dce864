using SystemGraph.Graph.Store;
using SystemGraph.Graph.Transitions;

namespace SystemGraph.Api.Reports;

/// <summary>
/// The checks a transition report's arguments pass, the same for the GraphQL fields and the REST export: the
/// date within 1990 to 2100, and every id named an entity (else the first unknown id is reported).
/// </summary>
internal static class TransitionArguments
{
    public static readonly DateOnly Earliest = new(1990, 1, 1);
    public static readonly DateOnly Latest = new(2100, 12, 31);

    /// <summary>Null when the date is in range; else the message for INVALID_ARGUMENT.</summary>
    public static string? DateProblem(DateOnly? asOf) =>
        asOf is { } date && (date < Earliest || date > Latest)
            ? $"asOf must be between {Earliest:yyyy-MM-dd} and {Latest:yyyy-MM-dd}; {date:yyyy-MM-dd} was given."
            : null;

    /// <summary>The first id of the request that names no entity in <paramref name="reader"/>, or null (one store call).</summary>
    public static async Task<string?> UnknownIdAsync(IGraphReader reader, TransitionRequest request, CancellationToken cancellationToken)
    {
        var ids = new[] { request.SystemId, request.CcgId }.OfType<string>().ToList();
        if (ids.Count == 0)
        {
            return null;
        }

        var found = await reader.GetEntitiesAsync(ids, cancellationToken).ConfigureAwait(false);
        return ids.Where((_, i) => found[i] is null).FirstOrDefault();
    }
}
