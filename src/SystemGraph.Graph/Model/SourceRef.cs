namespace SystemGraph.Graph.Model;

/// <summary>
/// Where a fact comes from: a Document entity's id, the place in it, and a short verbatim quote. <paramref name="Table"/>
/// marks a quote that is a table cell (its section names the table, row and column headings).
/// </summary>
public sealed record SourceRef(
    string DocumentId,
    string? Section = null,
    string? Quote = null,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)] bool Table = false);
