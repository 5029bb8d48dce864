using System.Text.RegularExpressions;
using SystemGraph.Graph.Seed.Validation;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>
/// Known entities by the names they go by (name, aliases, ODS code), compared as the validator compares evidence text
/// (case-insensitive, white space folded, a trailing possessive ignored). A name two entities share matches neither.
/// </summary>
public sealed partial class EntityCatalog : IEntityLookup
{
    private readonly Dictionary<string, (KnownEntity Entity, bool ByName)?> byName = new(StringComparer.Ordinal);

    /// <summary>Names by their canonical form (<see cref="NameForms.Canonical"/>), asked when no name matches as written.</summary>
    private readonly Dictionary<string, (KnownEntity Entity, bool ByName)?> byCanonical = new(StringComparer.Ordinal);

    public EntityCatalog(IEnumerable<KnownEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        foreach (var entity in entities)
        {
            Add(entity.Name, entity, byNameOnly: true);
            Add(byCanonical, NameForms.Canonical(entity.Name), entity, byNameOnly: true);
            foreach (var alias in entity.Aliases)
            {
                Add(alias, entity, byNameOnly: false);
                // "Black Country STP" for "The Black Country STP": a proper name's forms; never "Board" for "the Board", nor
                // "steering group" for "the steering group" (a description, matched only as written).
                if (!NewEntityRules.IsGenericName(alias) && ProperName().IsMatch(alias))
                {
                    Add(byCanonical, NameForms.Canonical(alias), entity, byNameOnly: false);
                }
            }

            if (entity.OdsCode is { Length: > 0 } code)
            {
                Add(code, entity, byNameOnly: false);
            }
        }
    }

    /// <summary>The entity <paramref name="phrase"/> names, and whether by its name (else an alias or code).</summary>
    public (KnownEntity Entity, bool ByName)? Match(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        if (byName.TryGetValue(EvidenceText.Fold(phrase), out var hit))
        {
            return hit;
        }

        // "Mid & South Essex Integrated Care Board" for the registered "NHS Mid and South Essex Integrated Care Board": a
        // form of the name, matched as an alias is (a paper's own wording, kept as the line's mention).
        return byCanonical.TryGetValue(NameForms.Canonical(phrase), out var form) && form is { } f ? (f.Entity, false) : null;
    }

    public Task<IReadOnlyList<KnownEntity>> FindAsync(IReadOnlyCollection<string> phrases, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        IReadOnlyList<KnownEntity> found = phrases.Select(Match).Where(m => m is not null).Select(m => m!.Value.Entity).Distinct().ToList();
        return Task.FromResult(found);
    }

    private void Add(string name, KnownEntity entity, bool byNameOnly) => Add(byName, EvidenceText.Fold(name), entity, byNameOnly);

    private static void Add(Dictionary<string, (KnownEntity Entity, bool ByName)?> byName, string key, KnownEntity entity, bool byNameOnly)
    {
        if (key.Length < 2)
        {
            return;
        }

        if (byName.TryGetValue(key, out var existing))
        {
            if (existing is { } e && !ReferenceEquals(e.Entity.Id, entity.Id) && e.Entity.Id != entity.Id)
            {
                byName[key] = null; // shared between two entities: ambiguous, so it names neither
            }

            return;
        }

        byName[key] = (entity, byNameOnly);
    }

    /// <summary>A name that starts with a capital after any leading "the": a proper name, not a description.</summary>
    [GeneratedRegex(@"^(?:[Tt]he\s+(?=[A-Z0-9])|(?![Tt]he\s)[A-Z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex ProperName();
}
