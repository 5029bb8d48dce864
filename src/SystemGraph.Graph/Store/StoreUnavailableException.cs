namespace SystemGraph.Graph.Store;

/// <summary>
/// A write the store could not make durable (the embedded journal's disk is full or failing; a database that does not
/// answer): nothing was changed, and the same write may succeed later without a restart. Hosts answer it with
/// <c>STORE_UNAVAILABLE</c>; its message is written for the client.
/// </summary>
public sealed class StoreUnavailableException : Exception
{
    public StoreUnavailableException()
    {
    }

    public StoreUnavailableException(string message)
        : base(message)
    {
    }

    public StoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
