using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using SystemGraph.Api.Auth;
using SystemGraph.Api.Cli;

namespace SystemGraph.Api.Tests.Auth;

/// <summary>JWT bearer access with anonymous reads off: who gets in, and the GraphQL-over-HTTP refusals.</summary>
public sealed class AuthTests(AuthTests.TokensRequiredFactory factory) : IClassFixture<AuthTests.TokensRequiredFactory>
{
    private const string Key = "test-signing-key-of-at-least-32-bytes!";
    private static readonly AuthOptions Options = new() { SigningKey = Key };

    [Theory]
    [InlineData(Roles.Reader)]
    [InlineData(Roles.Planner)]
    [InlineData(Roles.Editor)]
    [InlineData(Roles.Admin)]
    public async Task Each_role_can_read(string role)
    {
        var (status, body) = await QueryAsync(DevelopmentTokens.Mint(Options, "alice", [role], TimeSpan.FromMinutes(5)));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body["data"]!["graphStats"]!["entities"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task No_token_is_401_not_authenticated()
    {
        var (status, body) = await QueryAsync(null);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_token_that_does_not_validate_is_401_never_anonymous()
    {
        var otherKey = DevelopmentTokens.Mint(new AuthOptions { SigningKey = "another-key-that-is-also-32-bytes-long" }, "mallory", [Roles.Admin], TimeSpan.FromMinutes(5));
        var expired = DevelopmentTokens.Mint(Options, "alice", [Roles.Reader], TimeSpan.FromMinutes(5), new ShiftedTime(TimeSpan.FromHours(-2)));
        var otherAudience = DevelopmentTokens.Mint(new AuthOptions { SigningKey = Key, Audience = "someone-else" }, "alice", [Roles.Reader], TimeSpan.FromMinutes(5));

        foreach (var token in new[] { otherKey, expired, otherAudience, "not-a-jwt" })
        {
            var (status, body) = await QueryAsync(token);
            Assert.Equal(HttpStatusCode.Unauthorized, status);
            Assert.Equal("AUTH_NOT_AUTHENTICATED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task A_valid_token_without_a_known_role_is_403_not_authorized()
    {
        var token = DevelopmentTokens.Mint(Options, "bob", ["visitor"], TimeSpan.FromMinutes(5));

        var (status, body) = await QueryAsync(token);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("AUTH_NOT_AUTHORIZED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Token_mint_prints_a_token_the_server_accepts_and_refuses_without_a_key()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var minted = await TokenMintCommand.RunAsync(["--sub", "carol", "--role", "editor", "--minutes", "10"], Options, output, errors);
        var refused = await TokenMintCommand.RunAsync(["--sub", "carol", "--role", "editor"], new AuthOptions(), TextWriter.Null, errors);

        Assert.Equal(0, minted);
        Assert.Equal(HttpStatusCode.OK, (await QueryAsync(output.ToString().Trim())).Status);
        Assert.Equal(1, refused);
        Assert.Contains("Auth:SigningKey", errors.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Key, output.ToString() + errors.ToString(), StringComparison.Ordinal);
    }

    private async Task<(HttpStatusCode Status, JsonNode Body)> QueryAsync(string? token)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative)) { Content = JsonContent.Create(new { query = "{ graphStats { entities } }" }) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await client.SendAsync(request);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    private sealed class ShiftedTime(TimeSpan shift) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + shift;
    }

    public sealed class TokensRequiredFactory : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Graph:OdsPath", "none");
            builder.UseSetting("Auth:AnonymousReads", "false");
            builder.UseSetting("Auth:SigningKey", Key);
        }
    }
}
