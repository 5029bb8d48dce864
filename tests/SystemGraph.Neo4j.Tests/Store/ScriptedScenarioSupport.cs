using System.Text.Json;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;
using SystemGraph.Neo4j.Http;
using SystemGraph.Neo4j.Store;

namespace SystemGraph.Neo4j.Tests.Store;

/// <summary>Recorded answers for the scenario and audit statements, and a readable name for every request a store made.</summary>
internal static class ScriptedScenarioSupport
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 30, 0, TimeSpan.Zero);

    public static (Neo4jGraphStore Store, ScriptedNeo4jHandler Handler, List<CypherStatement> Statements) NewStore(ManualTimeProvider? time = null, Neo4jOptions? options = null)
    {
        var handler = new ScriptedNeo4jHandler();
        options ??= new Neo4jOptions { Uri = new Uri("http://neo4j.test:7474"), MaxRetries = 0 };
        var client = new Neo4jHttpClient(new HttpClient(handler), options);
        var statements = new List<CypherStatement>();
        client.StatementSent += statements.Add;
        return (new Neo4jGraphStore(client, options, time: time ?? new ManualTimeProvider(Now)), handler, statements);
    }

    /// <summary>The meta node as the lock statement finds it.</summary>
    public static void Locked(this ScriptedNeo4jHandler handler, long version, long auditSeq, string? auditAt = null) =>
        handler.Answers.Insert(0, ("AS auditSeq", """["version","auditSeq","auditAt"]""", $"[[{version}, {auditSeq}, {JsonSerializer.Serialize(auditAt)}]]"));

    public static void Scenarios(this ScriptedNeo4jHandler handler, params ScenarioState[] scenarios) =>
        handler.Answers.Insert(0, ("AS scenario", """["scenario"]""", Rows(scenarios.Select(ScenarioRecordMapper.ToProperties))));

    public static void Entities(this ScriptedNeo4jHandler handler, params Entity[] entities) =>
        handler.Answers.Insert(0, ("RETURN e {.*} AS entity", """["entity"]""", Rows(entities.Select(EntityRecordMapper.ToProperties))));

    public static void Relationships(this ScriptedNeo4jHandler handler, params Relationship[] relationships) =>
        handler.Answers.Insert(0, ("WHERE r.id IN $ids", """["relationship"]""", Rows(relationships.Select(r =>
        {
            var props = EntityRecordMapper.ToProperties(r);
            props["type"] = GraphNames.ToWire(r.Type);
            props["fromId"] = r.FromId;
            props["toId"] = r.ToId;
            return props;
        }))));

    /// <summary>Each request as a step name: BEGIN, LOCK, SCENARIO, ENTITIES, RELATIONSHIPS, UPSERT-ENTITIES, UPSERT-LINES, CREATE-SCENARIO, UPDATE-SCENARIO, AUDIT, COMMIT, ROLLBACK, or the first line of another statement.</summary>
    public static List<string> Steps(this ScriptedNeo4jHandler handler) => handler.Requests.Select(r =>
        r.Method == HttpMethod.Delete ? "ROLLBACK"
        : r.Path.EndsWith("/tx", StringComparison.Ordinal) ? "BEGIN"
        : r.Path.EndsWith("/commit", StringComparison.Ordinal) ? "COMMIT"
        : r.Statement == Neo4jStatements.LockMeta ? "LOCK"
        : r.Statement == Neo4jStatements.ScenariosById ? "SCENARIO"
        : r.Statement == Neo4jStatements.EntitiesById ? "ENTITIES"
        : r.Statement == Neo4jStatements.RelationshipsById ? "RELATIONSHIPS"
        : r.Statement.Contains("MERGE (e:Entity {id: row.id})", StringComparison.Ordinal) ? "UPSERT-ENTITIES"
        : r.Statement.Contains("MERGE (a)-[r:", StringComparison.Ordinal) ? "UPSERT-LINES"
        : r.Statement == Neo4jStatements.CreateScenario ? "CREATE-SCENARIO"
        : r.Statement == Neo4jStatements.UpdateScenario ? "UPDATE-SCENARIO"
        : r.Statement == Neo4jStatements.RecordAudit ? "AUDIT"
        : r.Statement.Split('\n')[0]).ToList();

    /// <summary>The parameters of the only request that ran <paramref name="statement"/>.</summary>
    public static JsonElement ParametersOf(this ScriptedNeo4jHandler handler, string statement) =>
        Assert.Single(handler.Requests, r => r.Statement == statement).Parameters;

    private static string Rows(IEnumerable<Dictionary<string, object?>> maps) =>
        "[" + string.Join(",", maps.Select(m => "[" + JsonSerializer.Serialize(m) + "]")) + "]";
}

/// <summary>A clock that stands still until told, with timers that fire when the test says.</summary>
internal sealed class ManualTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public List<ManualTimer> Timers { get; } = [];

    public override DateTimeOffset GetUtcNow() => Now;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(callback, state, dueTime);
        Timers.Add(timer);
        return timer;
    }

    internal sealed class ManualTimer(TimerCallback callback, object? state, TimeSpan dueTime) : ITimer
    {
        public TimeSpan DueTime { get; } = dueTime;

        public bool Disposed { get; private set; }

        public void Fire() => callback(state);

        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose() => Disposed = true;

        public ValueTask DisposeAsync()
        {
            Disposed = true;
            return ValueTask.CompletedTask;
        }
    }
}
