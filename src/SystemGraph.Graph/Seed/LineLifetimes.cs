using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Seed;

/// <summary>
/// A line's time as the seed determines it (issue #14, "Time"): no line outlives the bodies at its ends, so a line
/// ends when an end ceases, with that end's date; and a line is evidence as at the latest publication date of the
/// documents it cites (<see cref="Relationship.LastEvidencedOn"/>). A succession (SUCCEEDED_BY) is the exception: it
/// records an event at the predecessor's end (it starts the day after the predecessor ceased) and stays true after.
/// </summary>
public static class LineLifetimes
{
    /// <summary>The lines with validTo clamped to their ends' validTo and lastEvidencedOn computed.</summary>
    public static IEnumerable<Relationship> Apply(IEnumerable<Relationship> lines, IReadOnlyDictionary<string, Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(entities);
        foreach (var line in lines)
        {
            yield return Apply(line, entities.GetValueOrDefault(line.FromId), entities.GetValueOrDefault(line.ToId), entities);
        }
    }

    public static Relationship Apply(Relationship line, Entity? from, Entity? to, IReadOnlyDictionary<string, Entity> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return Apply(line, from, to, id => documents.GetValueOrDefault(id));
    }

    /// <summary>One line with its ends and a lookup of the documents it cites (a write workspace's, for lines written through the API).</summary>
    public static Relationship Apply(Relationship line, Entity? from, Entity? to, Func<string, Entity?> documents)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(documents);
        return line with
        {
            ValidTo = EndsWithItsEnds(line) ? Earliest(line.ValidTo, from?.ValidTo, to?.ValidTo) : line.ValidTo,
            LastEvidencedOn = line.Sources.Select(s => documents(s.DocumentId)?.PublishedOn).Where(d => d is not null).DefaultIfEmpty(null).Max(),
        };
    }

    /// <summary>False for a succession, which is an event at its predecessor's end rather than a state within both lifetimes.</summary>
    public static bool EndsWithItsEnds(Relationship line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Type != RelationshipType.SucceededBy;
    }

    /// <summary>The latest publishedOn of the documents the line cites; null when none of them carries a date.</summary>
    public static DateOnly? LastEvidencedOn(Relationship line, IReadOnlyDictionary<string, Entity> documents) =>
        Apply(line, null, null, documents).LastEvidencedOn;

    private static DateOnly? Earliest(params DateOnly?[] dates) =>
        dates.Where(d => d is not null).DefaultIfEmpty(null).Min();
}
