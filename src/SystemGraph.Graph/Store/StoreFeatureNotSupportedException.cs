namespace SystemGraph.Graph.Store;

/// <summary>
/// A store does not offer a feature (yet): the Neo4j store has no scenarios or audit log. The API reports it to
/// the client as STORE_NOT_SUPPORTED with this message, never as an internal failure, and never fakes an answer.
/// </summary>
public sealed class StoreFeatureNotSupportedException : NotSupportedException
{
    public StoreFeatureNotSupportedException()
    {
    }

    public StoreFeatureNotSupportedException(string message)
        : base(message)
    {
    }

    public StoreFeatureNotSupportedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
