using System.Security.Claims;
using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Execution;

namespace SystemGraph.Api.Auth;

/// <summary>
/// Who is asking, as resolvers see it, and the role checks of the write issue: editors and admins write to the
/// baseline and promote; planners (and editors, admins) open scenarios, write inside them and read them; the audit
/// log (it names people) is for signed-in callers of any role, never anonymous ones. A refusal
/// is a GraphQL error with <c>extensions.code</c> AUTH_NOT_AUTHENTICATED or AUTH_NOT_AUTHORIZED; the HTTP layer
/// answers 401 / 403 when it leaves no data.
/// </summary>
internal sealed class Caller(ClaimsPrincipal? user)
{
    private static readonly string[] ScenarioRoles = [Roles.Planner, Roles.Editor, Roles.Admin];
    private static readonly string[] BaselineRoles = [Roles.Editor, Roles.Admin];

    /// <summary>The caller of this field's request: the principal the transport put in the request's features.</summary>
    public static Caller Of(IResolveFieldContext context) => new(context.Features.Get<ClaimsPrincipal>());

    public bool IsAuthenticated => user?.Identity?.IsAuthenticated == true;

    /// <summary>The subject the audit log records (the token's <c>sub</c>).</summary>
    public string Subject => user?.FindFirst("sub")?.Value ?? user?.Identity?.Name ?? "anonymous";

    public bool IsInAnyRole(params string[] roles) => IsAuthenticated && user!.FindAll(Roles.ClaimType).Any(c => roles.Contains(c.Value, StringComparer.Ordinal));

    public bool CanWriteBaseline => IsInAnyRole(BaselineRoles);

    public bool CanUseScenarios => IsInAnyRole(ScenarioRoles);

    /// <summary>Writes to the baseline, or inside a scenario when <paramref name="scenarioId"/> is set.</summary>
    public void RequireWrite(string operation, string? scenarioId)
    {
        RequireAuthenticated(operation);
        if (scenarioId is null && !CanWriteBaseline)
        {
            throw Refuse(ErrorCodes.NotAuthorized, CanUseScenarios
                ? $"{operation} on the baseline needs the editor or admin role; planners write inside a scenario (input.scenario)."
                : $"{operation} needs the planner, editor or admin role.");
        }

        if (scenarioId is not null && !CanUseScenarios)
        {
            throw Refuse(ErrorCodes.NotAuthorized, $"{operation} in a scenario needs the planner, editor or admin role.");
        }
    }

    public void RequireScenarioAccess(string what)
    {
        RequireAuthenticated(what);
        if (!CanUseScenarios)
        {
            throw Refuse(ErrorCodes.NotAuthorized, $"{what} needs the planner, editor or admin role: scenarios are unpublished proposals.");
        }
    }

    public void RequireEditor(string operation)
    {
        RequireAuthenticated(operation);
        if (!CanWriteBaseline)
        {
            throw Refuse(ErrorCodes.NotAuthorized, $"{operation} needs the editor or admin role.");
        }
    }

    /// <summary>A signed-in caller with any role (the access middleware has already refused tokens without one).</summary>
    public void RequireAuthenticated(string what)
    {
        if (!IsAuthenticated)
        {
            throw Refuse(ErrorCodes.NotAuthenticated, $"{what} needs a bearer token.");
        }
    }

    private static GraphQLException Refuse(string code, string message) => new(GraphQLError.WithCode(message, code));
}
