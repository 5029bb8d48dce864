namespace SystemGraph.Graph.Seed;

/// <summary>A problem in a seed file, located by file, line and column (1-based), with a stable code.</summary>
public sealed record SeedProblem(string File, int Line, int Column, string Code, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message} [{Code}]";
}
