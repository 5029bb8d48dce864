using System.Text.Json;
using Microsoft.Extensions.Options;
using SystemGraph.GraphQL.Error;

namespace SystemGraph.Api.Auth;

/// <summary>
/// The same access rules (<see cref="AccessRules"/>) for the one GraphQL path outside the request pipeline: the schema
/// as SDL (<c>/graphql/schema.graphql</c>). GraphQL requests are checked by the pipeline's <see cref="AccessStep"/>;
/// the GraphiQL page and its assets hold no data and stay open.
/// </summary>
internal sealed class GraphQLAccessMiddleware(RequestDelegate next, IOptions<AuthOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // The report exports (/reports) answer the same data as the GraphQL fields, so the same callers are admitted.
        if ((context.Request.Path.StartsWithSegments("/graphql/schema.graphql", StringComparison.OrdinalIgnoreCase)
                || context.Request.Path.StartsWithSegments("/reports", StringComparison.OrdinalIgnoreCase))
            && AccessRules.Refusal(context.User, context.Request.Headers.Authorization.Count > 0, options.Value) is { } refusal)
        {
            context.Response.StatusCode = refusal.Code == ErrorCodes.NotAuthenticated ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden;
            if (context.Response.StatusCode == StatusCodes.Status401Unauthorized)
            {
                context.Response.Headers.WWWAuthenticate = "Bearer";
            }

            context.Response.ContentType = "application/json; charset=utf-8";
            var body = JsonSerializer.Serialize(new { errors = new[] { new { message = refusal.Message, extensions = new { code = refusal.Code } } } });
            await context.Response.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }
}
