using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace SystemGraph.GraphQL.AspNetCore.Tests.Http;

/// <summary>
/// GraphQL over HTTP, table-driven: method × Accept × body in, status + media type + body out.
/// Statuses follow the specification's rules for each response media type.
/// </summary>
public sealed class GraphQLHttpHandlerTests(TransportHost host) : IClassFixture<TransportHost>
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private const string Json = "application/json";

    [Theory]
    [InlineData(GraphQLResponse, """{"query":"{ hello }"}""", 200, GraphQLResponse, """{"data":{"hello":"hello world"}}""")]
    [InlineData(Json, """{"query":"{ hello }"}""", 200, Json, """{"data":{"hello":"hello world"}}""")]
    [InlineData(null, """{"query":"{ hello }"}""", 200, Json, """{"data":{"hello":"hello world"}}""")]
    [InlineData("*/*", """{"query":"{ hello }"}""", 200, Json, """{"data":{"hello":"hello world"}}""")]
    [InlineData(GraphQLResponse, """{"query":"query($n: String) { hello(name: $n) }","variables":{"n":"Bury"}}""", 200, GraphQLResponse, """{"data":{"hello":"hello Bury"}}""")]
    [InlineData(GraphQLResponse, """{"query":"{ hello(","variables":null}""", 400, GraphQLResponse, null)]
    [InlineData(Json, """{"query":"{ hello("}""", 200, Json, null)]
    [InlineData(GraphQLResponse, """{"query":"{ nope }"}""", 400, GraphQLResponse, null)]
    [InlineData(Json, """{"query":"{ nope }"}""", 200, Json, null)]
    [InlineData(GraphQLResponse, """{"query":"query($by: Int!) { count(by: $by) }","variables":{"by":"x"}}""", 400, GraphQLResponse, null)]
    [InlineData(Json, """{"query":"query($by: Int!) { count(by: $by) }","variables":{"by":"x"}}""", 200, Json, null)]
    [InlineData(GraphQLResponse, """{"query":"mutation { rename(to: \"x\") }"}""", 200, GraphQLResponse, """{"data":{"rename":"x"}}""")]
    [InlineData(GraphQLResponse, """{"query":1}""", 400, GraphQLResponse, null)]
    [InlineData(GraphQLResponse, """{"quer":"{ hello }"}""", 400, GraphQLResponse, null)]
    [InlineData(GraphQLResponse, "{ not json", 400, GraphQLResponse, null)]
    [InlineData("text/xml", """{"query":"{ hello }"}""", 406, Json, null)]
    public async Task Post(string? accept, string body, int status, string mediaType, string? expectedBody)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        using var response = await host.Client.SendAsync(request);

        await AssertResponse(response, status, mediaType, expectedBody);
    }

    [Theory]
    [InlineData("/graphql?query=%7B%20hello%20%7D", 200, """{"data":{"hello":"hello world"}}""")]
    [InlineData("/graphql?query=query%20Q(%24by%3A%20Int!)%20%7B%20count(by%3A%20%24by)%20%7D&variables=%7B%22by%22%3A21%7D", 200, """{"data":{"count":42}}""")]
    [InlineData("/graphql?query=mutation%20%7B%20rename(to%3A%20%22x%22)%20%7D", 405, null)]
    [InlineData("/graphql?query=%7B%20hello%20%7D&variables=%5B1%5D", 400, null)]
    [InlineData("/graphql", 400, null)]
    public async Task Get(string url, int status, string? expectedBody)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(GraphQLResponse));

        using var response = await host.Client.SendAsync(request);

        await AssertResponse(response, status, GraphQLResponse, expectedBody);
        if (status == 405)
        {
            Assert.Equal("POST", response.Content.Headers.Allow.Single());
        }
    }

    [Fact]
    public async Task Post_without_content_type_is_415()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent("""{"query":"{ hello }"}"""u8.ToArray()) };

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Put_is_405_with_allow_header()
    {
        using var response = await host.Client.PutAsync(new Uri("/graphql", UriKind.Relative), new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Resolver_exceptions_are_masked()
    {
        using var response = await host.Client.PostAsync(new Uri("/graphql", UriKind.Relative), new StringContent("""{"query":"{ boom hello }"}""", Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("secret internal detail", text, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(text);
        Assert.Equal("hello world", json.RootElement.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("data").GetProperty("boom").ValueKind);
    }

    [Fact]
    public async Task Oversized_request_is_413()
    {
        var body = "{\"query\":\"{ hello }\",\"extensions\":{\"pad\":\"" + new string('x', 5000) + "\"}}";
        using var response = await host.Client.PostAsync(new Uri("/graphql", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Browsers_get_GraphiQL_served_from_this_server()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");

        using var response = await host.Client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/graphql/graphiql/graphiql.min.js", html, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

        foreach (var file in new[] { "graphiql.min.js", "graphiql.min.css", "react.production.min.js", "react-dom.production.min.js", "start.js" })
        {
            using var asset = await host.Client.GetAsync(new Uri("/graphql/graphiql/" + file, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
            Assert.True((await asset.Content.ReadAsByteArrayAsync()).Length > 100, file);

            using var again = new HttpRequestMessage(HttpMethod.Get, "/graphql/graphiql/" + file);
            again.Headers.TryAddWithoutValidation("If-None-Match", asset.Headers.ETag!.Tag);
            using var notModified = await host.Client.SendAsync(again);
            Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        }
    }

    [Fact]
    public async Task Schema_is_served_as_SDL()
    {
        var sdl = await host.Client.GetStringAsync(new Uri("/graphql/schema.graphql", UriKind.Relative));

        Assert.Contains("type Query {", sdl, StringComparison.Ordinal);
        Assert.Contains("rename(to: String!): String!", sdl, StringComparison.Ordinal);
    }

    private static async Task AssertResponse(HttpResponseMessage response, int status, string mediaType, string? expectedBody)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == (int)response.StatusCode, $"expected {status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        using var json = JsonDocument.Parse(text);
        if (expectedBody is not null)
        {
            Assert.Equal(expectedBody, text);
        }
        else
        {
            Assert.True(json.RootElement.GetProperty("errors").GetArrayLength() > 0);
            Assert.True(json.RootElement.GetProperty("errors")[0].GetProperty("extensions").TryGetProperty("code", out _));
            if (status >= 400)
            {
                Assert.False(json.RootElement.TryGetProperty("data", out _), "a refused request has no data entry");
            }
        }
    }
}
