namespace SystemGraph.Neo4j.Http;

/// <summary>
/// An explicit Query API transaction (<c>/query/v2/tx/{id}</c>). Statements run in it see each other's writes;
/// <see cref="CommitAsync"/> makes them durable; disposing without committing rolls back. Requests carry the
/// cluster-affinity header the server returned, so a cluster routes them to the same member.
/// </summary>
internal sealed class Neo4jTransaction : IAsyncDisposable
{
    private readonly Neo4jHttpClient client;
    private readonly string? affinity;
    private readonly AccessMode accessMode;
    private bool finished;

    internal Neo4jTransaction(Neo4jHttpClient client, string id, string? affinity, AccessMode accessMode)
    {
        this.client = client;
        Id = id;
        this.affinity = affinity;
        this.accessMode = accessMode;
    }

    public string Id { get; }

    private string Path => $"{client.QueryPath}/tx/{Uri.EscapeDataString(Id)}";

    public async Task<Neo4jQueryResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(finished, this);
        var (result, _, _) = await client.SendAsync(HttpMethod.Post, Path, statement, accessMode, affinity, cancellationToken).ConfigureAwait(false);
        return result;
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(finished, this);
        finished = true;
        await client.SendAsync(HttpMethod.Post, Path + "/commit", statement: null, accessMode, affinity, cancellationToken).ConfigureAwait(false);
    }

    public async Task RollbackAsync(CancellationToken cancellationToken)
    {
        if (finished)
        {
            return;
        }

        finished = true;
        await client.SendAsync(HttpMethod.Delete, Path, statement: null, accessMode, affinity, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Rolls back an unfinished transaction; a failure to do so is left to the server's idle timeout.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await RollbackAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Neo4jException)
        {
            // The server rolls the transaction back itself when it expires.
        }
    }
}
