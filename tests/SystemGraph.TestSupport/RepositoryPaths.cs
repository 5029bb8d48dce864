namespace SystemGraph.TestSupport;

/// <summary>Paths the tests read: the repository root (the folder holding SystemGraph.sln) and <c>../shared</c> beside it.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    /// <summary>The shared folder (design, seeds, ODS data) that sits beside the repository.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string GraphSeed => Path.Combine(Root, "graph-seed");

    public static string Seeds => Path.Combine(Shared, "seeds");

    public static string Ods => Path.Combine(Shared, "data", "ods");

    public static string ApiContract => Path.Combine(Root, "src", "SystemGraph.Api", "Schema", "api-contract.graphql");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SystemGraph.sln")))
            {
                return dir.FullName;
            }
        }

        // Built with --artifacts-path the binaries are outside the checkout: use the one recorded at build time.
        var recorded = typeof(RepositoryPaths).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (recorded is not null && File.Exists(Path.Combine(recorded, "SystemGraph.sln")))
        {
            return Path.TrimEndingDirectorySeparator(recorded);
        }

        throw new InvalidOperationException($"No SystemGraph.sln above {AppContext.BaseDirectory}.");
    }
}
