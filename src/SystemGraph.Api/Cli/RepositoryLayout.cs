namespace SystemGraph.Api.Cli;

/// <summary>
/// Where the seed and the shared folder are by default: found by walking up from the working directory to the
/// folder that holds SystemGraph.sln (then <c>graph-seed/</c> inside it and <c>../shared</c> beside it); in a
/// deployment without the solution, next to the application.
/// </summary>
internal static class RepositoryLayout
{
    public static string Root
    {
        get
        {
            foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            {
                for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                {
                    if (File.Exists(Path.Combine(dir.FullName, "SystemGraph.sln")))
                    {
                        return dir.FullName;
                    }
                }
            }

            return AppContext.BaseDirectory;
        }
    }

    public static string DefaultSeedDirectory => Path.Combine(Root, "graph-seed");

    public static string DefaultOdsDirectory => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data", "ods"));

    public static string DefaultSourcesDirectory => Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));
}
