namespace SystemGraph.GraphQL.Language;

/// <summary>What a visitor wants the walk to do after entering a node.</summary>
public enum VisitorAction
{
    /// <summary>Visit the node's children, then leave it.</summary>
    Continue,

    /// <summary>Do not visit the node's children, and do not call leave for it.</summary>
    Skip,

    /// <summary>Stop the whole walk.</summary>
    Break,
}

/// <summary>A visitor called by <see cref="AstWalker"/> on entering and leaving every node, depth first.</summary>
public interface IAstVisitor
{
    /// <summary>Called before the node's children; <paramref name="ancestors"/> runs from the root to the parent.</summary>
    VisitorAction Enter(ASTNode node, IReadOnlyList<ASTNode> ancestors);

    /// <summary>Called after the node's children.</summary>
    void Leave(ASTNode node, IReadOnlyList<ASTNode> ancestors);
}
