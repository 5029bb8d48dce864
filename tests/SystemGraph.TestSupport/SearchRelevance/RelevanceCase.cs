using SystemGraph.Graph.Model;

namespace SystemGraph.TestSupport.SearchRelevance;

/// <summary>What an analyst types, and the entity they mean (expected in the top three hits).</summary>
public sealed record RelevanceCase(string Text, string Expected, string Why, EntityKind? Kind = null)
{
    public override string ToString() => $"\"{Text}\" -> {Expected} ({Why})";
}
