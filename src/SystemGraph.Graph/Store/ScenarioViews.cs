using System.Collections.Concurrent;

namespace SystemGraph.Graph.Store;

/// <summary>
/// A scenario's graph: its writes applied to the current baseline, built on first use and kept until the baseline
/// or the scenario changes. Building costs O(scenario writes) on the layered maps: the baseline is shared, not copied.
/// Writes that no longer apply (the baseline moved under them) are left out and reported, not fatal: a planner
/// still sees the rest of the scenario and the diff names what conflicts.
/// </summary>
internal sealed class ScenarioViews
{
    private readonly ConcurrentDictionary<string, ScenarioView> views = new(StringComparer.Ordinal);

    public ScenarioView Get(GraphSnapshot baseline, ScenarioState scenario)
    {
        if (views.TryGetValue(scenario.Info.Id, out var cached) && ReferenceEquals(cached.Baseline, baseline) && cached.Revision == scenario.Info.Revision)
        {
            return cached;
        }

        var builder = new GraphSnapshotBuilder(baseline);
        var skipped = new List<WriteError>();
        for (var i = 0; i < scenario.Writes.Count; i++)
        {
            if (GraphWriteApplier.Apply(builder, scenario.Writes[i]) is { } problem)
            {
                skipped.Add(problem with { Index = i });
            }
        }

        var view = new ScenarioView(baseline, scenario.Info.Revision, builder.Build(baseline.Version), skipped);
        views[scenario.Info.Id] = view;
        return view;
    }

    /// <summary>Keeps a view just built by a write, so the next read does not rebuild it.</summary>
    public void Remember(string scenarioId, ScenarioView view) => views[scenarioId] = view;

    public void Clear() => views.Clear();
}

/// <summary>A scenario's graph as of one baseline snapshot and scenario revision, with the writes that did not apply.</summary>
internal sealed record ScenarioView(GraphSnapshot Baseline, long Revision, GraphSnapshot Graph, IReadOnlyList<WriteError> Skipped);
