using SystemGraph.GraphQL.Execution.Pipeline;

namespace SystemGraph.Api.Caching;

/// <summary>
/// The response cache's first step, before the document is read (<see cref="RequestStage.BeforeDocument"/>): a document
/// text seen before (its key remembered, or its shape known by the text's hash) is looked up at once, and a hit is
/// answered without parsing, validating or executing anything. A new text goes on; <see cref="ResponseCacheStep"/> looks it up once it is parsed.
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

        if (cache.CacheableVariables(context) is not { } variables)
        {
            ResponseCache.Report(context, "BYPASS");
            await next(context).ConfigureAwait(false);
            return;
        }

        // A request seen before with the same text, variables, roles and graph version has its key remembered; else
        // the key comes from the text's shape (by the text's hash), when a request with this text has been seen.
        var key = await cache.RememberedKeyAsync(context, variables).ConfigureAwait(false);
        if (key is null && cache.KnownShape(context) is { } shape)
        {
            if (!shape.Cacheable)
            {
                ResponseCache.Report(context, "BYPASS");
                await next(context).ConfigureAwait(false);
                return;
            }

            key = await cache.KeyAsync(shape, context, variables).ConfigureAwait(false);
        }

        var lookup = new ResponseCacheLookup(variables) { Key = key };
        if (key is not null && await cache.LookupAsync(key, context.CancellationToken).ConfigureAwait(false) is { } hit)
        {
            ResponseCache.Report(context, "HIT");
            context.EncodedResult = hit;
            return;
        }

        context.Features.Set(lookup);
        await next(context).ConfigureAwait(false);
    }
}
