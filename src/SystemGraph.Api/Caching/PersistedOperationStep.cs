using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;
using SystemGraph.GraphQL.AspNetCore.Http;
using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Execution;
using SystemGraph.GraphQL.Execution.Pipeline;

namespace SystemGraph.Api.Caching;

/// <summary>
/// Apollo's automatic persisted queries: a request may carry <c>extensions.persistedQuery {version: 1,
/// sha256Hash}</c> instead of its text. An unknown hash answers <c>PersistedQueryNotFound</c> (HTTP 200, so
/// Apollo clients resend with the text); text and hash together register the text after checking the hash.
/// In allow-list mode only the operations registered at start-up (a folder of <c>.graphql</c> files) run, by
/// hash or by text, and nothing new can be registered. Registrations live in the cache store (shared by every
/// instance through Redis) and in this instance's memory. A pipeline step (<see cref="RequestStage.BeforeDocument"/>):
/// it supplies the document text, with its hash already checked, before anything reads it.
/// </summary>
public sealed class PersistedOperationStep : IRequestStep
{
    public const string NotFoundCode = "PERSISTED_QUERY_NOT_FOUND";
    public const string HashMismatchCode = "PERSISTED_QUERY_HASH_MISMATCH";
    public const string NotAllowedCode = "PERSISTED_QUERY_NOT_ALLOWED";
    public const string NotSupportedCode = "PERSISTED_QUERY_NOT_SUPPORTED";

    private const int MaxRememberedLocally = 10_000;

    private readonly IDistributedCache cache;
    private readonly PersistedOperationOptions options;
    private readonly Dictionary<string, string> allowList;
    private readonly ConcurrentDictionary<string, string> registered = new(StringComparer.Ordinal);

    public PersistedOperationStep(IDistributedCache cache, IOptions<ResponseCacheOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.cache = cache;
        this.options = options.Value.PersistedOperations;
        allowList = LoadDirectory(this.options.Directory);
    }

    /// <summary>The lower-case hex SHA-256 of a document's UTF-8 text, as Apollo computes it.</summary>
    public static string HashOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public async ValueTask InvokeAsync(RequestContext context, RequestStepDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var persisted = PersistedQuery(context.Request.Extensions);
        if (persisted is null)
        {
            if (options.AllowListOnly && (context.Query is null || !allowList.ContainsKey(context.DocumentHash!)))
            {
                Refuse(context, StatusCodes.Status400BadRequest, NotAllowedCode, NotAllowedMessage);
                return;
            }

            await next(context).ConfigureAwait(false);
            return;
        }

        var (version, hash) = persisted.Value;
        if (version != 1 || hash is null || hash.Length != 64)
        {
            Refuse(context, StatusCodes.Status400BadRequest, NotSupportedCode, "Only persistedQuery version 1 with a sha256Hash is supported.");
            return;
        }

        hash = hash.ToLowerInvariant();
        if (context.Query is { } text)
        {
            if (!string.Equals(context.DocumentHash, hash, StringComparison.Ordinal))
            {
                Refuse(context, StatusCodes.Status400BadRequest, HashMismatchCode, "provided sha does not match query");
                return;
            }

            if (options.AllowListOnly)
            {
                if (!allowList.ContainsKey(hash))
                {
                    Refuse(context, StatusCodes.Status400BadRequest, NotAllowedCode, NotAllowedMessage);
                    return;
                }
            }
            else
            {
                await RegisterAsync(hash, text, context.CancellationToken).ConfigureAwait(false);
            }

            await next(context).ConfigureAwait(false);
            return;
        }

        var found = await FindAsync(hash, context.CancellationToken).ConfigureAwait(false);
        if (found is null)
        {
            Refuse(context, StatusCodes.Status200OK, NotFoundCode, "PersistedQueryNotFound");
            return;
        }

        context.SetQuery(found, hash);
        await next(context).ConfigureAwait(false);
    }

    /// <summary>A refusal: a request error with its code, and the HTTP status Apollo clients expect for it.</summary>
    private static void Refuse(RequestContext context, int status, string code, string message)
    {
        context.Result = ExecutionResult.FromError(GraphQLError.WithCode(message, code));
        if (context.Features.Get<GraphQLHttpFeature>() is { } http)
        {
            http.StatusCode = status;
        }
    }

    private async ValueTask<string?> FindAsync(string hash, CancellationToken cancellationToken)
    {
        if (allowList.TryGetValue(hash, out var listed))
        {
            return listed;
        }

        if (options.AllowListOnly)
        {
            return null;
        }

        if (registered.TryGetValue(hash, out var local))
        {
            return local;
        }

        var stored = await cache.GetAsync(Key(hash), cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return null;
        }

        // Trust nothing read back from a shared store: the text must still hash to the id.
        var text = Encoding.UTF8.GetString(stored);
        return string.Equals(HashOf(text), hash, StringComparison.Ordinal) ? Remember(hash, text) : null;
    }

    private async ValueTask RegisterAsync(string hash, string text, CancellationToken cancellationToken)
    {
        Remember(hash, text);
        await cache.SetAsync(Key(hash), Encoding.UTF8.GetBytes(text),
            new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = options.TimeToLive }, cancellationToken).ConfigureAwait(false);
    }

    private string Remember(string hash, string text)
    {
        if (registered.Count >= MaxRememberedLocally)
        {
            registered.Clear();
        }

        registered[hash] = text;
        return text;
    }

    private static string Key(string hash) => "apq:" + hash;

    private const string NotAllowedMessage = "Only registered operations may run on this server; send a registered operation's persistedQuery hash.";

    /// <summary>The request's <c>extensions.persistedQuery</c> (version, sha256Hash), or null when it has none.</summary>
    private static (int Version, string? Hash)? PersistedQuery(IReadOnlyDictionary<string, object?>? extensions)
    {
        if (extensions is null || !extensions.TryGetValue("persistedQuery", out var value) || value is not IReadOnlyDictionary<string, object?> pq)
        {
            return null;
        }

        var version = pq.TryGetValue("version", out var v) && v is int n ? n : 0;
        var hash = pq.TryGetValue("sha256Hash", out var h) ? h as string : null;
        return (version, hash);
    }

    private static Dictionary<string, string> LoadDirectory(string? directory)
    {
        var operations = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(directory))
        {
            return operations;
        }

        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Cache:PersistedOperations:Directory {directory} does not exist.");
        }

        foreach (var file in Directory.EnumerateFiles(directory, "*.graphql"))
        {
            var text = File.ReadAllText(file);
            operations[HashOf(text)] = text;
        }

        return operations;
    }
}
