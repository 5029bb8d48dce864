namespace SystemGraph.Graph.Store;

/// <summary>
/// A store cannot evaluate part of a filter or sort (the Neo4j store cannot look inside sources, which it keeps
/// as JSON). The API reports it to the client as FILTER_NOT_SUPPORTED with this message, never as a failure.
/// </summary>
public sealed class FilterNotSupportedException : NotSupportedException
{
    public FilterNotSupportedException()
    {
    }

    public FilterNotSupportedException(string message)
        : base(message)
    {
    }

    public FilterNotSupportedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
