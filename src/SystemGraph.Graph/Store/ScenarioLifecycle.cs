using SystemGraph.Graph.Changes;

namespace SystemGraph.Graph.Store;

/// <summary>
/// The rules of a scenario's life, shared by both stores so that they accept, refuse and record alike: the shape of
/// a batch, opening, writing into an open scenario, promoting and discarding. Pure functions over
/// <see cref="ScenarioState"/>; each store reads and writes the state its own way, atomically with the batch.
/// </summary>
public static class ScenarioLifecycle
{
    /// <summary>Why a batch cannot be applied at all (no writes; a lifecycle write not alone), or null.</summary>
    public static WriteError? ShapeProblem(GraphWriteBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Writes.Count == 0)
        {
            return new WriteError(0, "INVALID", "The batch holds no writes.");
        }

        return batch.Writes.Any(w => w.IsScenarioLifecycle) && (batch.Writes.Count != 1 || batch.Scenario is not null)
            ? new WriteError(0, "INVALID", "A scenario write (open, promote, discard) must be the only write in its batch.")
            : null;
    }

    /// <summary>The scenario, when it exists and is open; else why it takes no change.</summary>
    public static (ScenarioState? Scenario, WriteError? Problem) RequireOpen(string id, ScenarioState? found)
    {
        if (found is null)
        {
            return (null, new WriteError(0, "NOT_FOUND", $"Scenario '{id}' does not exist.", id));
        }

        return found.Info.Status == ScenarioStatus.Open
            ? (found, null)
            : (null, new WriteError(0, "INVALID", $"Scenario '{id}' was {found.Info.Status.ToString().ToUpperInvariant()} on {found.Info.ClosedAt:yyyy-MM-dd}; it takes no more changes.", id));
    }

    /// <summary>The new scenario and its audit change, or why it cannot be opened.</summary>
    public static (ScenarioState? Scenario, AuditChange? Change, WriteError? Problem) Open(GraphWrite.OpenScenario open, bool exists, ChangeInfo info)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(info);
        if (string.IsNullOrWhiteSpace(open.ScenarioId) || string.IsNullOrWhiteSpace(open.Name))
        {
            return (null, null, new WriteError(0, "INVALID", "A scenario needs an id and a name."));
        }

        if (exists)
        {
            return (null, null, new WriteError(0, "DUPLICATE", $"Scenario '{open.ScenarioId}' already exists.", open.ScenarioId));
        }

        var scenario = ScenarioState.Open(new Scenario(open.ScenarioId, open.Name.Trim(), open.Description, info.Author, info.At, ScenarioStatus.Open, 0, 0));
        var change = new AuditChange(ChangeTarget.Scenario, open.ScenarioId, ChangeKind.Created, null, 0,
            FieldDiff.Compute(null, new { name = scenario.Info.Name, description = scenario.Info.Description }));
        return (scenario, change, null);
    }

    /// <summary>
    /// The scenario after a batch of writes checked against its view: the writes kept without their expected versions,
    /// and the baseline version each newly touched record started from (what a promote checks for conflicts).
    /// </summary>
    public static ScenarioState Write(ScenarioState scenario, IReadOnlyList<GraphWrite> writes, IRecordLookup baseline)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(writes);
        var baseVersions = scenario.BaseVersions;
        foreach (var id in writes.Select(w => w.RecordId).OfType<string>())
        {
            if (!baseVersions.ContainsKey(id))
            {
                baseVersions = baseVersions.Add(id, ScenarioDiff.BaselineVersionOf(baseline, id));
            }
        }

        return scenario with
        {
            Info = scenario.Info with { Revision = scenario.Info.Revision + 1, ChangeCount = scenario.Info.ChangeCount + writes.Count },
            Writes = scenario.Writes.AddRange(writes.Select(w => w.WithoutExpectedVersion())),
            BaseVersions = baseVersions,
        };
    }

    /// <summary>
    /// Why a scenario cannot be promoted over this baseline: it changed since the revision the promoter reviewed, it
    /// holds nothing, or records it changed moved in the baseline since (someone's change would be overwritten unseen).
    /// </summary>
    public static IReadOnlyList<WriteError> PromoteProblems(ScenarioState scenario, long? expectedRevision, IRecordLookup baseline)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (expectedRevision is { } expected && expected != scenario.Info.Revision)
        {
            return [new WriteError(0, "CONFLICT", $"Scenario '{scenario.Info.Id}' is at revision {scenario.Info.Revision}, not the expected {expected}: it changed since you reviewed it.",
                scenario.Info.Id, expected, scenario.Info.Revision)];
        }

        if (scenario.Writes.Count == 0)
        {
            return [new WriteError(0, "INVALID", $"Scenario '{scenario.Info.Id}' holds no changes to promote.", scenario.Info.Id)];
        }

        return ScenarioDiff.Conflicts(baseline, scenario).ToList();
    }

    /// <summary>The scenario closed (promoted or discarded) by the author of <paramref name="info"/>, and the audit change saying so.</summary>
    public static (ScenarioState Scenario, AuditChange Change) Close(ScenarioState scenario, ScenarioStatus status, ChangeInfo info)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(info);
        var closed = scenario with { Info = scenario.Info with { Status = status, ClosedBy = info.Author, ClosedAt = info.At, Revision = scenario.Info.Revision + 1 } };
        var kind = status == ScenarioStatus.Promoted ? ChangeKind.Promoted : ChangeKind.Discarded;
        return (closed, new AuditChange(ChangeTarget.Scenario, scenario.Info.Id, kind, scenario.Info.Revision, closed.Info.Revision, []));
    }
}
