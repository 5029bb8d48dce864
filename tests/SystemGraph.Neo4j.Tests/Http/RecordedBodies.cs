namespace SystemGraph.Neo4j.Tests.Http;

/// <summary>Response bodies in the shapes Neo4j's Query API documentation gives (plain JSON format).</summary>
internal static class RecordedBodies
{
    public const string NodeResult = """
        {
          "data": {
            "fields": ["person", "name"],
            "values": [
              [
                { "elementId": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:2", "labels": ["Person"], "properties": { "name": "Phil" } },
                "Phil"
              ]
            ]
          },
          "bookmarks": ["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ"]
        }
        """;

    public const string TransactionOpened = """
        {
          "data": { "fields": [], "values": [] },
          "bookmarks": [],
          "transaction": { "id": "lyU", "expires": "2024-10-22T15:48:29Z" }
        }
        """;

    public const string Committed = """
        { "data": { "fields": [], "values": [] }, "bookmarks": ["FB:kcwQaCYpl4jjRRiD7NlEZ0YJ9MkB8pA="] }
        """;

    public const string SyntaxError = """
        { "errors": [ { "code": "Neo.ClientError.Statement.SyntaxError", "message": "Invalid input 'MATC': expected ..." } ] }
        """;

    public const string Unauthorized = """
        { "errors": [ { "code": "Neo.ClientError.Security.Unauthorized", "message": "Invalid credential." } ] }
        """;

    public const string Deadlock = """
        { "errors": [ { "code": "Neo.TransientError.Transaction.DeadlockDetected", "message": "ForsetiClient can't acquire ExclusiveLock" } ] }
        """;
}
