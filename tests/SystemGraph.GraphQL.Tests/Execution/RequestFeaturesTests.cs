using SystemGraph.GraphQL.Execution.Pipeline;

namespace SystemGraph.GraphQL.Tests.Execution;

/// <summary>Typed per-request features: set, replaced, read back by type, and made once under concurrent first use.</summary>
public class RequestFeaturesTests
{
    private sealed record Caller(string Name);

    private sealed class Scope;

    [Fact]
    public void Features_are_read_back_by_type_and_replaced_by_a_later_set()
    {
        var features = new RequestFeatures();
        Assert.Null(features.Get<Caller>());

        features.Set(new Caller("a"));
        features.Set(new Scope());
        features.Set(new Caller("b"));

        Assert.Equal("b", features.Get<Caller>()!.Name);
        Assert.NotNull(features.Get<Scope>());
    }

    [Fact]
    public void GetOrAdd_makes_a_feature_once_and_concurrent_first_callers_share_it()
    {
        var features = new RequestFeatures();
        features.Set(new Caller("a"));

        var seen = new Scope[16];
        Parallel.For(0, seen.Length, i => seen[i] = features.GetOrAdd(() => new Scope()));

        Assert.All(seen, s => Assert.Same(seen[0], s));
        Assert.Same(seen[0], features.Get<Scope>());
        Assert.Equal("a", features.Get<Caller>()!.Name);
    }
}
