using System.Text.Json;

namespace SystemGraph.Neo4j.Http;

/// <summary>
/// A Query API result in the plain JSON format: <c>data.fields</c> names the columns and each entry of
/// <c>data.values</c> is one row.
/// </summary>
internal sealed class Neo4jQueryResult(IReadOnlyList<string> fields, IReadOnlyList<JsonElement[]> rows, IReadOnlyList<string> bookmarks)
{
    public static readonly Neo4jQueryResult Empty = new([], [], []);

    public IReadOnlyList<string> Fields { get; } = fields;

    public IReadOnlyList<JsonElement[]> Rows { get; } = rows;

    public IReadOnlyList<string> Bookmarks { get; } = bookmarks;

    /// <summary>The value of <paramref name="field"/> in row <paramref name="row"/>.</summary>
    public JsonElement Get(int row, string field)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (string.Equals(Fields[i], field, StringComparison.Ordinal))
            {
                return Rows[row][i];
            }
        }

        throw new KeyNotFoundException($"The result has no field '{field}'.");
    }
}
