using System.Runtime.CompilerServices;
using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Store;

/// <summary>
/// The entities of one snapshot by the keys of their names (<see cref="EntityNames"/>), built the first time a snapshot
/// is asked (a paper being read) and kept while the snapshot lives: snapshots never change, so neither does this.
/// </summary>
internal sealed class EntityNameIndex
{
    private static readonly ConditionalWeakTable<GraphSnapshot, EntityNameIndex> BySnapshot = [];

    private readonly Dictionary<string, List<Entity>> byKey = new(StringComparer.Ordinal);

    private EntityNameIndex(GraphSnapshot snapshot)
    {
        foreach (var entity in snapshot.Entities.Values)
        {
            foreach (var key in EntityNames.KeysOf(entity).Distinct(StringComparer.Ordinal))
            {
                (byKey.TryGetValue(key, out var list) ? list : byKey[key] = []).Add(entity);
            }
        }
    }

    public static EntityNameIndex Of(GraphSnapshot snapshot) => BySnapshot.GetValue(snapshot, s => new EntityNameIndex(s));

    public IReadOnlyList<Entity> Named(string key) => byKey.TryGetValue(key, out var list) ? list : [];
}
