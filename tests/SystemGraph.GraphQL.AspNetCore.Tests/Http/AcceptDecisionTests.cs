using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using SystemGraph.GraphQL.AspNetCore.Http;

namespace SystemGraph.GraphQL.AspNetCore.Tests.Http;

/// <summary>The remembered decision for an Accept value is the negotiator's, however often and however it is sent.</summary>
public sealed class AcceptDecisionTests
{
    private static AcceptDecision Decide(params string[] lines)
    {
        var context = new DefaultHttpContext();
        if (lines.Length > 0)
        {
            context.Request.Headers.Accept = new StringValues(lines);
        }

        return AcceptDecision.Of(context.Request);
    }

    [Theory]
    [InlineData("application/graphql-response+json, application/json", "application/graphql-response+json", false, false)]
    [InlineData("application/json, application/graphql-response+json;q=0.5", "application/json", false, false)]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/json", true, false)]
    [InlineData("text/event-stream", null, false, true)]
    [InlineData("application/json;q=0.5, text/event-stream", "application/json", false, true)]
    [InlineData("application/xml", null, false, false)]
    public void Decides_as_the_negotiator_the_first_time_and_every_time_after(string accept, string? mediaType, bool html, bool eventStream)
    {
        var expected = new AcceptDecision(mediaType, html, eventStream);

        Assert.Equal(expected, Decide(accept));
        Assert.Equal(expected, Decide(accept));
    }

    [Fact]
    public void No_header_is_json_and_neither_preference()
    {
        Assert.Equal(new AcceptDecision(GraphQLMediaTypes.Json, false, false), Decide());
    }

    [Fact]
    public void Several_header_lines_are_read_as_one_list()
    {
        Assert.Equal(Decide("application/json;q=0.5, application/graphql-response+json"), Decide("application/json;q=0.5", "application/graphql-response+json"));
        Assert.Equal(GraphQLMediaTypes.GraphQLResponseJson, Decide("application/json;q=0.5", "application/graphql-response+json").MediaType);
    }
}
