using SystemGraph.GraphQL.Execution.Pipeline;

namespace SystemGraph.Api.Schema.Loaders;

/// <summary>
/// Gives the request its <see cref="ReaderScopes"/> before execution (<see cref="RequestStage.AfterOperation"/>), so
/// root fields that resolve concurrently never race to make it, and closes the scenario readers its fields opened
/// once the result is complete (Neo4j: their transactions are rolled back).
/// </summary>
internal sealed class ReaderScopeStep : IRequestStep
{
    public async ValueTask InvokeAsync(RequestContext context, RequestStepDelegate next)
    {
        var scopes = new ReaderScopes();
        context.Features.Set(scopes);
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            await scopes.DisposeAsync().ConfigureAwait(false);
        }
    }
}
