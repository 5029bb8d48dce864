using SystemGraph.Graph.Model;
using SystemGraph.Graph.Seed.Validation;

namespace SystemGraph.Graph.Store;

/// <summary>
/// The names an entity goes by (its name, aliases and ODS code) as <see cref="IGraphReader.FindByNamesAsync"/> compares
/// them: case-insensitive, white space folded, typographic quotes straight, a trailing possessive ignored (the way the
/// seed validator compares evidence text), so a phrase quoted from a paper finds the body it names.
/// </summary>
public static class EntityNames
{
    /// <summary>The comparison key of a name or phrase.</summary>
    public static string Key(string name) => EvidenceText.Fold(name);

    /// <summary>The keys an entity is found by.</summary>
    public static IEnumerable<string> KeysOf(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        yield return Key(entity.Name);
        foreach (var alias in entity.Aliases)
        {
            yield return Key(alias);
        }

        if (entity.OdsCode is { Length: > 0 } code)
        {
            yield return Key(code);
        }
    }

    /// <summary>True when one of the entity's names has this key.</summary>
    public static bool IsNamedBy(Entity entity, string key) => KeysOf(entity).Any(k => k == key);
}
