namespace SystemGraph.GraphQL.Language;

/// <summary>
/// Runs many visitors in one walk (graphql-js's visitInParallel): each visitor can skip a subtree
/// or break independently of the others.
/// </summary>
public sealed class ParallelVisitor : IAstVisitor
{
    private static readonly ASTNode BreakMarker = new NameNode("break");
    private readonly IReadOnlyList<IAstVisitor> _visitors;
    private readonly ASTNode?[] _skipping;

    public ParallelVisitor(IReadOnlyList<IAstVisitor> visitors)
    {
        _visitors = visitors;
        _skipping = new ASTNode?[visitors.Count];
    }

    public VisitorAction Enter(ASTNode node, IReadOnlyList<ASTNode> ancestors)
    {
        var active = false;
        for (var i = 0; i < _visitors.Count; i++)
        {
            if (_skipping[i] is not null)
            {
                continue;
            }

            switch (_visitors[i].Enter(node, ancestors))
            {
                case VisitorAction.Skip:
                    _skipping[i] = node;
                    break;
                case VisitorAction.Break:
                    _skipping[i] = BreakMarker;
                    break;
                default:
                    active = true;
                    break;
            }
        }

        return active || _skipping.Any(s => s is not null && !ReferenceEquals(s, BreakMarker))
            ? VisitorAction.Continue
            : VisitorAction.Break;
    }

    public void Leave(ASTNode node, IReadOnlyList<ASTNode> ancestors)
    {
        for (var i = 0; i < _visitors.Count; i++)
        {
            if (_skipping[i] is null)
            {
                _visitors[i].Leave(node, ancestors);
            }
            else if (ReferenceEquals(_skipping[i], node))
            {
                _skipping[i] = null;
            }
        }
    }
}
