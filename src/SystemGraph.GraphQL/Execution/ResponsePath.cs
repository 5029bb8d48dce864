namespace SystemGraph.GraphQL.Execution;

/// <summary>
/// An immutable response path (§7.1.2 "path"): response keys and list indices from the root. Each step also keeps
/// its position (the field's place among its parent's fields, or the list index), so errors can be reported in the
/// order of the response, depth first, whatever order concurrent resolvers finished in.
/// </summary>
internal sealed class ResponsePath(ResponsePath? parent, object key, int order)
{
    public ResponsePath? Parent { get; } = parent;

    public object Key { get; } = key;

    /// <summary>The field's index among its parent's collected fields, or the list item's index.</summary>
    public int Order { get; } = order;

    public ResponsePath Append(object key, int order) => new(this, key, order);

    /// <summary>A list item's path (its index is its order).</summary>
    public ResponsePath Append(int index) => new(this, index, index);

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

    /// <summary>The positions from the root down: comparing them orders paths as a depth-first walk of the response.</summary>
    public int[] Positions()
    {
        var depth = 0;
        for (var node = this; node is not null; node = node.Parent)
        {
            depth++;
        }

        var positions = new int[depth];
        for (var node = this; node is not null; node = node.Parent)
        {
            positions[--depth] = node.Order;
        }

        return positions;
    }
}
