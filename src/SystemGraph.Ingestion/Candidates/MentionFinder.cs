using SystemGraph.Graph.Seed.Validation;
using SystemGraph.Ingestion.Text;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>
/// Finds the entities a passage names: known ones by name, alias or ODS code (the longest run that matches wins), and
/// new ones by how papers name bodies (<see cref="NewEntityRules"/>). New entities are kept once per name, with the
/// first passage that named them.
/// </summary>
internal sealed class MentionFinder(EntityCatalog catalog, IReadOnlySet<string> takenIds)
{
    /// <summary>Known-entity confidence: by name, by alias or code.</summary>
    private const double ByName = 0.95, ByAlias = 0.85;

    private readonly Dictionary<string, EntityCandidate> newByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EntityCandidate> knownById = new(StringComparer.Ordinal);
    private readonly HashSet<string> usedIds = new(takenIds, StringComparer.Ordinal);

    public IEnumerable<EntityCandidate> Entities => knownById.Values.Concat(newByName.Values);

    /// <summary>Every phrase of a paper worth looking up (runs of capitalised words and their parts, up to six words).</summary>
    public static IReadOnlyCollection<string> Phrases(PaperText paper)
    {
        var phrases = new HashSet<string>(StringComparer.Ordinal);
        foreach (var passage in paper.Passages.Select(p => p.Text).Concat(paper.Tables.SelectMany(t => t.Rows.SelectMany(r => r))))
        {
            foreach (var span in NameSpans.Find(passage))
            {
                foreach (var sub in NameSpans.SubSpans(passage, span).Where(s => s.Words.Count <= 6))
                {
                    phrases.Add(sub.Text);
                }
            }
        }

        return phrases;
    }

    public IReadOnlyList<Mention> Find(PaperPassage passage) => Find(passage.Text, passage.Section);

    public IReadOnlyList<Mention> Find(string text, string? section)
    {
        var mentions = new List<Mention>();
        foreach (var span in NameSpans.Find(text))
        {
            var known = Known(text, span);
            var whole = known.FirstOrDefault(k => k.Start == span.Start && k.End == span.End)
                ?? known.FirstOrDefault(k => k.End == span.End && span.Words[0].Word is "The" or "the" && k.Start == span.Words[1].Start);
            if (whole is not null)
            {
                mentions.Add(whole);
                continue;
            }

            if (NewEntityRules.Read(text, span) is { } reading)
            {
                var start = span.Words[reading.SkipWords].Start;
                mentions.Add(new Mention(start, span.End, text[start..span.End], New(reading.Kind, reading.Confidence, reading.Name, text, section)));
                continue;
            }

            mentions.AddRange(known);
        }

        return [.. mentions.OrderBy(m => m.Start)];
    }

    /// <summary>Known entities in a span, longest first, not overlapping.</summary>
    private List<Mention> Known(string text, NameSpan span)
    {
        var found = new List<Mention>();
        foreach (var sub in NameSpans.SubSpans(text, span))
        {
            if (found.Any(f => sub.Start < f.End && f.Start < sub.End) || catalog.Match(sub.Text) is not { } match)
            {
                continue;
            }

            var entity = knownById.TryGetValue(match.Entity.Id, out var seen) ? seen : knownById[match.Entity.Id] = new EntityCandidate(
                match.Entity.Id, match.Entity.Kind, match.Entity.Name, match.Entity.Id, match.ByName ? ByName : ByAlias, sub.Text, text, null,
                match.Entity.ValidFrom, match.Entity.ValidTo, [match.Entity.Name, .. match.Entity.Aliases, .. match.Entity.OdsCode is { } c ? new[] { c } : []]);
            found.Add(new Mention(sub.Start, sub.End, sub.Text, entity));
        }

        return found;
    }

    private EntityCandidate New(Graph.Model.EntityKind kind, double confidence, string name, string passage, string? section)
    {
        var key = EvidenceText.Fold(name);
        if (newByName.TryGetValue(key, out var existing))
        {
            return existing;
        }

        var id = Slug(name);
        for (var n = 2; !usedIds.Add(id); n++)
        {
            id = $"{Slug(name)}-{n}";
        }

        return newByName[key] = new EntityCandidate(id, kind, name, null, confidence, name, passage, section);
    }

    public static string Slug(string name)
    {
        var chars = name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        var slug = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length == 0 ? "entity" : slug[..Math.Min(slug.Length, 60)].TrimEnd('-');
    }
}
