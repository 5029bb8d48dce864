namespace SystemGraph.Neo4j.Http;

/// <summary>
/// Connection settings (configuration section <c>Neo4j</c>). The password comes from the environment
/// (<c>Neo4j__Password</c>) or user secrets, and is never logged: <see cref="ToString"/> leaves it out.
/// </summary>
public sealed class Neo4jOptions
{
    public const string SectionName = "Neo4j";

    /// <summary>Base HTTP address of the server, e.g. <c>http://localhost:7474</c> (or an Aura <c>https://</c> address).</summary>
    public Uri? Uri { get; set; }

    public string Database { get; set; } = "neo4j";

    public string User { get; set; } = "neo4j";

    public string? Password { get; set; }

    /// <summary>Time limit of one HTTP request to Neo4j.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries of a transient failure (network error, 5xx, Neo.TransientError.*) before giving up.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>First back-off delay; doubled on every retry, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Rows per <c>UNWIND ... MERGE</c> transaction when loading the seed (1,000-5,000 suits most servers).</summary>
    public int SeedBatchSize { get; set; } = 2000;

    /// <summary>Load the seed on start even when the database already holds a graph (otherwise only an empty one is seeded).</summary>
    public bool Reseed { get; set; }

    /// <summary>
    /// The longest a scenario reader's transaction stays open if its caller never disposes it (a safety net; the
    /// caller disposes it when its request ends). Keep it under the server's transaction timeout.
    /// </summary>
    public TimeSpan ScenarioReaderLifetime { get; set; } = TimeSpan.FromSeconds(60);

    public override string ToString() => $"Neo4j {Uri} database {Database} as {User}";
}
