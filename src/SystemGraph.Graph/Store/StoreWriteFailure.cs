namespace SystemGraph.Graph.Store;

/// <summary>A write the store could not make durable: since when writes fail, and the system's reason (e.g. "No space left on device").</summary>
public sealed record StoreWriteFailure(DateTimeOffset Since, string Reason);
