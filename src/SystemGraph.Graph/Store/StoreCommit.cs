using SystemGraph.Graph.Changes;
using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Store;

/// <summary>
/// The embedded store's side of a commit: <see cref="GraphCommit"/> over the store's immutable state. Turns a state
/// and one write batch into the next state (one version on), or the reasons it is refused. Pure: the same state and
/// batch always give the same result, which is what lets the journal be replayed on start. Every committed batch
/// becomes one audit entry.
/// </summary>
internal static class StoreCommit
{
    public static async ValueTask<EmbeddedCommit> ApplyAsync(StoreState state, GraphWriteBatch batch, ScenarioViews views, CancellationToken cancellationToken)
    {
        var info = batch.Info ?? throw new ArgumentException("A batch to commit carries its change information.", nameof(batch));
        var workspace = new StateWorkspace(state, views);
        var outcome = await GraphCommit.ApplyAsync(workspace, batch, info, cancellationToken).ConfigureAwait(false);
        if (outcome.IsRefused)
        {
            return new EmbeddedCommit(null, outcome.Errors, null);
        }

        var next = workspace.Next with { Version = state.Version + 1 };
        var entry = new AuditEntry(next.Audit.Count + 1, next.Version, info.At, info.Author, info.Operation, info.Reason, info.Source, info.Rationale, outcome.ScenarioId, outcome.Changes);
        return new EmbeddedCommit(next with { Audit = next.Audit.Append(entry) }, [], entry);
    }

    /// <summary>
    /// Writes the baseline's changed entities to the search index, in the commit, before the snapshot is published:
    /// readers never see an entity without its index entry or the reverse. (Scenario graphs are not published: their
    /// entities stay in their own search overlay, found inside the scenario only.)
    /// </summary>
    private static GraphSnapshot IndexForSearch(GraphSnapshot graph) => graph.WithSearch(graph.Search.Publish());

    /// <summary>The store's state as a commit workspace: reads the current state, saves into the next one.</summary>
    private sealed class StateWorkspace(StoreState state, ScenarioViews views) : ICommitWorkspace
    {
        private StoreState? next;

        public StoreState Next
        {
            get => next ?? state;
            private set => next = value;
        }

        public ValueTask<ScenarioState?> FindScenarioAsync(string scenarioId, CancellationToken cancellationToken) =>
            ValueTask.FromResult(state.Scenarios.GetValueOrDefault(scenarioId));

        public ValueTask<IBatchWorkspace> BaselineAsync(IReadOnlyList<GraphWrite> writes, bool withRecordIds, CancellationToken cancellationToken) =>
            ValueTask.FromResult<IBatchWorkspace>(new SnapshotWorkspace(state.Graph, state.Graph, []));

        public ValueTask<IBatchWorkspace> ScenarioAsync(ScenarioState scenario, IReadOnlyList<GraphWrite> writes, CancellationToken cancellationToken)
        {
            var view = views.Get(state.Graph, scenario);
            return ValueTask.FromResult<IBatchWorkspace>(new SnapshotWorkspace(state.Graph, view.Graph, view.Skipped));
        }

        public ValueTask SaveBaselineAsync(IBatchWorkspace baseline, CancellationToken cancellationToken)
        {
            Next = Next with { Graph = IndexForSearch(((SnapshotWorkspace)baseline).Builder.Build(state.Version + 1)) };
            return ValueTask.CompletedTask;
        }

        public ValueTask SaveScenarioAsync(ScenarioState scenario, bool created, IBatchWorkspace? written, CancellationToken cancellationToken)
        {
            var id = scenario.Info.Id;
            Next = Next with { Scenarios = created ? Next.Scenarios.Add(id, scenario) : Next.Scenarios.SetItem(id, scenario) };

            // The view just built is the scenario's graph at its new revision: keep it, so the next read does not rebuild it.
            if (written is SnapshotWorkspace view)
            {
                views.Remember(id, new ScenarioView(state.Graph, scenario.Info.Revision, view.Builder.Build(state.Graph.Version), view.Skipped));
            }

            return ValueTask.CompletedTask;
        }
    }

    /// <summary>A snapshot builder over the baseline or a scenario's view, as a batch workspace.</summary>
    private sealed class SnapshotWorkspace(GraphSnapshot baseline, GraphSnapshot before, IReadOnlyList<WriteError> skipped) : IBatchWorkspace
    {
        public GraphSnapshotBuilder Builder { get; } = new(before);

        public IReadOnlyList<WriteError> Skipped { get; } = skipped;

        public IRecordLookup Baseline { get; } = baseline;

        public IRecordLookup Before { get; } = before;

        public Entity? Entity(string id) => Builder.Entity(id);

        public Relationship? Relationship(string id) => Builder.Relationship(id);

        public void PutEntity(Entity entity) => Builder.PutEntity(entity);

        public void PutRelationship(Relationship relationship) => Builder.PutRelationship(relationship);
    }
}

/// <summary>The next state and its audit entry, or the reasons the batch was refused.</summary>
internal sealed record EmbeddedCommit(StoreState? Next, IReadOnlyList<WriteError> Errors, AuditEntry? Audit);
