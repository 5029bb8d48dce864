using SystemGraph.Api.Schema;

namespace SystemGraph.Api.Tests.Schema;

/// <summary>The scenario argument is on every Query field (but the scenario lookups themselves), except Relay's node(id:), which must keep exactly one argument.</summary>
public sealed class ScenarioArgumentTests
{
    [Fact]
    public void Every_query_field_but_node_takes_a_scenario()
    {
        var query = SystemGraphSchema.Create().QueryType!;

        Assert.Equal(["id"], query.Fields["node"].Arguments.Select(a => a.Name));
        Assert.All(query.Fields.Values.Where(f => f.Name is not ("node" or "scenario" or "scenarios")), f => Assert.Contains(f.Arguments, a => a.Name == "scenario"));
    }
}
