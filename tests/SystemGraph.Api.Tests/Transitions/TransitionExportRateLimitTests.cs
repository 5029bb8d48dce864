using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace SystemGraph.Api.Tests.Transitions;

/// <summary>The exports share the GraphQL endpoint's per-client rate limit: a client over it gets 429 RATE_LIMITED.</summary>
public sealed class TransitionExportRateLimitTests(TransitionExportRateLimitTests.LimitedFactory factory) : IClassFixture<TransitionExportRateLimitTests.LimitedFactory>
{
    [Fact]
    public async Task Clients_over_the_rate_limit_get_429_from_the_export()
    {
        using var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            statuses.Add((await client.GetAsync(null, "/reports/transition.csv?ccg=nhs-bury-ccg")).Status);
        }

        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
    }

    /// <summary>The seed alone, five requests a minute.</summary>
    public sealed class LimitedFactory : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Graph:OdsPath", "none");
            builder.UseSetting("GraphQL:Limits:RequestsPerMinute", "5");
        }
    }
}
