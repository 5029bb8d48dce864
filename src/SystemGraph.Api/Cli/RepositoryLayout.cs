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

    /// <summary>
    /// A directory given on the command line: relative paths are tried against the current directory, then
    /// against the repository root (<c>dotnet run</c> runs the program in the project's folder, so a path typed
    /// relative to the repository would otherwise miss). Null when neither exists.
    /// </summary>
    public static string? ResolveDirectory(string path)
    {
        if (Path.IsPathRooted(path))
        {
            return Directory.Exists(path) ? path : null;
        }

        foreach (var root in new[] { Directory.GetCurrentDirectory(), Root })
        {
            var candidate = Path.GetFullPath(Path.Combine(root, path));
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public static string DefaultSeedDirectory => Path.Combine(Root, "graph-seed");

    public static string DefaultOdsDirectory => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data", "ods"));

    public static string DefaultSourcesDirectory => Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));
}
