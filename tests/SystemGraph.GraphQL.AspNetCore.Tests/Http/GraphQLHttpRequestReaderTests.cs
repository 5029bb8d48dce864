using System.Text;
using Microsoft.AspNetCore.Http;
using SystemGraph.GraphQL.AspNetCore.Http;

namespace SystemGraph.GraphQL.AspNetCore.Tests.Http;

public sealed class GraphQLHttpRequestReaderTests
{
    private static readonly GraphQLHttpOptions Options = new() { MaxRequestBytes = 1024 };

    [Fact]
    public async Task Post_json_body_is_read_with_all_parameters()
    {
        var (request, error) = await Post("""{"query":"{a}","operationName":"Op","variables":{"x":1},"extensions":{"e":true}}""");

        Assert.Null(error);
        Assert.Equal("{a}", request!.Query);
        Assert.Equal("Op", request.OperationName);
        Assert.Equal(1, request.Variables!.Value.GetProperty("x").GetInt32());
        Assert.True(request.Extensions!.Value.GetProperty("e").GetBoolean());
        Assert.False(request.IsGet);
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json;charset=UTF-8")]
    public async Task Post_accepts_utf8_charset(string contentType)
    {
        var (request, error) = await Post("""{"query":"{a}"}""", contentType);

        Assert.Null(error);
        Assert.Equal("{a}", request!.Query);
    }

    [Theory]
    [InlineData(null, 415)]
    [InlineData("text/plain", 415)]
    [InlineData("application/json; charset=utf-16", 415)]
    public async Task Post_with_wrong_content_type_is_refused(string? contentType, int status)
    {
        var (_, error) = await Post("""{"query":"{a}"}""", contentType);

        Assert.Equal(status, error!.StatusCode);
        Assert.Equal(HttpErrorCodes.UnsupportedMediaType, error.Code);
    }

    [Theory]
    [InlineData("{", HttpErrorCodes.InvalidJson)]
    [InlineData("[]", HttpErrorCodes.InvalidParameters)]
    [InlineData("""{"query":1}""", HttpErrorCodes.InvalidParameters)]
    [InlineData("""{"query":"{a}","operationName":[]}""", HttpErrorCodes.InvalidParameters)]
    [InlineData("""{"query":"{a}","variables":"x"}""", HttpErrorCodes.InvalidParameters)]
    [InlineData("""{"query":"{a}","extensions":1}""", HttpErrorCodes.InvalidParameters)]
    [InlineData("""{"operationName":"A"}""", HttpErrorCodes.MissingQuery)]
    public async Task Malformed_post_is_a_400(string body, string code)
    {
        var (_, error) = await Post(body);

        Assert.Equal(400, error!.StatusCode);
        Assert.Equal(code, error.Code);
    }

    [Fact]
    public async Task Invalid_utf8_is_refused()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"query\":\"{ a(s: \\\"").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("\\\") }\"}")).ToArray();

        var (_, error) = await Read(HttpMethods.Post, bytes, "application/json", null);

        Assert.Equal(400, error!.StatusCode);
    }

    [Fact]
    public async Task Oversized_body_is_a_413()
    {
        var (_, error) = await Post("""{"query":"{""" + new string('a', 2000) + "}\"}");

        Assert.Equal(413, error!.StatusCode);
    }

    [Fact]
    public async Task The_hosts_limit_for_a_request_replaces_the_ordinary_one()
    {
        var options = new GraphQLHttpOptions { MaxRequestBytes = 1024, RequestBytesLimit = c => c.Request.Headers.ContainsKey("X-Large") ? 4096 : 1024 };
        var body = Encoding.UTF8.GetBytes("""{"query":"{""" + new string('a', 2000) + "}\"}");

        var (large, largeError) = await GraphQLHttpRequestReader.ReadAsync(Request(body, large: true), options, CancellationToken.None);
        var (_, ordinaryError) = await GraphQLHttpRequestReader.ReadAsync(Request(body, large: false), options, CancellationToken.None);

        Assert.Null(largeError);
        Assert.StartsWith("{aaa", large!.Query, StringComparison.Ordinal);
        Assert.Equal(413, ordinaryError!.StatusCode);
        Assert.Contains("1024", ordinaryError.Message, StringComparison.Ordinal);

        static HttpRequest Request(byte[] body, bool large)
        {
            var context = new DefaultHttpContext();
            context.Request.Method = HttpMethods.Post;
            context.Request.ContentType = "application/json";
            context.Request.Body = new MemoryStream(body);
            if (large)
            {
                context.Request.Headers["X-Large"] = "1";
            }

            return context.Request;
        }
    }

    [Fact]
    public async Task Persisted_query_without_document_is_well_formed()
    {
        var (request, error) = await Post("""{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"abc"}}}""");

        Assert.Null(error);
        Assert.Null(request!.Query);
    }

    [Fact]
    public async Task Get_reads_query_string_with_json_variables()
    {
        var (request, error) = await Read(HttpMethods.Get, [], null, "?query=%7Ba%7D&operationName=Op&variables=%7B%22x%22%3A2%7D");

        Assert.Null(error);
        Assert.Equal("{a}", request!.Query);
        Assert.Equal(2, request.Variables!.Value.GetProperty("x").GetInt32());
        Assert.True(request.IsGet);
    }

    [Theory]
    [InlineData("?query=%7Ba%7D&variables=nope")]
    [InlineData("?query=%7Ba%7D&variables=%5B%5D")]
    [InlineData("?operationName=x")]
    public async Task Malformed_get_is_a_400(string queryString)
    {
        var (_, error) = await Read(HttpMethods.Get, [], null, queryString);

        Assert.Equal(400, error!.StatusCode);
    }

    [Fact]
    public async Task Other_methods_are_405()
    {
        var (_, error) = await Read(HttpMethods.Put, [], "application/json", null);

        Assert.Equal(405, error!.StatusCode);
    }

    private static Task<(GraphQLHttpRequest?, GraphQLHttpRequestError?)> Post(string body, string? contentType = "application/json") =>
        Read(HttpMethods.Post, Encoding.UTF8.GetBytes(body), contentType, null);

    private static Task<(GraphQLHttpRequest?, GraphQLHttpRequestError?)> Read(string method, byte[] body, string? contentType, string? queryString)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.ContentType = contentType;
        context.Request.Body = new MemoryStream(body);
        if (queryString is not null)
        {
            context.Request.QueryString = new QueryString(queryString);
        }

        return GraphQLHttpRequestReader.ReadAsync(context.Request, Options, CancellationToken.None);
    }
}
