namespace SystemGraph.GraphQL.Execution.Pipeline;

/// <summary>
/// A response already encoded as JSON (a response-cache hit, or a result a step encoded to store it), with its
/// entity tag. The transport writes these bytes as they are.
/// </summary>
public sealed record EncodedResult(ReadOnlyMemory<byte> Body, string ETag);
