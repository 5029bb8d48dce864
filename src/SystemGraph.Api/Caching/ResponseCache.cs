using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using SystemGraph.GraphQL.AspNetCore.Http;
using SystemGraph.GraphQL.Execution;
using SystemGraph.GraphQL.Execution.Pipeline;

namespace SystemGraph.Api.Caching;

/// <summary>
/// The response cache (issue 7), used by two pipeline steps (<see cref="ResponseCacheLookupStep"/> before the document
/// is read, <see cref="ResponseCacheStep"/> once the operation is selected). Key: the normalised document, the operation
/// name, the variables (canonical JSON), the caller's roles and the graph version, so any committed write retires every
/// entry at once. Only queries are cached, never responses with errors, never requests touching a time-dependent field.
/// Storage is any <see cref="IDistributedCache"/> (memory, or Redis through <see cref="ResilientDistributedCache"/>, which
/// turns every Redis fault into a miss); an entry that does not decode is a miss. Decoded entries are also kept in a
/// small process-local first level (bounded by size), so a repeated hit costs neither a round trip nor a checksum;
/// its keys carry the same graph version, so it goes stale exactly when the shared store does.
/// </summary>
internal sealed partial class ResponseCache(
    IDistributedCache cache,
    GraphVersionTracker version,
    IOptions<ResponseCacheOptions> options,
    ILogger<ResponseCache> logger,
    Telemetry.SystemGraphMetrics? metrics = null) : IDisposable
{
    private const int ReportEvery = 1_000;
    private const int MaxRememberedShapes = 2_000;
    private const int MaxRememberedKeys = 10_000;

    private readonly HashSet<string> timeDependentFields = options.Value.TimeDependentFields
        .Select(c => c[(c.LastIndexOf('.') + 1)..]).ToHashSet(StringComparer.Ordinal);

    /// <summary>The time-dependent field names as they appear in variables' JSON (quoted), made once.</summary>
    private readonly string[] quotedTimeDependentFields = [.. options.Value.TimeDependentFields.Select(c => "\"" + c[(c.LastIndexOf('.') + 1)..] + "\"").Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// Keys already worked out, by everything that makes them (the document text itself, not its hash): a repeated
    /// request finds its key without hashing its text or the key's identity (two SHA-256s that were most of a hit's
    /// own cost, issue 21). The caller's roles and the graph version are part of the lookup, as of the key.
    /// </summary>
    private readonly ConcurrentDictionary<KeyIdentity, string> keys = new();

    /// <summary>What each document text seen so far is, by (text hash, operation name).</summary>
    private readonly ConcurrentDictionary<(string Hash, string? Operation), QueryShape> shapes = new();

    /// <summary>The first level: decoded responses by key, at most 64 MB of bodies.</summary>
    private readonly MemoryCache local = new(new MemoryCacheOptions { SizeLimit = 64L * 1024 * 1024 });

    private long hits;
    private long misses;

    /// <summary>Whether the cache is on.</summary>
    public bool Enabled => options.Value.Enabled;

    /// <summary>The request's variables as canonical JSON, or null when they name a time-dependent field (never cached).</summary>
    public string? CacheableVariables(RequestContext context)
    {
        if (context.Request.Variables is not { Count: > 0 } v)
        {
            return "{}";
        }

        var variables = Canonical(v);
        return quotedTimeDependentFields.Any(f => variables.Contains(f, StringComparison.Ordinal)) ? null : variables;
    }

    /// <summary>What this document text is, if a request with it has been seen.</summary>
    public QueryShape? KnownShape(RequestContext context) =>
        shapes.TryGetValue((context.DocumentHash!, context.Request.OperationName), out var shape) ? shape : null;

    /// <summary>Works out (and remembers by the text's hash) what the parsed document's selected operation is.</summary>
    public QueryShape Learn(RequestContext context)
    {
        var shape = QueryShape.Of(context.Document!, context.Operation!, timeDependentFields);
        if (shapes.Count >= MaxRememberedShapes)
        {
            shapes.Clear();
        }

        shapes[(context.DocumentHash!, context.Request.OperationName)] = shape;
        return shape;
    }

    /// <summary>Encodes a successful result once, stores it under the key, and returns the bytes for the response.</summary>
    public async ValueTask<EncodedResult?> StoreAsync(string key, ExecutionResult result, CancellationToken cancellationToken)
    {
        Count(hit: false);
        if (result is not { Errors: null, HasData: true })
        {
            return null;
        }

        using var buffer = ExecutionResultJsonWriter.ToBuffer(result);
        var encoded = new EncodedResult(buffer.WrittenMemory.ToArray(), ETagOf(buffer.WrittenMemory.Span));
        await StoreAsync(key, encoded, cancellationToken).ConfigureAwait(false);
        return encoded;
    }

    public void Dispose() => local.Dispose();

    /// <summary>The key this request had when last seen with the same text, variables, roles and graph version; else null.</summary>
    public async ValueTask<string?> RememberedKeyAsync(RequestContext context, string variables)
    {
        var graphVersion = await version.CurrentAsync(context.CancellationToken).ConfigureAwait(false);
        return context.Query is { } text && keys.TryGetValue(new KeyIdentity(text, context.Request.OperationName, variables, Roles(context.Features.Get<ClaimsPrincipal>()), graphVersion), out var key)
            ? key
            : null;
    }

    public async ValueTask<string> KeyAsync(QueryShape shape, RequestContext context, string variables)
    {
        var roles = Roles(context.Features.Get<ClaimsPrincipal>());
        var graphVersion = await version.CurrentAsync(context.CancellationToken).ConfigureAwait(false);
        var identity = string.Join('\n', shape.NormalisedHash, context.Request.OperationName ?? string.Empty, variables, roles);
        var key = $"resp:{graphVersion}:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))}";
        if (context.Query is { } text)
        {
            if (keys.Count >= MaxRememberedKeys)
            {
                keys.Clear();
            }

            keys[new KeyIdentity(text, context.Request.OperationName, variables, roles, graphVersion)] = key;
        }

        return key;
    }

    public async ValueTask<EncodedResult?> LookupAsync(string key, CancellationToken cancellationToken)
    {
        if (local.TryGetValue(key, out EncodedResult? known) && known is not null)
        {
            Count(hit: true);
            return known;
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
            var decoded = new EncodedResult(body, etag);
            Remember(key, decoded);
            Count(hit: true);
            return decoded;
        }

        return null;
    }

    private async ValueTask StoreAsync(string key, EncodedResult encoded, CancellationToken cancellationToken)
    {
        Remember(key, encoded);
        try
        {
            await cache.SetAsync(key, CachedResponseEnvelope.Encode(encoded.ETag, encoded.Body.Span),
                new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = options.Value.TimeToLive }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A response that cannot be stored is still answered.
        }
    }

    private void Remember(string key, EncodedResult encoded) =>
        local.Set(key, encoded, new MemoryCacheEntryOptions
        {
            Size = encoded.Body.Length + 256,
            AbsoluteExpirationRelativeToNow = options.Value.TimeToLive,
        });

    /// <summary>HIT, MISS or BYPASS, in the X-Cache header.</summary>
    public static void Report(RequestContext context, string status)
    {
        if (context.Features.Get<GraphQLHttpFeature>() is { } http)
        {
            http.ResponseHeaders["X-Cache"] = status;
        }
    }

    /// <summary>A strong entity tag: the first 16 bytes of the body's SHA-256, quoted.</summary>
    private static string ETagOf(ReadOnlySpan<byte> body) =>
        "\"" + Convert.ToHexStringLower(SHA256.HashData(body)[..16]) + "\"";

    /// <summary>The caller's roles (sorted), or "anonymous": answers may differ by role once fields are role-aware.</summary>
    private static string Roles(ClaimsPrincipal? user)
    {
        // Most callers carry no role (anonymous, or a token without roles): answer without building a list.
        if (user is null || !user.Claims.Any(c => c.Type is ClaimTypes.Role or Auth.Roles.ClaimType))
        {
            return "anonymous";
        }

        var roles = user?.Claims.Where(c => c.Type is ClaimTypes.Role or Auth.Roles.ClaimType).Select(c => c.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return roles is { Count: > 0 } ? string.Join(',', roles) : "anonymous";
    }

    /// <summary>Variables as JSON with object keys sorted, so {"a":1,"b":2} and {"b":2,"a":1} share an entry.</summary>
    private static string Canonical(IReadOnlyDictionary<string, object?> variables)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            Write(writer, variables);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    private static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (name, item) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(name);
                    Write(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable<object?> list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                JsonSerializer.Serialize(writer, value);
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

    /// <summary>What a cache key is made of, with the document's text in place of its normalised hash.</summary>
    private readonly record struct KeyIdentity(string Text, string? OperationName, string Variables, string Roles, string Version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Response cache: {Lookups} cacheable lookups, hit ratio {HitRatio:F1}%")]
    private static partial void LogHitRatio(ILogger logger, long lookups, double hitRatio);
}
