using System.Security.Claims;
using SystemGraph.GraphQL.Error;

namespace SystemGraph.Api.Auth;

/// <summary>
/// Who may send GraphQL requests at all, decided here once (the pipeline's <see cref="AccessStep"/> and the SDL
/// endpoint's gate both ask). A request that presents a token which does not validate is refused, never downgraded to
/// anonymous; without a token it is anonymous, allowed when <see cref="AuthOptions.AnonymousReads"/> is on; with a
/// valid token it needs one of the known roles.
/// </summary>
internal static class AccessRules
{
    /// <summary>The refusal (a code of <see cref="ErrorCodes"/> and a message), or null when the caller may go on.</summary>
    public static (string Code, string Message)? Refusal(ClaimsPrincipal? user, bool presentedCredentials, AuthOptions options)
    {
        var authenticated = user?.Identity?.IsAuthenticated == true;
        if (presentedCredentials && !authenticated)
        {
            return (ErrorCodes.NotAuthenticated, "The bearer token is not valid (signature, issuer, audience or lifetime).");
        }

        if (!authenticated)
        {
            return options.AnonymousReads ? null : (ErrorCodes.NotAuthenticated, "This server needs a bearer token.");
        }

        return user!.FindAll(Roles.ClaimType).Any(c => Roles.All.Contains(c.Value))
            ? null
            : (ErrorCodes.NotAuthorized, "The token carries none of the roles reader, planner, editor or admin.");
    }
}
