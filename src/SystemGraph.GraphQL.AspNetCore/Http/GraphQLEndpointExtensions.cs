using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SystemGraph.GraphQL.Execution.Pipeline;

namespace SystemGraph.GraphQL.AspNetCore.Http;

/// <summary>Maps the GraphQL endpoint, GraphiQL's assets and the SDL under one path.</summary>
public static class GraphQLEndpointExtensions
{
    /// <summary>
    /// <c>GET|POST {pattern}</c>: GraphQL over HTTP (GraphiQL for browsers);
    /// <c>GET {pattern}/schema.graphql</c>: the SDL; <c>GET {pattern}/graphiql/{file}</c>: GraphiQL's files.
    /// Other methods on <c>{pattern}</c> get 405.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQLHttp(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup(pattern);
        group.MapGet("/schema.graphql", (HttpContext context) => context.RequestServices.GetRequiredService<GraphQLHttpHandler>().HandleSchemaAsync(context));
        group.MapGet("/graphiql/{file}", (HttpContext context, string file) => GraphQLHttpHandler.HandleGraphiQLAssetAsync(context, file));
        group.MapMethods("/", ["GET", "POST", "PUT", "PATCH", "DELETE"], (HttpContext context) =>
            context.RequestServices.GetRequiredService<GraphQLHttpHandler>().HandleAsync(context));
        return group;
    }

    /// <summary>
    /// Adds a step to the request pipeline at <paramref name="stage"/> (a singleton); steps of one stage run in the order
    /// they are added. The host passes <c>GetServices&lt;RequestStepRegistration&gt;()</c> to its executor.
    /// </summary>
    public static IServiceCollection AddGraphQLRequestStep<TStep>(this IServiceCollection services, RequestStage stage)
        where TStep : class, IRequestStep
    {
        services.AddSingleton<TStep>();
        services.AddSingleton(sp => new RequestStepRegistration(stage, sp.GetRequiredService<TStep>()));
        return services;
    }

    /// <summary>
    /// Adds the streaming transports on the GraphQL path: GraphQL over SSE (graphql-sse, both modes) and over WebSocket
    /// (graphql-transport-ws). The host also calls <c>UseWebSockets()</c>.
    /// </summary>
    public static IServiceCollection AddGraphQLSubscriptions(this IServiceCollection services, Action<Subscriptions.GraphQLSubscriptionOptions>? configure = null)
    {
        services.AddOptions<Subscriptions.GraphQLSubscriptionOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.AddSingleton<Subscriptions.GraphQLSseHandler>();
        services.AddSingleton<Subscriptions.GraphQLWebSocketHandler>();
        return services;
    }

    /// <summary>Registers the handler; the host registers its <see cref="Execution.GraphQLRequestExecutor"/>.</summary>
    public static IServiceCollection AddGraphQLHttp(this IServiceCollection services, Action<GraphQLHttpOptions>? configure = null)
    {
        services.AddOptions<GraphQLHttpOptions>()
            .Validate(o => o.MaxRequestBytes > 0, "GraphQL:Http:MaxRequestBytes must be positive.")
            .Validate(o => !o.EnableGraphiQL || !string.IsNullOrWhiteSpace(o.GraphiQLTitle), "GraphQL:Http:GraphiQLTitle must not be empty when GraphiQL is served.")
            .ValidateOnStart();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.AddSingleton<GraphQLHttpHandler>();
        return services;
    }
}
