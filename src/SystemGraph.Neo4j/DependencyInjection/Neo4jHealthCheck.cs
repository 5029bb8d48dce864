using Microsoft.Extensions.Diagnostics.HealthChecks;
using SystemGraph.Neo4j.Http;
using SystemGraph.Neo4j.Store;

namespace SystemGraph.Neo4j.DependencyInjection;

/// <summary>
/// Readiness of Neo4j: it answers, accepts the credentials and holds a loaded graph. The description names the
/// server and the graph version; never the password, never an exception's text beyond Neo4j's error code.
/// </summary>
internal sealed class Neo4jHealthCheck(Neo4jGraphStore store, Neo4jHttpClient client, Microsoft.Extensions.Options.IOptions<Neo4jOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var where = $"Neo4j at {options.Value.Uri} (database '{options.Value.Database}')";
        try
        {
            await client.RunAsync(new CypherStatement(Neo4jStatements.Ping), AccessMode.Read, cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException e)
        {
            return HealthCheckResult.Unhealthy(e.IsAuthentication ? $"{where} refused the credentials ({e.Code})." : $"{where} is unreachable or failing ({e.Code}).");
        }

        return await store.IsReadyAsync(cancellationToken).ConfigureAwait(false)
            ? HealthCheckResult.Healthy($"{where}: graph version {store.Version}.")
            : HealthCheckResult.Unhealthy($"{where} answers but holds no loaded graph yet.");
    }
}
