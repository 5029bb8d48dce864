using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Store;

/// <summary>
/// The records a write batch reads and changes, as the batch goes: each write sees the ones before it. The
/// embedded store's snapshot builder is one; the Neo4j store's is the records read inside its write transaction.
/// </summary>
public interface IWriteWorkspace : IRecordLookup
{
    void PutEntity(Entity entity);

    void PutRelationship(Relationship relationship);
}

/// <summary>Records by id, as of one state of the graph.</summary>
public interface IRecordLookup
{
    Entity? Entity(string id);

    Relationship? Relationship(string id);
}
