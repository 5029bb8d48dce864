using Xunit;

namespace SystemGraph.TestSupport;

/// <summary>
/// The inputs that live outside the repository: the source papers (for the quote checks) and the NHS ODS
/// reference extracts. By default they are <c>../shared/seeds</c> and <c>../shared/data/ods</c> beside the
/// repository; <c>SYSTEMGRAPH_SOURCES</c> and <c>SYSTEMGRAPH_ODS</c> point elsewhere. A test that needs one calls
/// <see cref="RequireSources"/> or <see cref="RequireOds"/> (and is a <c>[SkippableFact]</c>): when the folder is
/// missing it fails with a clear message under <c>CI=true</c> (CI must run everything) and is skipped with the
/// reason otherwise (a clone of the repository alone).
/// </summary>
public static class ExternalInputs
{
    public const string SourcesVariable = "SYSTEMGRAPH_SOURCES";
    public const string OdsVariable = "SYSTEMGRAPH_ODS";

    public static string SourcesPath => FromEnvironment(SourcesVariable) ?? RepositoryPaths.Seeds;

    public static string OdsPath => FromEnvironment(OdsVariable) ?? RepositoryPaths.Ods;

    public static bool HasSources => Directory.Exists(SourcesPath);

    public static bool HasOds => Directory.Exists(OdsPath);

    /// <summary>The source papers' folder, or a skip (a failure under CI) naming where they were looked for.</summary>
    public static string RequireSources() => Require(SourcesPath, "the source papers (*.txt)", SourcesVariable);

    /// <summary>The ODS extracts' folder, or a skip (a failure under CI) naming where they were looked for.</summary>
    public static string RequireOds() => Require(OdsPath, "the ODS reference extracts (*.csv)", OdsVariable);

    internal static bool IsCi => Environment.GetEnvironmentVariable("CI") is { } value
        && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase));

    private static string Require(string path, string what, string variable)
    {
        if (Directory.Exists(path))
        {
            return path;
        }

        var message = $"This test needs {what}, which are not in the repository; none at {path}. " +
            $"Put the shared folder beside the repository or set {variable} to their folder.";
        if (IsCi)
        {
            throw new InvalidOperationException("CI=true: " + message);
        }

        throw new SkipException(message);
    }

    private static string? FromEnvironment(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value ? Path.GetFullPath(value) : null;
}
