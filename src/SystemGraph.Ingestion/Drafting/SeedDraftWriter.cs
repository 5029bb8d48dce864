using System.Globalization;
using System.Text;
using SystemGraph.Graph.Model;
using SystemGraph.Ingestion.Candidates;

namespace SystemGraph.Ingestion.Drafting;

/// <summary>
/// Writes an extraction as a seed file in the graph-seed format (graph-seed/README.md): the document, the new entities
/// the lines need (known entities are referred to by id), and the candidate lines with their quotes, basis,
/// rationale and mentions; each line's confidence and whether its ends were matched are comments, for the reviewer.
/// </summary>
public static class SeedDraftWriter
{
    public static string Write(PaperExtraction extraction, string documentId, string textFileName, string fallbackName)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        var meta = extraction.Paper.Metadata;
        var yaml = new StringBuilder();
        yaml.AppendLine(CultureInfo.InvariantCulture, $"# Draft read from {textFileName} by `seed draft`: {extraction.Lines.Count} candidate line(s), for review.");
        yaml.AppendLine("# Each line is a reading of the paper by rule; check its quotes, correct or delete it, then move the file to graph-seed/.");
        yaml.AppendLine("documents:");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  - id: {documentId}");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"    file: {Quote(textFileName)}");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"    name: {Quote(meta.Title ?? fallbackName)}");
        if (meta.Title is { } title)
        {
            yaml.AppendLine(CultureInfo.InvariantCulture, $"    title: {Quote(title)}");
        }

        if (meta.PublishedOn is { } date)
        {
            yaml.AppendLine(CultureInfo.InvariantCulture, $"    publishedOn: {date:yyyy-MM-dd}");
        }

        if (meta.Publisher is { } publisher)
        {
            yaml.AppendLine(CultureInfo.InvariantCulture, $"    publisher: {Quote(publisher)}");
        }

        var entities = extraction.NewEntitiesInLines;
        yaml.AppendLine(entities.Count == 0 ? "entities: []" : "entities:");
        foreach (var entity in entities)
        {
            var source = extraction.NewEntitySources[entity.Id];
            yaml.AppendLine(CultureInfo.InvariantCulture, $"  - id: {entity.Id}   # new (confidence {entity.Confidence:0.00})");
            yaml.AppendLine(CultureInfo.InvariantCulture, $"    kind: {GraphNames.ToWire(entity.Kind)}");
            yaml.AppendLine(CultureInfo.InvariantCulture, $"    name: {Quote(entity.Name)}");
            if (entity.Level is { } level)
            {
                yaml.AppendLine(CultureInfo.InvariantCulture, $"    level: {GraphNames.ToWire(level)}   # read from the name; check it");
            }

            yaml.AppendLine("    sources:");
            AppendSource(yaml, documentId, source);
        }

        yaml.AppendLine(extraction.Lines.Count == 0 ? "relationships: []" : "relationships:");
        var number = 0;
        foreach (var line in extraction.Lines)
        {
            // An explicit id: a line the seed already has between the same ends would otherwise get the same implicit id.
            yaml.AppendLine(CultureInfo.InvariantCulture, $"  - id: {documentId}.line-{++number}");
            yaml.AppendLine(CultureInfo.InvariantCulture, $"    type: {GraphNames.ToWire(line.Type)}   # confidence {line.Confidence:0.00}{(line.Ranked ? ", offered by the learnt ranker" : string.Empty)}");
            yaml.AppendLine(CultureInfo.InvariantCulture, $"    from: {line.From.Id}{(line.From.IsExisting ? "   # known" : string.Empty)}");
            yaml.AppendLine(CultureInfo.InvariantCulture, $"    to: {line.To.Id}{(line.To.IsExisting ? "   # known" : string.Empty)}");
            yaml.AppendLine(CultureInfo.InvariantCulture, $"    status: {GraphNames.ToWire(line.Status)}");
            Optional(yaml, "statusNote", line.StatusNote);
            Optional(yaml, "role", line.Role);
            Optional(yaml, "validFrom", line.ValidFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), quoted: false);
            Optional(yaml, "validTo", line.ValidTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), quoted: false);
            if (line.Basis == RelationshipBasis.Inferred)
            {
                yaml.AppendLine("    basis: INFERRED");
                Optional(yaml, "rationale", line.Rationale);
            }

            if (line.FromMentions.Count > 0 || line.ToMentions.Count > 0)
            {
                yaml.AppendLine(CultureInfo.InvariantCulture, $"    mentions: {{ from: [{string.Join(", ", line.FromMentions.Select(Quote))}], to: [{string.Join(", ", line.ToMentions.Select(Quote))}] }}");
            }

            yaml.AppendLine("    sources:");
            foreach (var source in line.Sources)
            {
                AppendSource(yaml, documentId, source);
            }
        }

        return yaml.ToString();
    }

    private static void AppendSource(StringBuilder yaml, string documentId, CandidateSource source)
    {
        yaml.AppendLine(CultureInfo.InvariantCulture, $"      - document: {documentId}");
        if (source.Section is { } section)
        {
            yaml.AppendLine(CultureInfo.InvariantCulture, $"        section: {Quote(section)}");
        }

        if (source.Table)
        {
            yaml.AppendLine("        table: true");
        }

        yaml.AppendLine(CultureInfo.InvariantCulture, $"        quote: {Quote(source.Quote)}");
    }

    private static void Optional(StringBuilder yaml, string key, string? value, bool quoted = true)
    {
        if (value is not null)
        {
            yaml.AppendLine(CultureInfo.InvariantCulture, $"    {key}: {(quoted ? Quote(value) : value)}");
        }
    }

    /// <summary>A YAML double-quoted scalar (YAML 1.2, 7.3.1): backslash and quote escaped, control characters as \uXXXX.</summary>
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => quoted.Append("\\\""),
                '\\' => quoted.Append("\\\\"),
                _ when char.IsControl(c) => quoted.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => quoted.Append(c),
            };
        }

        return quoted.Append('"').ToString();
    }
}
