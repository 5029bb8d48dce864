using SystemGraph.Graph.Store;

namespace SystemGraph.Api.Schema.Loaders;

/// <summary>
/// A request's reader scopes (a typed request feature): which graph each root field reads, by the root field's
/// response key, and the scenario readers opened for them, disposed when the request ends.
/// </summary>
/// <remarks>
/// One of these is made per request, so it holds plain collections under one lock, made only when a root field
/// enters a scope (most requests read the baseline and enter none). Not a ConcurrentBag: each one owns a
/// ThreadLocal, whose creation and finalizer take a process-wide lock; under load the profile showed the finalizer
/// thread busy and that lock contended (issue 21).
/// </remarks>
internal sealed class ReaderScopes : IAsyncDisposable
{
    private readonly Lock gate = new();
    private Dictionary<string, Scope>? scopes;
    private List<IAsyncDisposable>? opened;

    public Scope? Find(string rootKey)
    {
        lock (gate)
        {
            return scopes is not null && scopes.TryGetValue(rootKey, out var scope) ? scope : null;
        }
    }

    public void Enter(string rootKey, Scope scope)
    {
        lock (gate)
        {
            (scopes ??= new Dictionary<string, Scope>(StringComparer.Ordinal))[rootKey] = scope;
            if (scope.Reader is IAsyncDisposable disposable)
            {
                (opened ??= []).Add(disposable);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        while (TakeOpened() is { } reader)
        {
            await reader.DisposeAsync().ConfigureAwait(false);
        }
    }

    private IAsyncDisposable? TakeOpened()
    {
        lock (gate)
        {
            if (opened is not { Count: > 0 })
            {
                return null;
            }

            var last = opened[^1];
            opened.RemoveAt(opened.Count - 1);
            return last;
        }
    }

    /// <summary>The graph a root field reads: its scenario (null for the baseline), its reader and a loader-name suffix.</summary>
    internal sealed record Scope(string? ScenarioId, IGraphReader Reader, string Suffix);
}
