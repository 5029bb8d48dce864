using SystemGraph.Graph.Changes;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;
using SystemGraph.Neo4j.Http;

namespace SystemGraph.Neo4j.Store;

/// <summary>
/// Scenarios and the audit log on Neo4j, with the embedded store's semantics. Scenarios are <c>:Scenario</c>
/// nodes holding their writes; audit entries are <c>:AuditEntry</c> nodes written in each write's transaction
/// (see <see cref="Neo4jBatchWriter"/>).
/// </summary>
public sealed partial class Neo4jGraphStore
{
    /// <summary>
    /// Reads in a scenario: a <see cref="Neo4jScenarioReader"/> over an uncommitted transaction holding the
    /// scenario's writes. The caller must dispose it (it is <see cref="IAsyncDisposable"/>) to roll that
    /// transaction back and release its locks; it also rolls back by itself after
    /// <see cref="Neo4jOptions.ScenarioReaderLifetime"/>. Null for an unknown scenario.
    /// </summary>
    public async Task<IGraphReader?> GetScenarioReaderAsync(string scenarioId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenarioId);
        var transaction = await client.BeginAsync(AccessMode.Write, cancellationToken).ConfigureAwait(false);
        try
        {
            var reader = Neo4jReader.In(transaction);
            if (await Neo4jBatchWriter.ReadScenarioAsync(reader, scenarioId, cancellationToken).ConfigureAwait(false) is not { } scenario)
            {
                await transaction.DisposeAsync().ConfigureAwait(false);
                return null;
            }

            // The scenario's writes on the baseline as it is now; those that no longer apply are left out (the diff names them).
            var plan = await Neo4jBatchWriter.ReadAsync(reader, scenario.Writes, withRecordIds: false, cancellationToken).ConfigureAwait(false);
            plan.ApplyAll(scenario.Writes);
            await Neo4jBatchWriter.UpsertAsync(transaction.RunAsync, plan, cancellationToken).ConfigureAwait(false);
            return new Neo4jScenarioReader(scenarioId, transaction, Version, time, options.ScenarioReaderLifetime);
        }
        catch
        {
            await transaction.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async Task<IReadOnlyList<Scenario?>> GetScenariosAsync(IReadOnlyList<string>? ids, CancellationToken cancellationToken)
    {
        if (ids is null)
        {
            var all = await client.RunAsync(new CypherStatement(Neo4jStatements.AllScenarios), AccessMode.Read, cancellationToken).ConfigureAwait(false);
            return Enumerable.Range(0, all.Rows.Count)
                .Select(i => (Scenario?)ScenarioRecordMapper.ToScenario(all.Get(i, "scenario")).Info)
                .OrderByDescending(s => s!.CreatedAt)
                .ThenBy(s => s!.Id, StringComparer.Ordinal)
                .ToList();
        }

        if (ids.Count == 0)
        {
            return [];
        }

        var found = await ReadScenariosAsync(ids, cancellationToken).ConfigureAwait(false);
        return ids.Select(id => found.GetValueOrDefault(id)?.Info).ToList();
    }

    /// <summary>The scenario's records against the baseline records now, read in one read transaction so both are of one moment.</summary>
    public async Task<IReadOnlyList<ScenarioDiffEntry>?> GetScenarioDiffAsync(string scenarioId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenarioId);
        var transaction = await client.BeginAsync(AccessMode.Read, cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var reader = Neo4jReader.In(transaction);
            if (await Neo4jBatchWriter.ReadScenarioAsync(reader, scenarioId, cancellationToken).ConfigureAwait(false) is not { } scenario)
            {
                return null;
            }

            var plan = await Neo4jBatchWriter.ReadAsync(reader, scenario.Writes, withRecordIds: true, cancellationToken).ConfigureAwait(false);
            var skipped = plan.ApplyAll(scenario.Writes);
            return ScenarioDiff.Compute(plan.Baseline, scenario, plan, skipped);
        }
    }

    public async Task<IReadOnlyList<AuditEntry>> GetAuditLogAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Limit <= 0)
        {
            return [];
        }

        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["targetId"] = query.TargetId,
            ["since"] = query.Since is { } since ? ScenarioRecordMapper.Time(since) : null,
            ["scenarioId"] = query.ScenarioId,
            ["scenarioOnly"] = query.ScenarioOnly,
            ["promoted"] = GraphNames.ToWire(ScenarioStatus.Promoted),
            ["limit"] = query.Limit,
        };
        var result = await client.RunAsync(new CypherStatement(Neo4jStatements.AuditLog, parameters), AccessMode.Read, cancellationToken).ConfigureAwait(false);
        return Enumerable.Range(0, result.Rows.Count)
            .Select(i => Neo4jValues.Unwrap(result.Get(i, "json"))?.GetString())
            .OfType<string>()
            .Select(ScenarioRecordMapper.ToAuditEntry)
            .ToList();
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<AuditEntry>>> GetHistoriesAsync(
        IReadOnlyList<string> recordIds, string? scenarioId, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recordIds);
        var histories = recordIds.Distinct(StringComparer.Ordinal).ToDictionary(id => id, _ => new List<AuditEntry>(), StringComparer.Ordinal);
        if (histories.Count > 0 && limit > 0)
        {
            var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["ids"] = histories.Keys.ToArray(),
                ["scenarioId"] = scenarioId,
                ["promoted"] = GraphNames.ToWire(ScenarioStatus.Promoted),
                ["limit"] = limit,
            };
            var result = await client.RunAsync(new CypherStatement(Neo4jStatements.Histories, parameters), AccessMode.Read, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < result.Rows.Count; i++)
            {
                if (Neo4jValues.Unwrap(result.Get(i, "targetId"))?.GetString() is { } id && histories.TryGetValue(id, out var list)
                    && Neo4jValues.Unwrap(result.Get(i, "json"))?.GetString() is { } json)
                {
                    list.Add(ScenarioRecordMapper.ToAuditEntry(json));
                }
            }
        }

        return histories.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<AuditEntry>)kv.Value, StringComparer.Ordinal);
    }

    private async Task<Dictionary<string, ScenarioState>> ReadScenariosAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal) { ["ids"] = ids.Distinct(StringComparer.Ordinal).ToArray() };
        var result = await client.RunAsync(new CypherStatement(Neo4jStatements.ScenariosById, parameters), AccessMode.Read, cancellationToken).ConfigureAwait(false);
        var found = new Dictionary<string, ScenarioState>(StringComparer.Ordinal);
        for (var i = 0; i < result.Rows.Count; i++)
        {
            var scenario = ScenarioRecordMapper.ToScenario(result.Get(i, "scenario"));
            found[scenario.Info.Id] = scenario;
        }

        return found;
    }
}
