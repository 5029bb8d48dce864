using System.Net;
using System.Net.Http.Headers;

namespace SystemGraph.Api.Tests.Explorer;

/// <summary>The explorer page and its files, served from the assembly (built at build time, nothing fetched at run time).</summary>
public sealed class ExplorerPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task The_page_is_served_with_a_same_origin_content_security_policy()
    {
        using var response = await client.GetAsync(new Uri("/explore", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/explore/explorer.js\"></script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_script_has_an_etag_and_revalidates_with_304()
    {
        using var first = await client.GetAsync(new Uri("/explore/explorer.js", UriKind.Relative));
        var etag = first.Headers.ETag;
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/explore/explorer.js", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(etag!);
        using var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("text/javascript", first.Content.Headers.ContentType?.MediaType);
        Assert.True((await first.Content.ReadAsByteArrayAsync()).Length > 10_000);
        Assert.NotNull(etag);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Theory]
    [InlineData("/explore/nothing.js")]
    [InlineData("/explore/..%2Fappsettings.json")]
    [InlineData("/explore/%2E%2E%2F%2E%2E%2FProgram.cs")]
    [InlineData("/explore/operations")]
    public async Task Only_the_built_files_are_served(string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GraphiQL_opens_on_the_quick_tour_questions()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/graphql", UriKind.Relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var response = await client.SendAsync(request);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-default-tabs=\"[{\"query\":\"# 1. To whom is the Bury Integrated Delivery Collaborative accountable", html, StringComparison.Ordinal);
        Assert.Contains("ccgTransition", html, StringComparison.Ordinal);
    }
}
