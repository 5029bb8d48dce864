namespace SystemGraph.Graph.Store;

/// <summary>
/// What a store that keeps its graph between runs (a database) does on start, before the seed is loaded: check the
/// server, create its schema, and say whether the seed still has to be loaded (an empty database, or a reseed asked
/// for). A store that holds nothing between runs (the embedded store, which replays its journal over the seed)
/// registers none, and the seed is always loaded.
/// </summary>
public interface IGraphStoreStartup
{
    /// <summary>Prepares the store; true when the seed should be loaded into it.</summary>
    Task<bool> PrepareAsync(CancellationToken cancellationToken);
}
