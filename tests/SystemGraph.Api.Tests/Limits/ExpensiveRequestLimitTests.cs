using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SystemGraph.GraphQL.AspNetCore.Http;
using SystemGraph.GraphQL.Execution.Pipeline;

namespace SystemGraph.Api.Tests.Limits;

/// <summary>The per-client limit on concurrent expensive requests: one over it is answered 429 with a code, before it runs.</summary>
public sealed class ExpensiveRequestLimitTests(ExpensiveRequestLimitTests.OneAtATimeFactory factory) : IClassFixture<ExpensiveRequestLimitTests.OneAtATimeFactory>
{
    private const string Expensive = """query Held { accountabilityChain(from: "bury-integrated-delivery-collaborative") { truncated } }""";
    private const string AlsoExpensive = """{ accountableTo(to: "greater-manchester-ics") { truncated } }""";

    [Fact]
    public async Task A_second_expensive_request_while_one_runs_gets_429_and_cheap_requests_go_on()
    {
        using var client = factory.CreateClient();
        var gate = factory.Services.GetRequiredService<HoldStep>();
        gate.Hold();

        var held = client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query = Expensive });
        await gate.Entered.WaitAsync(TimeSpan.FromSeconds(30));
        using var refused = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query = AlsoExpensive });
        var cheap = await client.DataAsync("""{ entity(id: "bury") { id } }""");
        gate.Release();
        using var first = await held;
        using var after = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query = AlsoExpensive });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("1", refused.Headers.RetryAfter?.ToString());
        Assert.Equal("TOO_MANY_EXPENSIVE_REQUESTS", JsonNode.Parse(await refused.Content.ReadAsStringAsync())!.Code());
        Assert.Equal("bury", cheap["entity"]!["id"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Null(JsonNode.Parse(await after.Content.ReadAsStringAsync())!["errors"]);
    }

    /// <summary>Holds the operation named Held inside the limit (after it took its place) until the test releases it.</summary>
    public sealed class HoldStep : IRequestStep
    {
        private TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Entered => _entered.Task;

        public void Hold()
        {
            _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
            _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        public void Release() => _release.TrySetResult();

        public async ValueTask InvokeAsync(RequestContext context, RequestStepDelegate next)
        {
            if (context.Operation?.Name?.Value == "Held")
            {
                _entered.TrySetResult();
                await _release.Task.WaitAsync(context.CancellationToken).ConfigureAwait(false);
            }

            await next(context).ConfigureAwait(false);
        }
    }

    /// <summary>One expensive request per client at a time; a chain (cost 251) counts as expensive.</summary>
    public sealed class OneAtATimeFactory : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("GraphQL:Limits:MaxConcurrentExpensivePerClient", "1");
            builder.UseSetting("GraphQL:Limits:ExpensiveCost", "200");
            builder.UseSetting("Cache:Enabled", "false");
            builder.ConfigureTestServices(services => services.AddGraphQLRequestStep<HoldStep>(RequestStage.BeforeExecution));
        }
    }
}
