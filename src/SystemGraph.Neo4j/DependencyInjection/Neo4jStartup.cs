using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SystemGraph.Graph.Store;
using SystemGraph.Neo4j.Http;
using SystemGraph.Neo4j.Store;

namespace SystemGraph.Neo4j.DependencyInjection;

/// <summary>
/// Neo4j on start: checks the server (a clear error naming the URI when it is unreachable or refuses the credentials),
/// creates constraints and indexes, and asks for the seed only when the database holds no graph yet or
/// <c>Neo4j:Reseed</c> is true.
/// </summary>
internal sealed partial class Neo4jStartup(Neo4jGraphStore store, IOptions<Neo4jOptions> options, ILogger<Neo4jStartup> logger) : IGraphStoreStartup
{
    public async Task<bool> PrepareAsync(CancellationToken cancellationToken)
    {
        var hasGraph = await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        if (hasGraph && !options.Value.Reseed)
        {
            LogKept(logger, store.Version);
            return false;
        }

        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Neo4j already holds a graph (version {Version}); the seed is not reloaded (set Neo4j:Reseed=true to reload it)")]
    private static partial void LogKept(ILogger logger, long version);
}
