using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using SystemGraph.Api.Extensions;
using SystemGraph.GraphQL.AspNetCore.Http;
using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Execution;
using SystemGraph.GraphQL.Execution.Pipeline;

namespace SystemGraph.Api.Limits;

/// <summary>
/// At most <see cref="GraphQLLimitsOptions.MaxConcurrentExpensivePerClient"/> expensive requests (estimated cost at or
/// over <see cref="GraphQLLimitsOptions.ExpensiveCost"/>) run at once for one client; one more is refused at once with
/// HTTP 429 and <c>TOO_MANY_EXPENSIVE_REQUESTS</c>, before it runs, so a script sending costly queries in parallel
/// takes at most that many cores from everyone else. A client is the signed-in subject, else the network address.
/// Runs at <see cref="RequestStage.BeforeExecution"/>, after the cost is estimated (<c>RequestLimitsStep</c>).
/// </summary>
internal sealed class ExpensiveRequestLimitStep : IRequestStep, IDisposable
{
    public const string Code = "TOO_MANY_EXPENSIVE_REQUESTS";

    private readonly GraphQLLimitsOptions _options;
    private readonly PartitionedRateLimiter<string> _limiter;

    public ExpensiveRequestLimitStep(IOptions<GraphQLLimitsOptions> options)
    {
        _options = options.Value;
        var permits = _options.MaxConcurrentExpensivePerClient;
        _limiter = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetConcurrencyLimiter(
            client, _ => new ConcurrencyLimiterOptions { PermitLimit = permits, QueueLimit = 0 }));
    }

    public async ValueTask InvokeAsync(RequestContext context, RequestStepDelegate next)
    {
        if (_options.MaxConcurrentExpensivePerClient <= 0 || context.Cost is not { } cost || cost < _options.ExpensiveCost)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        using var lease = _limiter.AttemptAcquire(ClientOf(context));
        if (!lease.IsAcquired)
        {
            var http = context.Features.Get<GraphQLHttpFeature>();
            if (http is not null)
            {
                http.StatusCode = StatusCodes.Status429TooManyRequests;
                http.ResponseHeaders["Retry-After"] = "1";
            }

            context.Result = ExecutionResult.FromError(GraphQLError.WithCode(
                string.Create(CultureInfo.InvariantCulture,
                    $"This client already has {_options.MaxConcurrentExpensivePerClient} expensive requests (estimated cost {_options.ExpensiveCost:0} or more) running; this one (cost {cost:0}) was not started. Retry when one finishes, or ask for less."),
                Code));
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    public void Dispose() => _limiter.Dispose();

    private static string ClientOf(RequestContext context)
    {
        var user = context.Features.Get<ClaimsPrincipal>();
        if (user?.Identity?.IsAuthenticated == true && (user.FindFirst("sub") ?? user.FindFirst(ClaimTypes.NameIdentifier)) is { } subject)
        {
            return "sub:" + subject.Value;
        }

        return "ip:" + (context.Features.Get<GraphQLHttpFeature>()?.ClientAddress ?? "unknown");
    }
}
