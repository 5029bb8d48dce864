namespace SystemGraph.Load.Bench;

/// <summary><c>--name value</c> pairs.</summary>
internal static class Arguments
{
    public static string? Get(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    public static string Required(string[] args, string name) =>
        Get(args, name) ?? throw new ArgumentException($"{name} is required.");
}
