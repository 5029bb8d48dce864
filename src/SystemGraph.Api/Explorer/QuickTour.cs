using System.Reflection;

namespace SystemGraph.Api.Explorer;

/// <summary>
/// The README's quick-tour questions (Explorer/QuickTour/*.graphql, embedded), in order: GraphiQL opens on them as
/// its default tabs, so a newcomer starts from our questions rather than GraphiQL's welcome text.
/// </summary>
internal static class QuickTour
{
    private const string ResourcePrefix = "QuickTour/";

    public static IReadOnlyList<string> Queries { get; } = Load();

    private static string[] Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                return reader.ReadToEnd();
            })];
    }
}
