using System.Globalization;

namespace SystemGraph.Neo4j.Store;

/// <summary>
/// Collects the values of one statement. <see cref="Add"/> returns the placeholder (<c>$p0</c>, <c>$p1</c> ...)
/// to write into the statement text, so values only ever travel as parameters.
/// </summary>
internal sealed class CypherParameters
{
    private int next;

    public Dictionary<string, object?> Values { get; } = new(StringComparer.Ordinal);

    public string Add(object? value)
    {
        var name = "p" + next.ToString(CultureInfo.InvariantCulture);
        next++;
        Values[name] = value;
        return "$" + name;
    }

    /// <summary>A named parameter fixed by the statement itself (<c>$ids</c>, <c>$skip</c> ...).</summary>
    public CypherParameters Set(string name, object? value)
    {
        Values[name] = value;
        return this;
    }
}
