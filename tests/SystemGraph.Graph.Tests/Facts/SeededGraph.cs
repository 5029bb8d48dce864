using SystemGraph.Graph.Model;
using SystemGraph.Graph.Seed;
using SystemGraph.Graph.Store;
using SystemGraph.TestSupport;

namespace SystemGraph.Graph.Tests.Facts;

/// <summary>The real seed (graph-seed/), loaded once into an embedded store for the facts tests.</summary>
public sealed class SeededGraph : IAsyncLifetime
{
    public EmbeddedGraphStore Store { get; } = new();

    public SeedGraph Seed { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // The facts do not depend on the quote checks (SeedValidityTests runs those), so the papers are optional here.
        var result = await SeedLoader.LoadAsync(RepositoryPaths.GraphSeed, ExternalInputs.HasSources ? ExternalInputs.SourcesPath : null, CancellationToken.None);
        Seed = result.Graph ?? throw new InvalidOperationException(string.Join(Environment.NewLine, result.Problems.Take(10)));
        await Store.LoadAsync(Seed.Entities, Seed.Relationships, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        Store.Dispose();
        return Task.CompletedTask;
    }

    public Entity Entity(string id) => Seed.Entities.Single(e => e.Id == id);

    /// <summary>The lines of one type between two entities (optionally with a role).</summary>
    public IReadOnlyList<Relationship> Lines(string from, RelationshipType type, string to) =>
        Seed.Relationships.Where(r => r.FromId == from && r.Type == type && r.ToId == to).ToList();

    public Relationship Line(string from, RelationshipType type, string to) =>
        Lines(from, type, to) is { Count: > 0 } lines ? lines[0] : throw new InvalidOperationException($"No {type} line from {from} to {to}.");

    public IReadOnlyList<Relationship> Into(string to, RelationshipType type) => Seed.Relationships.Where(r => r.ToId == to && r.Type == type).ToList();
}
