using System.Diagnostics;
using Microsoft.Extensions.Logging;
using SystemGraph.Graph.Model;
using SystemGraph.Neo4j.Http;

namespace SystemGraph.Neo4j.Store;

/// <summary>
/// Bulk load (<see cref="Graph.Store.IGraphStore.LoadAsync"/>): batched <c>UNWIND ... MERGE</c> statements, each
/// batch in its own explicit transaction, then a sweep of whatever the load did not write, then a version bump.
/// Idempotent: loading the same graph twice leaves the same graph. Readers keep seeing a whole graph while a
/// reload runs (old and new facts merge by id; only the sweep removes anything).
/// </summary>
internal sealed partial class Neo4jSeeder(Neo4jHttpClient client, Neo4jOptions options, ILogger logger)
{
    /// <returns>The graph version after the load.</returns>
    public async Task<long> LoadAsync(IReadOnlyCollection<Entity> entities, IReadOnlyCollection<Relationship> relationships, CancellationToken cancellationToken)
    {
        var loadId = Guid.NewGuid().ToString("N");
        var batchSize = Math.Clamp(options.SeedBatchSize, 1, 50_000);

        var started = Stopwatch.GetTimestamp();
        var written = 0;
        foreach (var (statement, rows) in UpsertStatements.Entities(entities, loadId, batchSize))
        {
            await RunInTransactionAsync(statement, cancellationToken).ConfigureAwait(false);
            written += rows;
            var rate = PerSecond(written, started);
            LogProgress(logger, "entities", written, entities.Count, rate);
        }

        var entitySeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        started = Stopwatch.GetTimestamp();
        written = 0;
        long created = 0;
        foreach (var (statement, rows) in UpsertStatements.Relationships(relationships, loadId, batchSize))
        {
            var result = await RunInTransactionAsync(statement, cancellationToken).ConfigureAwait(false);
            created += result.Rows.Count > 0 ? Neo4jValues.LongOrNull(result.Rows[0][0]) ?? 0 : 0;
            written += rows;
            var rate = PerSecond(written, started);
            LogProgress(logger, "relationships", written, relationships.Count, rate);
        }

        if (created < relationships.Count)
        {
            LogDangling(logger, relationships.Count - created);
        }

        var relationshipSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var sweep = new Dictionary<string, object?>(StringComparer.Ordinal) { ["loadId"] = loadId };
        await DeleteInBatchesAsync(client, new CypherStatement(Neo4jStatements.SweepRelationships, sweep), cancellationToken).ConfigureAwait(false);
        await DeleteInBatchesAsync(client, new CypherStatement(Neo4jStatements.SweepEntities, sweep), cancellationToken).ConfigureAwait(false);

        var bumped = await client.RunAsync(
            new CypherStatement(Neo4jStatements.BumpVersion, new Dictionary<string, object?>(StringComparer.Ordinal) { ["metaKey"] = Neo4jGraphModel.MetaKey }),
            AccessMode.Write,
            cancellationToken).ConfigureAwait(false);
        var version = Neo4jValues.LongOrNull(bumped.Get(0, "version")) ?? 0;
        LogLoaded(logger, entities.Count, entitySeconds, relationships.Count, relationshipSeconds, version);
        return version;
    }

    /// <summary>Runs a bounded delete (one that returns <c>deleted</c>) until it deletes nothing, each run its own transaction.</summary>
    public static async Task DeleteInBatchesAsync(Neo4jHttpClient client, CypherStatement statement, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await client.RunAsync(statement, AccessMode.Write, cancellationToken).ConfigureAwait(false);
            if (result.Rows.Count == 0 || (Neo4jValues.LongOrNull(result.Get(0, "deleted")) ?? 0) == 0)
            {
                return;
            }
        }
    }

    private async Task<Neo4jQueryResult> RunInTransactionAsync(CypherStatement statement, CancellationToken cancellationToken)
    {
        var transaction = await client.BeginAsync(AccessMode.Write, cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var result = await transaction.RunAsync(statement, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }
    }

    private static double PerSecond(int count, long started) => count / Math.Max(Stopwatch.GetElapsedTime(started).TotalSeconds, 0.001);

    [LoggerMessage(Level = LogLevel.Information, Message = "Neo4j load: {Count}/{Total} {What} ({PerSecond:F0}/s)")]
    private static partial void LogProgress(ILogger logger, string what, int count, int total, double perSecond);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Neo4j load: {Count} relationships skipped because an end entity is missing")]
    private static partial void LogDangling(ILogger logger, long count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Neo4j load done: {Entities} entities in {EntitySeconds:F1} s, {Relationships} relationships in {RelationshipSeconds:F1} s; graph version {Version}")]
    private static partial void LogLoaded(ILogger logger, int entities, double entitySeconds, int relationships, double relationshipSeconds, long version);
}
