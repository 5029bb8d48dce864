using SystemGraph.Graph.Seed;
using SystemGraph.TestSupport;

namespace SystemGraph.Graph.Tests.Facts;

/// <summary>The committed seed is valid against its source documents: every id resolves, every quote is verbatim.</summary>
public sealed class SeedValidityTests
{
    [SkippableFact]
    public async Task The_seed_validates_with_its_sources()
    {
        var result = await SeedLoader.LoadAsync(RepositoryPaths.GraphSeed, ExternalInputs.RequireSources(), CancellationToken.None);

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Problems.Take(20)));
        Assert.True(result.Graph!.Entities.Count > 100);
    }
}
