namespace SystemGraph.GraphQL.Execution;

/// <summary>An immutable response path (§7.1.2 "path"): response keys and list indices from the root.</summary>
internal sealed class ResponsePath(ResponsePath? parent, object key)
{
    public ResponsePath? Parent { get; } = parent;

    public object Key { get; } = key;

    public ResponsePath Append(object key) => new(this, key);

    public IReadOnlyList<object> ToList()
    {
        var list = new List<object>();
        for (var node = this; node is not null; node = node.Parent)
        {
            list.Add(node.Key);
        }

        list.Reverse();
        return list;
    }
}
