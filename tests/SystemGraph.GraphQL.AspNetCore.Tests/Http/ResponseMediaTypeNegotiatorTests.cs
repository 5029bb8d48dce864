using Microsoft.Net.Http.Headers;
using SystemGraph.GraphQL.AspNetCore.Http;

namespace SystemGraph.GraphQL.AspNetCore.Tests.Http;

public sealed class ResponseMediaTypeNegotiatorTests
{
    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("application/json", "application/json")]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/graphql-response+json, application/json", "application/graphql-response+json")]
    [InlineData("application/json;q=0.9, application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/json, application/graphql-response+json;q=0.5", "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/*", "application/json")]
    [InlineData("text/html", null)]
    [InlineData("application/xml", null)]
    [InlineData("application/json;q=0", null)]
    public void Select_follows_accept_header(string? accept, string? expected)
    {
        Assert.Equal(expected, ResponseMediaTypeNegotiator.Select(Parse(accept)));
    }

    [Theory]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", true)]
    [InlineData("application/json", false)]
    [InlineData("application/graphql-response+json, text/html", false)]
    [InlineData(null, false)]
    public void PrefersHtml_is_true_only_for_browsers(string? accept, bool expected)
    {
        Assert.Equal(expected, ResponseMediaTypeNegotiator.PrefersHtml(Parse(accept)));
    }

    [Theory]
    [InlineData("text/event-stream", true)]
    [InlineData("text/event-stream, multipart/mixed", true)]
    [InlineData("text/event-stream, application/json", true)]
    [InlineData("application/json;q=0.5, text/event-stream", true)]
    // urql's queries: JSON first, the stream only as a fallback.
    [InlineData("application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed", false)]
    [InlineData("application/json, text/event-stream", false)]
    [InlineData("text/event-stream;q=0, application/json", false)]
    [InlineData("*/*", false)]
    [InlineData(null, false)]
    public void PrefersEventStream_only_when_the_stream_comes_before_json(string? accept, bool expected)
    {
        Assert.Equal(expected, ResponseMediaTypeNegotiator.PrefersEventStream(Parse(accept)));
    }

    private static List<MediaTypeHeaderValue>? Parse(string? accept) =>
        accept is null ? null : MediaTypeHeaderValue.ParseList([accept]).ToList();
}
