using System.Text.Json;
using Microsoft.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace SystemGraph.Api.Auth;

/// <summary>
/// Who may send GraphQL requests at all. A request that presents a token which does not validate is refused
/// (401), never downgraded to anonymous; without a token it is anonymous, allowed when
/// <see cref="AuthOptions.AnonymousReads"/> is on; with a valid token it needs one of the known roles (else 403).
/// Refusals follow GraphQL over HTTP: a GraphQL error with <c>extensions.code</c> AUTH_NOT_AUTHENTICATED /
/// AUTH_NOT_AUTHORIZED. The GraphiQL page (a browser GET asking for HTML) stays open: it holds no data.
/// </summary>
internal sealed class GraphQLAccessMiddleware(RequestDelegate next, IOptions<AuthOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // The report exports (/reports) answer the same data as the GraphQL fields, so the same callers are admitted.
        var graphql = context.Request.Path.StartsWithSegments("/graphql", StringComparison.OrdinalIgnoreCase);
        if (!(graphql || context.Request.Path.StartsWithSegments("/reports", StringComparison.OrdinalIgnoreCase)) || (graphql && IsGraphiQLPage(context.Request)))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var presented = context.Request.Headers.Authorization.Count > 0;
        var user = context.User;
        if (presented && user.Identity?.IsAuthenticated != true)
        {
            await RefuseAsync(context, StatusCodes.Status401Unauthorized, "AUTH_NOT_AUTHENTICATED", "The bearer token is not valid (signature, issuer, audience or lifetime).").ConfigureAwait(false);
            return;
        }

        if (user.Identity?.IsAuthenticated != true)
        {
            if (!options.Value.AnonymousReads)
            {
                await RefuseAsync(context, StatusCodes.Status401Unauthorized, "AUTH_NOT_AUTHENTICATED", "This server needs a bearer token.").ConfigureAwait(false);
                return;
            }
        }
        else if (!user.FindAll(Roles.ClaimType).Any(c => Roles.All.Contains(c.Value)))
        {
            await RefuseAsync(context, StatusCodes.Status403Forbidden, "AUTH_NOT_AUTHORIZED", "The token carries none of the roles reader, planner, editor or admin.").ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    private static bool IsGraphiQLPage(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && !request.Query.ContainsKey("query") && !request.Query.ContainsKey("extensions")
        && request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    private static async Task RefuseAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
        }

        var graphqlResponse = context.Request.GetTypedHeaders().Accept.Count == 0
            || context.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("application/graphql-response+json", StringComparison.OrdinalIgnoreCase) || a.MediaType.Equals("*/*", StringComparison.Ordinal));
        context.Response.ContentType = (graphqlResponse ? "application/graphql-response+json" : "application/json") + "; charset=utf-8";
        var body = JsonSerializer.Serialize(new { errors = new[] { new { message, extensions = new { code } } } });
        await context.Response.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }
}
