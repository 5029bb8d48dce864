using SystemGraph.Graph.Changes;
using SystemGraph.Graph.Store;

namespace SystemGraph.Api.Subscriptions;

/// <summary>
/// The one publish point: after a batch has committed (durably: the store has returned), its audit entry becomes a
/// <see cref="GraphChangeEvent"/> delivered to this instance's subscriptions and, with Redis, relayed to the others.
/// </summary>
public sealed class ChangePublisher(ChangeHub hub, TimeProvider time, IChangeRelay? relay = null)
{
    /// <summary>Publishes a committed batch. <paramref name="reader"/> is the graph written to (for the ends of lines changed).</summary>
    public async Task PublishAsync(GraphWriteBatch batch, WriteResult result, IGraphReader reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(reader);
        if (!result.Committed)
        {
            return;
        }

        var change = await DescribeAsync(batch, result, reader, cancellationToken).ConfigureAwait(false);
        hub.Deliver(change);
        if (relay is not null)
        {
            await relay.PublishAsync(change, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<GraphChangeEvent> DescribeAsync(GraphWriteBatch batch, WriteResult result, IGraphReader reader, CancellationToken cancellationToken)
    {
        var audit = result.Audit;
        var changes = audit?.Changes ?? [];
        var entityIds = changes.Where(c => c.Target == ChangeTarget.Entity).Select(c => c.TargetId).Distinct(StringComparer.Ordinal).ToList();
        var relationshipIds = changes.Where(c => c.Target == ChangeTarget.Relationship).Select(c => c.TargetId).Distinct(StringComparer.Ordinal).ToList();
        var (scenarioId, action) = batch.Writes[0] switch
        {
            GraphWrite.OpenScenario open => (open.ScenarioId, "OPENED"),
            GraphWrite.PromoteScenario promote => (promote.ScenarioId, "PROMOTED"),
            GraphWrite.DiscardScenario discard => (discard.ScenarioId, "DISCARDED"),
            _ => batch.Scenario is { } id ? (id, "WRITE") : ((string?)null, (string?)null),
        };
        var baselineChanged = scenarioId is null || action == "PROMOTED";

        // entityChanged(id) follows an entity's lines too: the ends of every line changed, read from the graph written to.
        var touched = new HashSet<string>(entityIds, StringComparer.Ordinal);
        if (baselineChanged && relationshipIds.Count > 0)
        {
            foreach (var relationship in await reader.GetRelationshipsAsync(relationshipIds, cancellationToken).ConfigureAwait(false))
            {
                if (relationship is not null)
                {
                    touched.Add(relationship.FromId);
                    touched.Add(relationship.ToId);
                }
            }
        }

        return new GraphChangeEvent(
            audit?.Version ?? result.Version,
            audit?.At ?? time.GetUtcNow(),
            audit?.Author,
            audit?.Operation,
            baselineChanged,
            scenarioId,
            action,
            entityIds,
            relationshipIds,
            [.. touched],
            Missed: false,
            hub.InstanceId);
    }
}

/// <summary>Carries changes committed here to the other instances (Redis pub/sub), and theirs to this instance's hub.</summary>
public interface IChangeRelay
{
    Task PublishAsync(GraphChangeEvent change, CancellationToken cancellationToken);
}
