using System.Text.Json;
using System.Text.Json.Nodes;
using SystemGraph.Api.Schema;
using SystemGraph.Conformance.Probe;
using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Execution;
using SystemGraph.GraphQL.Introspection;
using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;
using SystemGraph.GraphQL.Utilities;
using SystemGraph.GraphQL.Validation;

// Usage: probe < cases.jsonl > out.jsonl   first line {"schemas":{name:sdl}}, then {"id","schema","query","variables"?,"execute"?,"subscribe"?}
//        per line; answers {"id","parse","errors","result"} per line, after {"id":"introspection:<name>","result":...}
//        for each schema. A line {"id","sdl"} builds that SDL instead and answers {"id","sdl":{"ok","messages"?}}.
//        probe --print-api-sdl   writes the API's served SDL (SystemGraphSchema.Sdl) and exits.
if (args is ["--print-api-sdl"])
{
    Console.Out.Write(SystemGraphSchema.Sdl);
    return 0;
}

var stdin = Console.In;
var header = JsonNode.Parse(await stdin.ReadLineAsync() ?? "{}")!;
var schemas = new Dictionary<string, GraphQLSchema>(StringComparer.Ordinal);
foreach (var (name, sdl) in header["schemas"]!.AsObject())
{
    var schema = SchemaBuilder.BuildFromSdl(sdl!.GetValue<string>());
    MockResolvers.Attach(schema);
    schemas[name] = schema;
    var introspection = await Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Document = Parser.Parse(IntrospectionQuery.Text) });
    WriteLine(new JsonObject { ["id"] = "introspection:" + name, ["result"] = JsonNode.Parse(ExecutionResultJsonWriter.ToJson(introspection)) });
}

while (await stdin.ReadLineAsync() is { } line)
{
    if (line.Length == 0)
    {
        continue;
    }

    var request = JsonNode.Parse(line)!;
    var answer = new JsonObject { ["id"] = request["id"]!.DeepClone() };
    if (request["sdl"] is { } sdlText)
    {
        // Schema building: success, or the messages of the schema errors (joined by blank lines, as graphql-js joins them).
        try
        {
            SchemaBuilder.BuildFromSdl(sdlText.GetValue<string>());
            answer["sdl"] = new JsonObject { ["ok"] = true };
        }
        catch (GraphQLException e)
        {
            answer["sdl"] = new JsonObject { ["ok"] = false, ["messages"] = new JsonArray([.. e.Error.Message.Split("\n\n").Select(m => (JsonNode)m)]) };
        }

        WriteLine(answer);
        continue;
    }

    var schema = schemas[request["schema"]!.GetValue<string>()];
    DocumentNode document;
    try
    {
        document = Parser.Parse(request["query"]!.GetValue<string>(), new ParserOptions { MaxDocumentBytes = 0, MaxTokens = 0 });
        answer["parse"] = new JsonObject { ["ok"] = true };
    }
    catch (GraphQLException e)
    {
        SourceLocation? location = e.Error.Locations is { Count: > 0 } locations ? locations[0] : null;
        answer["parse"] = new JsonObject { ["ok"] = false, ["line"] = location?.Line, ["column"] = location?.Column, ["message"] = e.Error.Message };
        WriteLine(answer);
        continue;
    }

    var errors = DocumentValidator.Validate(schema, document);
    answer["errors"] = new JsonArray([.. errors.Select(e => new JsonObject
    {
        ["message"] = e.Message,
        ["locations"] = new JsonArray([.. (e.Locations ?? []).Select(l => (JsonNode)$"{l.Line}:{l.Column}")]),
    })]);
    if (errors.Count == 0 && request["execute"]?.GetValue<bool>() == true)
    {
        var variables = request["variables"] is JsonObject v ? JsonValueReader.ToMap(JsonDocument.Parse(v.ToJsonString()).RootElement) : null;
        var result = await Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Document = document, VariableValues = variables });
        answer["result"] = JsonNode.Parse(ExecutionResultJsonWriter.ToJson(result));
    }

    if (errors.Count == 0 && request["subscribe"]?.GetValue<bool>() == true)
    {
        // Subscribe (§6.2.3): the response events of the mock source stream, or the error result when none exists.
        var subscription = await Executor.SubscribeAsync(new ExecutionRequest { Schema = schema, Document = document });
        if (subscription.Stream is { } stream)
        {
            var events = new JsonArray();
            await foreach (var result in stream)
            {
                events.Add(JsonNode.Parse(ExecutionResultJsonWriter.ToJson(result)));
            }

            answer["stream"] = new JsonObject { ["events"] = events };
        }
        else
        {
            answer["stream"] = new JsonObject { ["error"] = JsonNode.Parse(ExecutionResultJsonWriter.ToJson(subscription.ErrorResult!)) };
        }
    }

    WriteLine(answer);
}

return 0;

static void WriteLine(JsonNode node) => Console.Out.WriteLine(node.ToJsonString());
