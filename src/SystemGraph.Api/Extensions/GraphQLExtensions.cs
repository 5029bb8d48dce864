using Microsoft.Extensions.Options;
using SystemGraph.Api.Auth;
using SystemGraph.Api.Caching;
using SystemGraph.Api.Schema;
using SystemGraph.Api.Schema.Loaders;
using SystemGraph.GraphQL.Analysis;
using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Validation;
using SystemGraph.GraphQL.AspNetCore.Http;
using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Execution;
using SystemGraph.GraphQL.Execution.Pipeline;

namespace SystemGraph.Api.Extensions;

/// <summary>The GraphQL endpoint: the contract schema, the engine's request pipeline, and the HTTP transport.</summary>
internal static partial class GraphQLExtensions
{
    public static WebApplicationBuilder AddSystemGraphGraphQL(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<GraphQLLimitsOptions>().Bind(builder.Configuration.GetSection(GraphQLLimitsOptions.SectionName))
            .Validate(o => o.MaxDepth >= 0 && o.MaxCost >= 0 && o.ExecutionTimeoutSeconds >= 0 && o.MaxDocumentBytes >= 0 && o.RequestsPerMinute >= 0
                && o.MaxConcurrentExpensivePerClient >= 0 && o.ExpensiveCost >= 0,
                "GraphQL:Limits: MaxDepth, MaxCost, ExecutionTimeoutSeconds, MaxDocumentBytes, RequestsPerMinute, MaxConcurrentExpensivePerClient and ExpensiveCost must not be negative (0 turns a limit off).")
            .Validate(o => o.AssumedListSize >= 1 && o.MaxValidationErrors >= 1 && o.MaxNodeIds >= 1 && o.MaxSearchResults >= 1,
                "GraphQL:Limits: AssumedListSize, MaxValidationErrors, MaxNodeIds and MaxSearchResults must be at least 1.")
            .Validate(o => o.MaxPageSize >= 1 && o.DefaultPageSize >= 1 && o.DefaultPageSize <= o.MaxPageSize,
                "GraphQL:Limits: DefaultPageSize must be between 1 and MaxPageSize.")
            .ValidateOnStart();
        builder.Services.AddOptions<Schema.Ingest.IngestionOptions>().Bind(builder.Configuration.GetSection(Schema.Ingest.IngestionOptions.SectionName))
            .Validate(o => o.MaxBytes >= 1 && o.MaxTextChars >= 1, "Ingestion: MaxBytes and MaxTextChars must be at least 1.")
            .ValidateOnStart();
        builder.Services.AddSingleton(_ => SystemGraphSchema.Create());
        builder.Services.AddSingleton(sp =>
        {
            var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger("SystemGraph.GraphQL");
            var development = sp.GetRequiredService<IHostEnvironment>().IsDevelopment();
            var limits = sp.GetRequiredService<IOptions<GraphQLLimitsOptions>>().Value;
            return new GraphQLRequestExecutor(sp.GetRequiredService<SystemGraph.GraphQL.Types.GraphQLSchema>(), new GraphQLRequestExecutorOptions
            {
                Parser = new ParserOptions { MaxDocumentBytes = limits.MaxDocumentBytes },
                Validation = new ValidationOptions { MaxErrors = limits.MaxValidationErrors },
                Limits = new RequestLimits
                {
                    MaxDepth = limits.MaxDepth,
                    MaxCost = limits.MaxCost,
                    ExecutionTimeout = TimeSpan.FromSeconds(limits.ExecutionTimeoutSeconds),
                    Complexity = new ComplexityOptions { AssumedListSize = limits.AssumedListSize, DefaultPageSize = limits.DefaultPageSize },
                },
                Execution = new ExecutionOptions
                {
                    ExposeExceptionMessages = development,
                    ErrorFilter = error => MaskUnexpected(error, logger),
                },
            }, sp.GetServices<RequestStepRegistration>());
        });

        // The host's steps, in the order they run within their stage; the whole order (engine steps included) is
        // drawn on RequestPipeline in the engine.
        builder.Services.AddGraphQLRequestStep<AccessStep>(RequestStage.BeforeDocument);
        builder.Services.AddGraphQLRequestStep<PersistedOperationStep>(RequestStage.BeforeDocument);
        builder.Services.AddGraphQLRequestStep<ResponseCacheLookupStep>(RequestStage.BeforeDocument);
        builder.Services.AddGraphQLRequestStep<ResponseCacheStep>(RequestStage.AfterOperation);
        builder.Services.AddGraphQLRequestStep<ReaderScopeStep>(RequestStage.AfterOperation);
        builder.Services.AddGraphQLRequestStep<Limits.ExpensiveRequestLimitStep>(RequestStage.BeforeExecution);
        builder.AddGraphQLRateLimit();
        builder.Services.AddGraphQLHttp(o => o.GraphiQLTitle = "SystemGraph · GraphiQL");
        builder.Services.Configure<GraphQLHttpOptions>(builder.Configuration.GetSection("GraphQL:Http"));
        builder.Services.AddOptions<GraphQLHttpOptions>().Configure<IOptions<Schema.Ingest.IngestionOptions>>((http, ingestion) =>
            http.RequestBytesLimit = context => Schema.Ingest.IngestRequestBodyLimit.For(context, http.MaxRequestBytes, ingestion.Value));
        return builder;
    }

    public static WebApplication MapSystemGraphGraphQL(this WebApplication app)
    {
        app.UseRateLimiter();
        app.MapGraphQLHttp("/graphql").RequireRateLimiting(RateLimitExtensions.PolicyName);
        return app;
    }

    /// <summary>
    /// Every error gets an <c>extensions.code</c>. An unexpected exception is logged with a correlation id that the
    /// client also receives, so support can find the log line; its message and stack trace never leave the server.
    /// </summary>
    private static GraphQLError MaskUnexpected(GraphQLError error, ILogger logger)
    {
        if (error.OriginalError is null || error.OriginalError is GraphQLException)
        {
            return error.Code is null ? error.WithExtension("code", "GRAPHQL_ERROR") : error;
        }

        // A store that cannot evaluate part of a filter says so in words meant for the client.
        if (error.OriginalError is SystemGraph.Graph.Store.FilterNotSupportedException notSupported)
        {
            return GraphQLError.WithCode(notSupported.Message, SystemGraph.Api.Schema.ApiErrors.FilterNotSupported, error.Locations, error.Path);
        }

        // A write the store could not make durable (a full disk): nothing changed, and the client may retry.
        if (error.OriginalError is SystemGraph.Graph.Store.StoreUnavailableException unavailable)
        {
            return GraphQLError.WithCode(unavailable.Message, SystemGraph.Api.Schema.ApiErrors.StoreUnavailable, error.Locations, error.Path);
        }

        var correlationId = Guid.NewGuid().ToString("N")[..12];
        LogUnexpected(logger, error.OriginalError, correlationId, error.Path is null ? "-" : string.Join('.', error.Path));
        return error.WithExtension("code", "INTERNAL_ERROR").WithExtension("correlationId", correlationId);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Resolver failed (correlation id {CorrelationId}) at {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string correlationId, string path);
}
