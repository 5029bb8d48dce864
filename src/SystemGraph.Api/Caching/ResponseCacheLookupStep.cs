using SystemGraph.GraphQL.Execution.Pipeline;

namespace SystemGraph.Api.Caching;

/// <summary>
/// The response cache's first step, before the document is read (<see cref="RequestStage.BeforeDocument"/>): a document
/// text seen before (known by its hash) is looked up at once, and a hit is answered without parsing, validating or
/// executing anything. A new text goes on; <see cref="ResponseCacheStep"/> looks it up once it is parsed.
/// </summary>
internal sealed class ResponseCacheLookupStep(ResponseCache cache) : IRequestStep
{
    public async ValueTask InvokeAsync(RequestContext context, RequestStepDelegate next)
    {
        if (!cache.Enabled || context.Query is null)
        {
            ResponseCache.Report(context, "BYPASS");
            await next(context).ConfigureAwait(false);
            return;
        }

        if (cache.CacheableVariables(context) is not { } variables || cache.KnownShape(context) is { Cacheable: false })
        {
            ResponseCache.Report(context, "BYPASS");
            await next(context).ConfigureAwait(false);
            return;
        }

        var lookup = new ResponseCacheLookup(variables);
        if (cache.KnownShape(context) is { } shape)
        {
            lookup.Key = await cache.KeyAsync(shape, context, variables).ConfigureAwait(false);
            if (await cache.LookupAsync(lookup.Key, context.CancellationToken).ConfigureAwait(false) is { } hit)
            {
                ResponseCache.Report(context, "HIT");
                context.EncodedResult = hit;
                return;
            }
        }

        context.Features.Set(lookup);
        await next(context).ConfigureAwait(false);
    }
}
