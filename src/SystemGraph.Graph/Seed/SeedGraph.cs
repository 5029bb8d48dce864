using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Seed;

/// <summary>The graph a seed folder describes: every entity (documents included) and relationship, extends merged.</summary>
public sealed record SeedGraph(IReadOnlyList<Entity> Entities, IReadOnlyList<Relationship> Relationships);

/// <summary>What loading a seed folder gave: the graph when there were no problems (never a partial one), and the problems.</summary>
public sealed record SeedLoadResult(SeedGraph? Graph, IReadOnlyList<SeedProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
