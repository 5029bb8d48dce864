using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace SystemGraph.Api.Extensions;

/// <summary>
/// Per-client rate limiting of the GraphQL endpoint (ASP.NET Core rate limiting): a fixed window per remote
/// address. A refused request gets 429 with a GraphQL error body (<c>extensions.code: RATE_LIMITED</c>).
/// </summary>
internal static class RateLimitExtensions
{
    public const string PolicyName = "graphql";

    public static WebApplicationBuilder AddGraphQLRateLimit(this WebApplicationBuilder builder)
    {
        var perMinute = builder.Configuration.GetSection(GraphQLLimitsOptions.SectionName).Get<GraphQLLimitsOptions>()?.RequestsPerMinute
            ?? new GraphQLLimitsOptions().RequestsPerMinute;
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(PolicyName, context => perMinute <= 0
                ? RateLimitPartition.GetNoLimiter("unlimited")
                : RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.ContentType = "application/json; charset=utf-8";
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                await context.HttpContext.Response.WriteAsync(
                    """{"errors":[{"message":"Too many requests from this client; try again later.","extensions":{"code":"RATE_LIMITED"}}]}""",
                    cancellationToken).ConfigureAwait(false);
            };
        });
        return builder;
    }
}
