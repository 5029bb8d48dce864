using SystemGraph.Graph.Changes;

namespace SystemGraph.Graph.Store;

/// <summary>
/// Turns the embedded store's state and one write batch into the next state, or the reasons it is refused. Pure:
/// the same state and batch always give the same result, which is what lets the journal be replayed on start.
/// Three kinds of batch: baseline changes, changes inside an open scenario, and scenario lifecycle (open,
/// promote, discard), by the rules both stores share (<see cref="GraphWriteApplier"/>, <see cref="ScenarioLifecycle"/>).
/// Every committed batch becomes one audit entry.
/// </summary>
internal static class StoreCommit
{
    public static CommitOutcome Apply(StoreState state, GraphWriteBatch batch, ScenarioViews views)
    {
        var info = batch.Info ?? throw new ArgumentException("A batch to commit carries its change information.", nameof(batch));
        if (ScenarioLifecycle.ShapeProblem(batch) is { } shape)
        {
            return Refused(shape);
        }

        return batch.Writes[0] switch
        {
            GraphWrite.OpenScenario open => Open(state, open, info),
            GraphWrite.PromoteScenario promote => Promote(state, promote, info),
            GraphWrite.DiscardScenario discard => Discard(state, discard, info),
            _ => batch.Scenario is { } scenarioId ? InScenario(state, batch, scenarioId, info, views) : Baseline(state, batch, info),
        };
    }

    private static CommitOutcome Baseline(StoreState state, GraphWriteBatch batch, ChangeInfo info)
    {
        var builder = new GraphSnapshotBuilder(state.Graph);
        if (ApplyAll(builder, batch.Writes) is { Count: > 0 } errors)
        {
            return new CommitOutcome(null, errors, null);
        }

        var version = state.Version + 1;
        var changes = ChangeRecorder.Record(batch.Writes, state.Graph, builder);
        return Committed(state with { Version = version, Graph = IndexForSearch(builder.Build(version)) }, info, null, changes);
    }

    private static CommitOutcome InScenario(StoreState state, GraphWriteBatch batch, string scenarioId, ChangeInfo info, ScenarioViews views)
    {
        var (scenario, problem) = ScenarioLifecycle.RequireOpen(scenarioId, state.Scenarios.GetValueOrDefault(scenarioId));
        if (scenario is null)
        {
            return Refused(problem!);
        }

        var view = views.Get(state.Graph, scenario);
        var builder = new GraphSnapshotBuilder(view.Graph);
        if (ApplyAll(builder, batch.Writes) is { Count: > 0 } errors)
        {
            return new CommitOutcome(null, errors, null);
        }

        var next = ScenarioLifecycle.Write(scenario, batch.Writes, state.Graph);
        views.Remember(scenarioId, new ScenarioView(state.Graph, next.Info.Revision, builder.Build(state.Graph.Version), view.Skipped));
        var changes = ChangeRecorder.Record(batch.Writes, view.Graph, builder);
        return Committed(state with { Version = state.Version + 1, Scenarios = state.Scenarios.SetItem(scenarioId, next) }, info, scenarioId, changes);
    }

    private static CommitOutcome Open(StoreState state, GraphWrite.OpenScenario open, ChangeInfo info)
    {
        var (scenario, change, problem) = ScenarioLifecycle.Open(open, state.Scenarios.ContainsKey(open.ScenarioId), info);
        return scenario is null
            ? Refused(problem!)
            : Committed(state with { Version = state.Version + 1, Scenarios = state.Scenarios.Add(open.ScenarioId, scenario) }, info, open.ScenarioId, [change!]);
    }

    private static CommitOutcome Discard(StoreState state, GraphWrite.DiscardScenario discard, ChangeInfo info)
    {
        var (scenario, problem) = ScenarioLifecycle.RequireOpen(discard.ScenarioId, state.Scenarios.GetValueOrDefault(discard.ScenarioId));
        if (scenario is null)
        {
            return Refused(problem!);
        }

        var (closed, change) = ScenarioLifecycle.Close(scenario, ScenarioStatus.Discarded, info);
        return Committed(state with { Version = state.Version + 1, Scenarios = state.Scenarios.SetItem(discard.ScenarioId, closed) }, info, discard.ScenarioId, [change]);
    }

    /// <summary>Applies the scenario's writes to the baseline as one batch, when <see cref="ScenarioLifecycle.PromoteProblems"/> finds none.</summary>
    private static CommitOutcome Promote(StoreState state, GraphWrite.PromoteScenario promote, ChangeInfo info)
    {
        var (scenario, problem) = ScenarioLifecycle.RequireOpen(promote.ScenarioId, state.Scenarios.GetValueOrDefault(promote.ScenarioId));
        if (scenario is null)
        {
            return Refused(problem!);
        }

        if (ScenarioLifecycle.PromoteProblems(scenario, promote.ExpectedRevision, state.Graph) is { Count: > 0 } problems)
        {
            return new CommitOutcome(null, problems, null);
        }

        var builder = new GraphSnapshotBuilder(state.Graph);
        if (ApplyAll(builder, scenario.Writes) is { Count: > 0 } errors)
        {
            return new CommitOutcome(null, errors, null);
        }

        var version = state.Version + 1;
        var (promoted, closing) = ScenarioLifecycle.Close(scenario, ScenarioStatus.Promoted, info);
        var changes = ChangeRecorder.Record(scenario.Writes, state.Graph, builder).Append(closing).ToList();

        // Promoting is a baseline change (scenario id null): it is the baseline's history from now on.
        return Committed(
            state with { Version = version, Graph = IndexForSearch(builder.Build(version)), Scenarios = state.Scenarios.SetItem(scenario.Info.Id, promoted) },
            info,
            null,
            changes);
    }

    /// <summary>
    /// Writes the baseline's changed entities to the search index, in the commit, before the snapshot is published:
    /// readers never see an entity without its index entry or the reverse. (Scenario graphs are not published: their
    /// entities stay in their own search overlay, found inside the scenario only.)
    /// </summary>
    private static GraphSnapshot IndexForSearch(GraphSnapshot graph) => graph.WithSearch(graph.Search.Publish());

    private static List<WriteError> ApplyAll(GraphSnapshotBuilder builder, IReadOnlyList<GraphWrite> writes)
    {
        var errors = new List<WriteError>();
        for (var i = 0; i < writes.Count; i++)
        {
            if (GraphWriteApplier.Apply(builder, writes[i]) is { } problem)
            {
                errors.Add(problem with { Index = i });
            }
        }

        return errors;
    }

    private static CommitOutcome Committed(StoreState next, ChangeInfo info, string? scenarioId, IReadOnlyList<AuditChange> changes)
    {
        var entry = new AuditEntry(next.Audit.Count + 1, next.Version, info.At, info.Author, info.Operation, info.Reason, info.Source, info.Rationale, scenarioId, changes);
        return new CommitOutcome(next with { Audit = next.Audit.Append(entry) }, [], entry);
    }

    private static CommitOutcome Refused(WriteError error) => new(null, [error], null);
}

/// <summary>The next state and its audit entry, or the reasons the batch was refused.</summary>
internal sealed record CommitOutcome(StoreState? Next, IReadOnlyList<WriteError> Errors, AuditEntry? Audit);
