using SystemGraph.GraphQL.Execution.Pipeline;

namespace SystemGraph.Api.Caching;

/// <summary>
/// The response cache's second step, once the operation is selected (<see cref="RequestStage.AfterOperation"/>): learns
/// what a new document is (a query without time-dependent fields?) from the document the pipeline parsed, looks it up
/// (documents that differ only in whitespace share entries, and other instances' entries are found), and on a miss
/// stores the successful result on the way out, encoded once (the transport writes those same bytes).
/// </summary>
internal sealed class ResponseCacheStep(ResponseCache cache) : IRequestStep
{
    public async ValueTask InvokeAsync(RequestContext context, RequestStepDelegate next)
    {
        if (context.Features.Get<ResponseCacheLookup>() is not { } lookup)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        if (lookup.Key is null)
        {
            var shape = cache.KnownShape(context) ?? cache.Learn(context);
            if (!shape.Cacheable)
            {
                ResponseCache.Report(context, "BYPASS");
                await next(context).ConfigureAwait(false);
                return;
            }

            lookup.Key = await cache.KeyAsync(shape, context, lookup.Variables).ConfigureAwait(false);
            if (await cache.LookupAsync(lookup.Key, context.CancellationToken).ConfigureAwait(false) is { } hit)
            {
                ResponseCache.Report(context, "HIT");
                context.EncodedResult = hit;
                return;
            }
        }

        await next(context).ConfigureAwait(false);
        ResponseCache.Report(context, "MISS");
        if (context.Result is { } result && await cache.StoreAsync(lookup.Key, result, context.CancellationToken).ConfigureAwait(false) is { } stored)
        {
            context.EncodedResult = stored;
        }
    }
}
