using SystemGraph.Api.Caching;
using SystemGraph.Api.Subscriptions;
using SystemGraph.GraphQL.AspNetCore.Http;
using SystemGraph.GraphQL.AspNetCore.Subscriptions;

namespace SystemGraph.Api.Extensions;

/// <summary>
/// Subscriptions: the change feed (hub, the publish point's publisher, the graph version watch), the Redis relay
/// between instances when <c>Cache:Redis</c> is set, and the SSE and WebSocket transports on /graphql.
/// Settings: section <c>Subscriptions</c> (<see cref="ChangeFeedOptions"/>, <see cref="GraphQLSubscriptionOptions"/>).
/// </summary>
internal static class SubscriptionExtensions
{
    public static WebApplicationBuilder AddSystemGraphSubscriptions(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(ChangeFeedOptions.SectionName);
        builder.Services.AddOptions<ChangeFeedOptions>().Bind(section)
            .Validate(o => o.BufferSize > 0 && o.MaxSubscriptions > 0 && o.VersionWatchInterval >= TimeSpan.Zero && !string.IsNullOrWhiteSpace(o.RedisChannel),
                "Subscriptions: BufferSize and MaxSubscriptions must be positive, VersionWatchInterval not negative, RedisChannel set.")
            .ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ChangeHub>();
        if (!string.IsNullOrWhiteSpace(builder.Configuration.GetSection(RedisCacheOptions.SectionName)[nameof(RedisCacheOptions.Redis)]))
        {
            builder.Services.AddSingleton<RedisChangeRelay>();
            builder.Services.AddSingleton<IChangeRelay>(sp => sp.GetRequiredService<RedisChangeRelay>());
            builder.Services.AddHostedService(sp => sp.GetRequiredService<RedisChangeRelay>());
        }

        builder.Services.AddSingleton(sp => new ChangePublisher(sp.GetRequiredService<ChangeHub>(), sp.GetRequiredService<TimeProvider>(), sp.GetService<IChangeRelay>()));
        builder.Services.AddSingleton<GraphVersionWatcher>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<GraphVersionWatcher>());
        builder.Services.AddGraphQLSubscriptions();
        builder.Services.AddOptions<GraphQLSubscriptionOptions>().Bind(section)
            .Validate(o => o.MaxSubscriptionsPerConnection > 0 && o.StreamBufferSize > 0 && o.MaxMessageBytes > 0
                    && o.KeepAliveInterval > TimeSpan.Zero && o.ConnectionInitTimeout > TimeSpan.Zero && o.ReservationTimeout > TimeSpan.Zero,
                "Subscriptions: MaxSubscriptionsPerConnection, StreamBufferSize, MaxMessageBytes, KeepAliveInterval, ConnectionInitTimeout and ReservationTimeout must be positive.")
            .ValidateOnStart();
        return builder;
    }

    public static WebApplication UseSystemGraphSubscriptions(this WebApplication app)
    {
        app.UseWebSockets();
        return app;
    }
}
