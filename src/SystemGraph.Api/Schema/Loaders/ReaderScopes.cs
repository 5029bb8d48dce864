using System.Collections.Concurrent;
using SystemGraph.Graph.Store;

namespace SystemGraph.Api.Schema.Loaders;

/// <summary>
/// A request's reader scopes (a typed request feature): which graph each root field reads, by the root field's
/// response key, and the scenario readers opened for them, disposed when the request ends.
/// </summary>
internal sealed class ReaderScopes : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Scope> scopes = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<IAsyncDisposable> opened = [];

    public Scope? Find(string rootKey) => scopes.TryGetValue(rootKey, out var scope) ? scope : null;

    public void Enter(string rootKey, Scope scope)
    {
        scopes[rootKey] = scope;
        if (scope.Reader is IAsyncDisposable disposable)
        {
            opened.Add(disposable);
        }
    }

    public async ValueTask DisposeAsync()
    {
        while (opened.TryTake(out var reader))
        {
            await reader.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The graph a root field reads: its scenario (null for the baseline), its reader and a loader-name suffix.</summary>
    internal sealed record Scope(string? ScenarioId, IGraphReader Reader, string Suffix);
}
