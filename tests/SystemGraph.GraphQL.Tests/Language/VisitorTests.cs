using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Tests.Language;

public class VisitorTests
{
    private sealed class Recorder(string name, List<string> log) : AstVisitor
    {
        public override void EnterNode(ASTNode node) => log.Add($"{name} enter {node.Kind}");

        public override void LeaveNode(ASTNode node) => log.Add($"{name} leave {node.Kind}");
    }

    private sealed class FieldCollector : AstVisitor
    {
        public List<string> Fields { get; } = [];

        public List<int> Depths { get; } = [];

        public override void EnterField(FieldNode node)
        {
            Fields.Add(node.Name.Value);
            Depths.Add(Ancestors.Count);
            if (node.Name.Value == "skipMe")
            {
                SkipChildren();
            }
        }
    }

    [Fact]
    public void Walks_depth_first_in_source_order()
    {
        var log = new List<string>();
        AstWalker.Walk(Parser.Parse("{ a(x: 1) }"), new Recorder("r", log));
        Assert.Equal(
            [
                "r enter Document", "r enter OperationDefinition", "r enter SelectionSet", "r enter Field", "r enter Name", "r leave Name",
                "r enter Argument", "r enter Name", "r leave Name", "r enter IntValue", "r leave IntValue", "r leave Argument",
                "r leave Field", "r leave SelectionSet", "r leave OperationDefinition", "r leave Document",
            ],
            log);
    }

    [Fact]
    public void Typed_callbacks_see_ancestors_and_can_skip_subtrees()
    {
        var collector = new FieldCollector();
        AstWalker.Walk(Parser.Parse("{ a { b } skipMe { hidden } c }"), collector);
        Assert.Equal(["a", "b", "skipMe", "c"], collector.Fields);
        Assert.Equal([3, 5, 3, 3], collector.Depths);
    }

    [Fact]
    public void Parallel_visitor_runs_every_visitor_in_one_walk()
    {
        var log = new List<string>();
        var collector = new FieldCollector();
        AstWalker.Walk(Parser.Parse("{ skipMe { x } y }"), new ParallelVisitor([collector, new Recorder("r", log)]));
        Assert.Equal(["skipMe", "y"], collector.Fields);
        Assert.Contains("r enter Field", log);
        Assert.Equal(3, log.Count(l => l == "r enter Field"));
    }

    [Fact]
    public void Visits_type_system_definitions()
    {
        var log = new List<string>();
        AstWalker.Walk(Parser.Parse("type T implements I { f(a: Int = 1): String @d }"), new Recorder("r", log));
        Assert.Contains("r enter InputValueDefinition", log);
        Assert.Contains("r enter Directive", log);
        Assert.Contains("r enter NamedType", log);
    }
}
