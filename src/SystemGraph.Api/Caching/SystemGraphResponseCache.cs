using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using SystemGraph.GraphQL.AspNetCore.Http;
using SystemGraph.GraphQL.Execution;

namespace SystemGraph.Api.Caching;

/// <summary>
/// The response cache (issue 7). Key: the normalised document, the operation name, the variables (canonical
/// JSON), the caller's roles and the graph version, so any committed write retires every entry at once. Only
/// queries are cached, never responses with errors, never requests touching a time-dependent field. Storage is
/// any <see cref="IDistributedCache"/> (memory, or Redis through <see cref="ResilientDistributedCache"/>, which turns
/// every Redis fault into a miss); an entry that does not decode is a miss. Decoded entries are also kept in a
/// small process-local first level (bounded by size), so a repeated hit costs neither a round trip nor a
/// checksum; its keys carry the same graph version, so it goes stale exactly when the shared store does.
/// </summary>
public sealed partial class SystemGraphResponseCache(
    IDistributedCache cache,
    GraphVersionTracker version,
    IOptions<ResponseCacheOptions> options,
    ILogger<SystemGraphResponseCache> logger,
    Telemetry.SystemGraphMetrics? metrics = null) : IGraphQLResponseCache, IDisposable
{
    private const int ReportEvery = 1_000;

    private readonly HashSet<string> timeDependentFields = options.Value.TimeDependentFields
        .Select(c => c[(c.LastIndexOf('.') + 1)..]).ToHashSet(StringComparer.Ordinal);

    /// <summary>The first level: decoded responses by key, at most 64 MB of bodies.</summary>
    private readonly MemoryCache local = new(new MemoryCacheOptions { SizeLimit = 64L * 1024 * 1024 });

    private long hits;
    private long misses;

    public async ValueTask<GraphQLCacheLookup> LookupAsync(HttpContext context, GraphQLHttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        if (!options.Value.Enabled || request.Query is null)
        {
            return GraphQLCacheLookup.Bypass;
        }

        var shape = QueryShape.Of(request.Query, request.OperationName, timeDependentFields);
        var variables = request.Variables is { } v ? Canonical(v) : "{}";
        if (!shape.Cacheable || timeDependentFields.Any(f => variables.Contains($"\"{f}\"", StringComparison.Ordinal)))
        {
            return GraphQLCacheLookup.Bypass;
        }

        var identity = string.Join('\n', shape.NormalisedHash, request.OperationName ?? string.Empty, variables, Roles(context.User));
        var key = $"resp:{await version.CurrentAsync(cancellationToken).ConfigureAwait(false)}:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))}";
        if (local.TryGetValue(key, out LocalEntry? known) && known is not null)
        {
            Count(hit: true);
            return new GraphQLCacheLookup(key, known.Body, known.ETag);
        }

        byte[]? stored;
        try
        {
            stored = await cache.GetAsync(key, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The memory cache does not fail; Redis failures are already misses. Anything else is a miss too.
            stored = null;
        }

        if (CachedResponseEnvelope.TryDecode(stored, out var etag, out var body))
        {
            Remember(key, etag, body);
            Count(hit: true);
            return new GraphQLCacheLookup(key, body, etag);
        }

        Count(hit: false);
        return new GraphQLCacheLookup(key);
    }

    public async ValueTask StoreAsync(GraphQLCacheLookup lookup, ExecutionResult result, ReadOnlyMemory<byte> body, string etag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(result);
        if (lookup.Key is null || result.Errors is not null || !result.HasData)
        {
            return;
        }

        Remember(lookup.Key, etag, body.ToArray());
        try
        {
            await cache.SetAsync(lookup.Key, CachedResponseEnvelope.Encode(etag, body.Span),
                new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = options.Value.TimeToLive }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A response that cannot be stored is still answered.
        }
    }

    public void Dispose() => local.Dispose();

    private void Remember(string key, string etag, ReadOnlyMemory<byte> body) =>
        local.Set(key, new LocalEntry(etag, body), new MemoryCacheEntryOptions
        {
            Size = body.Length + 256,
            AbsoluteExpirationRelativeToNow = options.Value.TimeToLive,
        });

    private sealed record LocalEntry(string ETag, ReadOnlyMemory<byte> Body);

    /// <summary>The caller's roles (sorted), or "anonymous": answers may differ by role once fields are role-aware.</summary>
    private static string Roles(ClaimsPrincipal? user)
    {
        var roles = user?.Claims.Where(c => c.Type is ClaimTypes.Role or Auth.Roles.ClaimType).Select(c => c.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return roles is { Count: > 0 } ? string.Join(',', roles) : "anonymous";
    }

    /// <summary>Variables as JSON with object keys sorted, so {"a":1,"b":2} and {"b":2,"a":1} share an entry.</summary>
    private static string Canonical(JsonElement value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            Write(writer, value);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    private static void Write(Utf8JsonWriter writer, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in value.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(property.Name);
                    Write(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in value.EnumerateArray())
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                value.WriteTo(writer);
                break;
        }
    }

    private void Count(bool hit)
    {
        metrics?.RecordCacheLookup(hit);
        Interlocked.Increment(ref hit ? ref hits : ref misses);
        var total = Interlocked.Read(ref hits) + Interlocked.Read(ref misses);
        if (total % ReportEvery == 0)
        {
            var ratio = Interlocked.Read(ref hits) * 100.0 / total;
            LogHitRatio(logger, total, ratio);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Response cache: {Lookups} cacheable lookups, hit ratio {HitRatio:F1}%")]
    private static partial void LogHitRatio(ILogger logger, long lookups, double hitRatio);
}
