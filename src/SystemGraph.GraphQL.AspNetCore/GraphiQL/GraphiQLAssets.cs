using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;

namespace SystemGraph.GraphQL.AspNetCore.GraphiQL;

/// <summary>
/// GraphiQL's files, embedded in this assembly at build time (see the project file), plus our own
/// start-up script. Read once; each carries a strong ETag so browsers revalidate cheaply.
/// </summary>
internal static class GraphiQLAssets
{
    private const string ResourcePrefix = "GraphiQL/";

    private static readonly Lazy<FrozenDictionary<string, GraphiQLAsset>> All = new(Load);

    public static bool TryGet(string fileName, out GraphiQLAsset asset) => All.Value.TryGetValue(fileName, out asset!);

    private static FrozenDictionary<string, GraphiQLAsset> Load()
    {
        var assembly = typeof(GraphiQLAssets).Assembly;
        var assets = new Dictionary<string, GraphiQLAsset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var name = resource[ResourcePrefix.Length..];
            assets[name] = Create(name, ReadAll(assembly, resource));
        }

        assets[GraphiQLStartScript.FileName] = Create(GraphiQLStartScript.FileName, GraphiQLStartScript.Bytes);
        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static GraphiQLAsset Create(string name, byte[] content)
    {
        var contentType = name.EndsWith(".css", StringComparison.Ordinal) ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
        var etag = "\"" + Convert.ToHexString(SHA256.HashData(content).AsSpan(0, 12)) + "\"";
        return new GraphiQLAsset(name, contentType, content, etag);
    }

    private static byte[] ReadAll(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}

/// <summary>One static file of the GraphiQL page.</summary>
internal sealed record GraphiQLAsset(string Name, string ContentType, byte[] Content, string ETag);
