namespace SystemGraph.GraphQL.Language;

/// <summary>Walks an AST depth first in source order (graphql-js's visit), calling a visitor on entry and exit.</summary>
public static class AstWalker
{
    /// <summary>Visits <paramref name="root"/> and all its descendants.</summary>
    public static void Walk(ASTNode root, IAstVisitor visitor)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(visitor);
        var ancestors = new List<ASTNode>();
        Visit(root, visitor, ancestors);
    }

    private static bool Visit(ASTNode node, IAstVisitor visitor, List<ASTNode> ancestors)
    {
        var action = visitor.Enter(node, ancestors);
        if (action == VisitorAction.Break)
        {
            return false;
        }

        if (action == VisitorAction.Skip)
        {
            return true;
        }

        ancestors.Add(node);
        foreach (var child in AstChildren.Of(node))
        {
            if (!Visit(child, visitor, ancestors))
            {
                return false;
            }
        }

        ancestors.RemoveAt(ancestors.Count - 1);
        visitor.Leave(node, ancestors);
        return true;
    }
}
