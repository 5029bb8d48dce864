using SystemGraph.Graph.Model;
using SystemGraph.Neo4j.Http;

namespace SystemGraph.Neo4j.Store;

/// <summary>
/// Batched <c>UNWIND $rows AS row MERGE ...</c> statements that create or replace entities and relationships.
/// Rows are grouped by kind and by type because labels and relationship types cannot be parameters; the
/// group key picks a statement from <see cref="Neo4jStatements"/>, never text from the rows.
/// </summary>
internal static class UpsertStatements
{
    /// <param name="loadId">Stamped on every node by a bulk load, so what the load did not write can be swept away after it.</param>
    public static IEnumerable<(CypherStatement Statement, int Rows)> Entities(IEnumerable<Entity> entities, string? loadId, int batchSize)
    {
        foreach (var group in entities.GroupBy(e => e.Kind).OrderBy(g => g.Key))
        {
            var text = Neo4jStatements.UpsertEntities(group.Key);
            foreach (var chunk in group.Chunk(batchSize))
            {
                var rows = chunk.Select(e =>
                {
                    var props = EntityRecordMapper.ToProperties(e);
                    if (loadId is not null)
                    {
                        props["loadId"] = loadId;
                    }

                    return new Dictionary<string, object?>(StringComparer.Ordinal) { ["id"] = e.Id, ["props"] = props };
                }).ToList();
                yield return (new CypherStatement(text, new Dictionary<string, object?>(StringComparer.Ordinal) { ["rows"] = rows }), chunk.Length);
            }
        }
    }

    public static IEnumerable<(CypherStatement Statement, int Rows)> Relationships(IEnumerable<Relationship> relationships, string? loadId, int batchSize)
    {
        foreach (var group in relationships.GroupBy(r => r.Type).OrderBy(g => g.Key))
        {
            var text = Neo4jStatements.UpsertRelationships(group.Key);
            foreach (var chunk in group.Chunk(batchSize))
            {
                var rows = chunk.Select(r =>
                {
                    var props = EntityRecordMapper.ToProperties(r);
                    if (loadId is not null)
                    {
                        props["loadId"] = loadId;
                    }

                    return new Dictionary<string, object?>(StringComparer.Ordinal)
                    {
                        ["id"] = r.Id,
                        ["fromId"] = r.FromId,
                        ["toId"] = r.ToId,
                        ["props"] = props,
                    };
                }).ToList();
                yield return (new CypherStatement(text, new Dictionary<string, object?>(StringComparer.Ordinal) { ["rows"] = rows }), chunk.Length);
            }
        }
    }
}
