using SystemGraph.Graph.Model;
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

    /// <summary>
    /// The first problem with the request's ids (one store call): an id that names no entity (NOT_FOUND), a system
    /// that is not an area or a CCG that is not an organisation (INVALID_ARGUMENT); null when there is none.
    /// </summary>
    public static async Task<(string Code, string Message)?> IdProblemAsync(IGraphReader reader, TransitionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(request);
        var asked = new[] { (Id: request.SystemId, Kind: EntityKind.Area, Name: "system"), (Id: request.CcgId, Kind: EntityKind.Organisation, Name: "ccg") }
            .Where(a => a.Id is not null).ToList();
        if (asked.Count == 0)
        {
            return null;
        }

        var found = await reader.GetEntitiesAsync(asked.Select(a => a.Id!).ToList(), cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < asked.Count; i++)
        {
            if (found[i] is not { } entity)
            {
                return ("NOT_FOUND", $"No entity has the id '{asked[i].Id}'.");
            }

            if (entity.Kind != asked[i].Kind)
            {
                return ("INVALID_ARGUMENT", $"{asked[i].Name} must be the id of an {GraphNames.ToWire(asked[i].Kind)}; '{entity.Id}' is a {GraphNames.ToWire(entity.Kind)}.");
            }
        }

        return null;
    }
}
