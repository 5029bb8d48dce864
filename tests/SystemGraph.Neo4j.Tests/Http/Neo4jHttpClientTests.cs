using System.Net;
using System.Text.Json;
using SystemGraph.Neo4j.Http;

namespace SystemGraph.Neo4j.Tests.Http;

/// <summary>The Query API mapping: requests built, results and errors parsed, retries and transactions.</summary>
public sealed class Neo4jHttpClientTests
{
    private static readonly CypherStatement Merge = new(
        "MERGE (p:Person {name: $name}) RETURN p AS person, p.name AS name",
        new Dictionary<string, object?> { ["name"] = "Phil", ["since"] = new DateOnly(2022, 7, 1), ["tags"] = new[] { "a", "b" } });

    [Fact]
    public async Task Run_posts_statement_parameters_and_access_mode_with_basic_auth()
    {
        var handler = new RecordingHandler().Respond(HttpStatusCode.Accepted, RecordedBodies.NodeResult);
        var client = Client(handler);

        await client.RunAsync(Merge, AccessMode.Read, CancellationToken.None);

        var (method, uri, body, headers) = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, method);
        Assert.Equal("http://neo4j.test:7474/db/my%20db/query/v2", uri.AbsoluteUri);
        Assert.Equal("Basic bmVvNGo6c2VjcmV0", headers["Authorization"]);
        using var json = JsonDocument.Parse(body!);
        Assert.Equal(Merge.Text, json.RootElement.GetProperty("statement").GetString());
        Assert.Equal("Phil", json.RootElement.GetProperty("parameters").GetProperty("name").GetString());
        Assert.Equal("2022-07-01", json.RootElement.GetProperty("parameters").GetProperty("since").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("parameters").GetProperty("tags").GetArrayLength());
        Assert.Equal("Read", json.RootElement.GetProperty("accessMode").GetString());
    }

    [Fact]
    public async Task Run_parses_fields_rows_and_bookmarks()
    {
        var client = Client(new RecordingHandler().Respond(HttpStatusCode.Accepted, RecordedBodies.NodeResult));

        var result = await client.RunAsync(Merge, AccessMode.Write, CancellationToken.None);

        Assert.Equal(["person", "name"], result.Fields);
        Assert.Single(result.Rows);
        Assert.Equal("Phil", result.Get(0, "name").GetString());
        Assert.Equal("Phil", result.Get(0, "person").GetProperty("properties").GetProperty("name").GetString());
        Assert.Equal(["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ"], result.Bookmarks);
    }

    [Fact]
    public async Task Client_errors_are_raised_with_their_code_and_not_retried()
    {
        var handler = new RecordingHandler().Respond(HttpStatusCode.BadRequest, RecordedBodies.SyntaxError);
        var client = Client(handler);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(Merge, AccessMode.Write, CancellationToken.None));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Equal("ClientError", error.Classification);
        Assert.False(error.IsTransient);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Wrong_credentials_are_an_authentication_error()
    {
        var client = Client(new RecordingHandler().Respond(HttpStatusCode.Unauthorized, RecordedBodies.Unauthorized));

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(Merge, AccessMode.Read, CancellationToken.None));

        Assert.True(error.IsAuthentication);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task Transient_errors_and_unreachable_servers_are_retried_with_backoff()
    {
        var handler = new RecordingHandler()
            .Respond(HttpStatusCode.BadRequest, RecordedBodies.Deadlock)
            .Fail(new HttpRequestException("connection refused"))
            .Respond(HttpStatusCode.ServiceUnavailable, "")
            .Respond(HttpStatusCode.Accepted, RecordedBodies.NodeResult);
        var delays = new List<TimeSpan>();
        var client = Client(handler, delays);

        var result = await client.RunAsync(Merge, AccessMode.Write, CancellationToken.None);

        Assert.Single(result.Rows);
        Assert.Equal(4, handler.Requests.Count);
        Assert.Equal(3, delays.Count);
        Assert.True(delays[1] > delays[0] && delays[2] > delays[1], "back-off grows");
    }

    [Fact]
    public async Task Retries_stop_after_the_configured_count()
    {
        var handler = new RecordingHandler();
        for (var i = 0; i < 10; i++)
        {
            handler.Fail(new HttpRequestException("connection refused"));
        }

        var client = Client(handler, maxRetries: 2);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(Merge, AccessMode.Read, CancellationToken.None));

        Assert.Contains("could not be reached", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, handler.Requests.Count);
    }

    [Fact]
    public async Task Explicit_transaction_opens_runs_and_commits_with_cluster_affinity()
    {
        var handler = new RecordingHandler()
            .Respond(HttpStatusCode.Accepted, RecordedBodies.TransactionOpened, ("neo4j-cluster-affinity", "MTAuOC41Ljc6MTc0NzQ="))
            .Respond(HttpStatusCode.Accepted, RecordedBodies.NodeResult)
            .Respond(HttpStatusCode.Accepted, RecordedBodies.Committed);
        var client = Client(handler);

        await using (var tx = await client.BeginAsync(AccessMode.Write, CancellationToken.None))
        {
            Assert.Equal("lyU", tx.Id);
            await tx.RunAsync(Merge, CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }

        Assert.Equal(3, handler.Requests.Count);
        Assert.EndsWith("/query/v2/tx", handler.Requests[0].Uri.AbsolutePath, StringComparison.Ordinal);
        Assert.EndsWith("/query/v2/tx/lyU", handler.Requests[1].Uri.AbsolutePath, StringComparison.Ordinal);
        Assert.EndsWith("/query/v2/tx/lyU/commit", handler.Requests[2].Uri.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal("MTAuOC41Ljc6MTc0NzQ=", handler.Requests[1].Headers["neo4j-cluster-affinity"]);
    }

    [Fact]
    public async Task Disposing_an_uncommitted_transaction_rolls_it_back()
    {
        var handler = new RecordingHandler()
            .Respond(HttpStatusCode.Accepted, RecordedBodies.TransactionOpened)
            .Respond(HttpStatusCode.OK, "");
        var client = Client(handler);

        await using (await client.BeginAsync(AccessMode.Write, CancellationToken.None))
        {
        }

        Assert.Equal(HttpMethod.Delete, handler.Requests[1].Method);
        Assert.EndsWith("/query/v2/tx/lyU", handler.Requests[1].Uri.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_statement_is_observable_before_it_is_sent()
    {
        var client = Client(new RecordingHandler().Respond(HttpStatusCode.Accepted, RecordedBodies.NodeResult));
        var seen = new List<CypherStatement>();
        client.StatementSent += seen.Add;

        await client.RunAsync(Merge, AccessMode.Read, CancellationToken.None);

        Assert.Same(Merge, Assert.Single(seen));
    }

    [Fact]
    public void Options_never_print_the_password()
    {
        var options = new Neo4jOptions { Uri = new Uri("http://neo4j.test:7474"), Password = "secret" };

        Assert.DoesNotContain("secret", options.ToString(), StringComparison.Ordinal);
    }

    private static Neo4jHttpClient Client(RecordingHandler handler, List<TimeSpan>? delays = null, int maxRetries = 4)
    {
        var options = new Neo4jOptions
        {
            Uri = new Uri("http://neo4j.test:7474/"),
            Database = "my db",
            User = "neo4j",
            Password = "secret",
            MaxRetries = maxRetries,
        };
        return new Neo4jHttpClient(new HttpClient(handler), options, delay: (d, _) =>
        {
            delays?.Add(d);
            return Task.CompletedTask;
        });
    }
}
