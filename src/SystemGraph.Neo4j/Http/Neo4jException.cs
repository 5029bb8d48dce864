namespace SystemGraph.Neo4j.Http;

/// <summary>
/// An error reported by Neo4j (<c>{"errors":[{"code","message"}]}</c>) or met on the way to it.
/// Codes follow Neo4j's <c>Neo.&lt;Classification&gt;.&lt;Category&gt;.&lt;Title&gt;</c> scheme.
/// </summary>
internal sealed class Neo4jException : Exception
{
    public Neo4jException()
    {
        Code = "Neo.ClientError.General.Unknown";
    }

    public Neo4jException(string message)
        : base(message)
    {
        Code = "Neo.ClientError.General.Unknown";
    }

    public Neo4jException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "SystemGraph.Neo4j.Unreachable";
    }

    public Neo4jException(string code, string message, int? httpStatus = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        HttpStatus = httpStatus;
    }

    public string Code { get; }

    public int? HttpStatus { get; }

    /// <summary>ClientError, ClientNotification, TransientError or DatabaseError.</summary>
    public string Classification => Code.Split('.') is { Length: > 1 } parts ? parts[1] : string.Empty;

    /// <summary>Worth retrying: Neo4j says so (TransientError), or the server could not be reached / answered 5xx.</summary>
    public bool IsTransient =>
        Classification == "TransientError"
        || Code == "SystemGraph.Neo4j.Unreachable"
        || HttpStatus is >= 500 and not 501;

    /// <summary>Wrong credentials or none: never retried, and reported clearly at start-up.</summary>
    public bool IsAuthentication =>
        Code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) || HttpStatus is 401 or 403;
}
