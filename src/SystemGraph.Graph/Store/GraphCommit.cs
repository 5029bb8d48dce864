using SystemGraph.Graph.Changes;

namespace SystemGraph.Graph.Store;

/// <summary>
/// The one commit algorithm, for every store (over its <see cref="ICommitWorkspace"/>): a batch is one of baseline
/// changes, changes inside an open scenario (the baseline untouched), or a scenario's lifecycle (open, promote,
/// discard), checked by the shared rules (<see cref="GraphWriteApplier"/>, <see cref="ScenarioLifecycle"/>) and
/// recorded as audit changes. A refused batch has saved nothing; the store rolls back whatever it began. The store
/// then records the audit entry with its own sequence and version, atomically with the rest.
/// </summary>
public static class GraphCommit
{
    public static async ValueTask<CommitOutcome> ApplyAsync(ICommitWorkspace store, GraphWriteBatch batch, ChangeInfo info, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(info);
        if (ScenarioLifecycle.ShapeProblem(batch) is { } shape)
        {
            return CommitOutcome.Refused([shape]);
        }

        return batch.Writes[0] switch
        {
            GraphWrite.OpenScenario open => await OpenAsync(store, open, info, cancellationToken).ConfigureAwait(false),
            GraphWrite.PromoteScenario promote => await PromoteAsync(store, promote, info, cancellationToken).ConfigureAwait(false),
            GraphWrite.DiscardScenario discard => await DiscardAsync(store, discard, info, cancellationToken).ConfigureAwait(false),
            _ => batch.Scenario is { } scenarioId
                ? await InScenarioAsync(store, batch.Writes, scenarioId, cancellationToken).ConfigureAwait(false)
                : await BaselineAsync(store, batch.Writes, cancellationToken).ConfigureAwait(false),
        };
    }

    private static async ValueTask<CommitOutcome> BaselineAsync(ICommitWorkspace store, IReadOnlyList<GraphWrite> writes, CancellationToken cancellationToken)
    {
        var workspace = await store.BaselineAsync(writes, withRecordIds: false, cancellationToken).ConfigureAwait(false);
        if (ApplyAll(workspace, writes) is { Count: > 0 } errors)
        {
            return CommitOutcome.Refused(errors);
        }

        await store.SaveBaselineAsync(workspace, cancellationToken).ConfigureAwait(false);
        return CommitOutcome.Done(null, ChangeRecorder.Record(writes, workspace.Before, workspace));
    }

    private static async ValueTask<CommitOutcome> InScenarioAsync(ICommitWorkspace store, IReadOnlyList<GraphWrite> writes, string scenarioId, CancellationToken cancellationToken)
    {
        var (scenario, problem) = ScenarioLifecycle.RequireOpen(scenarioId, await store.FindScenarioAsync(scenarioId, cancellationToken).ConfigureAwait(false));
        if (scenario is null)
        {
            return CommitOutcome.Refused([problem!]);
        }

        var workspace = await store.ScenarioAsync(scenario, writes, cancellationToken).ConfigureAwait(false);
        if (ApplyAll(workspace, writes) is { Count: > 0 } errors)
        {
            return CommitOutcome.Refused(errors);
        }

        var next = ScenarioLifecycle.Write(scenario, writes, workspace.Baseline);
        await store.SaveScenarioAsync(next, created: false, workspace, cancellationToken).ConfigureAwait(false);
        return CommitOutcome.Done(scenarioId, ChangeRecorder.Record(writes, workspace.Before, workspace));
    }

    private static async ValueTask<CommitOutcome> OpenAsync(ICommitWorkspace store, GraphWrite.OpenScenario open, ChangeInfo info, CancellationToken cancellationToken)
    {
        var exists = !string.IsNullOrWhiteSpace(open.ScenarioId) && await store.FindScenarioAsync(open.ScenarioId, cancellationToken).ConfigureAwait(false) is not null;
        var (scenario, change, problem) = ScenarioLifecycle.Open(open, exists, info);
        if (scenario is null)
        {
            return CommitOutcome.Refused([problem!]);
        }

        await store.SaveScenarioAsync(scenario, created: true, null, cancellationToken).ConfigureAwait(false);
        return CommitOutcome.Done(open.ScenarioId, [change!]);
    }

    private static async ValueTask<CommitOutcome> DiscardAsync(ICommitWorkspace store, GraphWrite.DiscardScenario discard, ChangeInfo info, CancellationToken cancellationToken)
    {
        var (scenario, problem) = ScenarioLifecycle.RequireOpen(discard.ScenarioId, await store.FindScenarioAsync(discard.ScenarioId, cancellationToken).ConfigureAwait(false));
        if (scenario is null)
        {
            return CommitOutcome.Refused([problem!]);
        }

        var (closed, change) = ScenarioLifecycle.Close(scenario, ScenarioStatus.Discarded, info);
        await store.SaveScenarioAsync(closed, created: false, null, cancellationToken).ConfigureAwait(false);
        return CommitOutcome.Done(discard.ScenarioId, [change]);
    }

    /// <summary>
    /// Applies the scenario's writes to the baseline as one batch, when <see cref="ScenarioLifecycle.PromoteProblems"/>
    /// finds none and every write still applies. Promoting is a baseline change (scenario id null): it is the
    /// baseline's history from now on.
    /// </summary>
    private static async ValueTask<CommitOutcome> PromoteAsync(ICommitWorkspace store, GraphWrite.PromoteScenario promote, ChangeInfo info, CancellationToken cancellationToken)
    {
        var (scenario, problem) = ScenarioLifecycle.RequireOpen(promote.ScenarioId, await store.FindScenarioAsync(promote.ScenarioId, cancellationToken).ConfigureAwait(false));
        if (scenario is null)
        {
            return CommitOutcome.Refused([problem!]);
        }

        var workspace = await store.BaselineAsync(scenario.Writes, withRecordIds: true, cancellationToken).ConfigureAwait(false);
        if (ScenarioLifecycle.PromoteProblems(scenario, promote.ExpectedRevision, workspace.Before) is { Count: > 0 } problems)
        {
            return CommitOutcome.Refused(problems);
        }

        if (ApplyAll(workspace, scenario.Writes) is { Count: > 0 } errors)
        {
            return CommitOutcome.Refused(errors);
        }

        await store.SaveBaselineAsync(workspace, cancellationToken).ConfigureAwait(false);
        var (promoted, closing) = ScenarioLifecycle.Close(scenario, ScenarioStatus.Promoted, info);
        await store.SaveScenarioAsync(promoted, created: false, null, cancellationToken).ConfigureAwait(false);
        return CommitOutcome.Done(null, [.. ChangeRecorder.Record(scenario.Writes, workspace.Before, workspace), closing]);
    }

    /// <summary>Applies every write in order (each sees the ones before); the errors carry the index of their write.</summary>
    public static List<WriteError> ApplyAll(IWriteWorkspace workspace, IReadOnlyList<GraphWrite> writes)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(writes);
        var errors = new List<WriteError>();
        for (var i = 0; i < writes.Count; i++)
        {
            if (GraphWriteApplier.Apply(workspace, writes[i]) is { } problem)
            {
                errors.Add(problem with { Index = i });
            }
        }

        return errors;
    }
}

/// <summary>What a committed batch did (its scenario, null for the baseline, and its changes), or why it was refused.</summary>
public sealed record CommitOutcome(IReadOnlyList<WriteError> Errors, string? ScenarioId, IReadOnlyList<AuditChange> Changes)
{
    public bool IsRefused => Errors.Count > 0;

    public static CommitOutcome Refused(IReadOnlyList<WriteError> errors) => new(errors, null, []);

    public static CommitOutcome Done(string? scenarioId, IReadOnlyList<AuditChange> changes) => new([], scenarioId, changes);
}
