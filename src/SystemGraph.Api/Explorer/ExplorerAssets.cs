using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;

namespace SystemGraph.Api.Explorer;

/// <summary>
/// The explorer page's files (Explorer/dist, built by esbuild when the project builds and embedded under Explorer/),
/// read once; each carries a strong ETag so browsers revalidate cheaply.
/// </summary>
internal static class ExplorerAssets
{
    private const string ResourcePrefix = "Explorer/";

    private static readonly Lazy<FrozenDictionary<string, ExplorerAsset>> All = new(Load);

    public static bool TryGet(string fileName, out ExplorerAsset asset) => All.Value.TryGetValue(fileName, out asset!);

    private static FrozenDictionary<string, ExplorerAsset> Load()
    {
        var assembly = typeof(ExplorerAssets).Assembly;
        var assets = new Dictionary<string, ExplorerAsset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var name = resource[ResourcePrefix.Length..];
            var content = ReadAll(assembly, resource);
            var etag = "\"" + Convert.ToHexString(SHA256.HashData(content).AsSpan(0, 12)) + "\"";
            assets[name] = new ExplorerAsset(name, ContentType(name), content, etag);
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".html" => "text/html; charset=utf-8",
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

/// <summary>One file of the explorer page.</summary>
internal sealed record ExplorerAsset(string Name, string ContentType, byte[] Content, string ETag);
