using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SystemGraph.GraphQL.AspNetCore.Http;
using SystemGraph.GraphQL.Execution;
using SystemGraph.GraphQL.Utilities;

namespace SystemGraph.GraphQL.AspNetCore.Tests.Http;

/// <summary>A minimal host serving a small schema through the transport, over the in-memory test server.</summary>
public sealed class TransportHost : IAsyncLifetime
{
    private const string Sdl = """
        type Query {
          hello(name: String = "world"): String!
          count(by: Int!): Int!
          boom: String
        }

        type Mutation {
          rename(to: String!): String!
        }
        """;

    private WebApplication? app;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var schema = SchemaBuilder.BuildFromSdl(Sdl, o => o
            .AddResolver("Query.hello", ctx => $"hello {ctx.Arguments["name"]}")
            .AddResolver("Query.count", ctx => (int)ctx.Arguments["by"]! * 2)
            .AddResolver("Query.boom", _ => throw new InvalidOperationException("secret internal detail"))
            .AddResolver("Mutation.rename", ctx => ctx.Arguments["to"]));

        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton(new GraphQLRequestExecutor(schema));
        builder.Services.AddGraphQLHttp(o => o.MaxRequestBytes = 4096);
        app = builder.Build();
        app.MapGraphQLHttp();
        await app.StartAsync();
        Client = app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
