using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Seed;

/// <summary>
/// The ids of merged entities (<c>formerIds:</c>) and the survivor each resolves to, so that lines and extends written
/// against an old id still join the entity it was merged into.
/// </summary>
internal sealed class FormerIds
{
    private readonly Dictionary<string, string> survivors;

    private FormerIds(Dictionary<string, string> survivors) => this.survivors = survivors;

    /// <summary>The survivor of <paramref name="id"/> when it is a former id, else the id itself.</summary>
    public string Resolve(string id) => survivors.GetValueOrDefault(id, id);

    /// <summary>Every former id, reporting one that is still declared as an entity or claimed by two survivors.</summary>
    public static FormerIds Collect(IReadOnlyDictionary<string, Located<Entity>> entities, List<SeedProblem> problems)
    {
        var survivors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var located in entities.Values)
        {
            foreach (var formerId in located.Value.FormerIds)
            {
                var where = (located.Node as YamlDotNet.RepresentationModel.YamlMappingNode)?.Node("formerIds") ?? located.Node;
                if (entities.ContainsKey(formerId))
                {
                    problems.Add(new SeedProblem(located.File, where.Line(), where.Column(), "FORMER_ID_IN_USE",
                        $"Former id '{formerId}' of '{located.Value.Id}' is still declared as an entity; remove that declaration."));
                }
                else if (!survivors.TryAdd(formerId, located.Value.Id) && survivors[formerId] != located.Value.Id)
                {
                    problems.Add(new SeedProblem(located.File, where.Line(), where.Column(), "FORMER_ID_IN_USE",
                        $"Former id '{formerId}' is claimed by both '{survivors[formerId]}' and '{located.Value.Id}'."));
                }
            }
        }

        return new FormerIds(survivors);
    }
}
