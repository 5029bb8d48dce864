using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace SystemGraph.GraphQL.AspNetCore.StaticFiles;

/// <summary>
/// Static files embedded in an assembly under a resource prefix (GraphiQL's, the explorer's), read once, each with a
/// strong ETag so browsers revalidate cheaply. A request names a file; the name is looked up, never made a path.
/// </summary>
public sealed class EmbeddedAssets
{
    private readonly Lazy<FrozenDictionary<string, EmbeddedAsset>> all;

    /// <param name="assembly">The assembly holding the resources.</param>
    /// <param name="resourcePrefix">The logical name prefix of the files (e.g. <c>GraphiQL/</c>); file names are what follows it.</param>
    /// <param name="extra">Files made in code rather than embedded (name and content).</param>
    public EmbeddedAssets(Assembly assembly, string resourcePrefix, IReadOnlyDictionary<string, byte[]>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        all = new(() => Load(assembly, resourcePrefix, extra));
    }

    public bool TryGet(string fileName, out EmbeddedAsset asset) => all.Value.TryGetValue(fileName, out asset!);

    /// <summary>
    /// Answers a request for one file: 404 when unknown, 304 when the browser's copy is current (If-None-Match),
    /// otherwise the file with its type, length and ETag. <paramref name="addHeaders"/> adds the caller's own headers
    /// (a content security policy for a page, for example) before anything is written.
    /// </summary>
    public async Task ServeAsync(HttpContext context, string fileName, string cacheControl, Action<HttpResponse, EmbeddedAsset>? addHeaders = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!TryGet(fileName, out var asset))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.Headers[HeaderNames.ETag] = asset.ETag;
        context.Response.Headers[HeaderNames.CacheControl] = cacheControl;
        context.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        addHeaders?.Invoke(context.Response, asset);
        if (context.Request.Headers.IfNoneMatch.Contains(asset.ETag))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        context.Response.ContentType = asset.ContentType;
        context.Response.ContentLength = asset.Content.Length;
        await context.Response.Body.WriteAsync(asset.Content, context.RequestAborted).ConfigureAwait(false);
    }

    private static FrozenDictionary<string, EmbeddedAsset> Load(Assembly assembly, string resourcePrefix, IReadOnlyDictionary<string, byte[]>? extra)
    {
        var assets = new Dictionary<string, EmbeddedAsset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(resourcePrefix, StringComparison.Ordinal)))
        {
            var name = resource[resourcePrefix.Length..];
            assets[name] = Create(name, ReadAll(assembly, resource));
        }

        foreach (var (name, content) in extra ?? FrozenDictionary<string, byte[]>.Empty)
        {
            assets[name] = Create(name, content);
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static EmbeddedAsset Create(string name, byte[] content) =>
        new(name, ContentType(name), content, "\"" + Convert.ToHexString(SHA256.HashData(content).AsSpan(0, 12)) + "\"");

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".html" => "text/html; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        _ => "application/octet-stream",
    };

    private static byte[] ReadAll(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}

/// <summary>One embedded static file.</summary>
public sealed record EmbeddedAsset(string Name, string ContentType, byte[] Content, string ETag);
