using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.DI;
using GraphQL.Resolvers;
using GraphQL.SystemTextJson;
using GraphQL.Types;

namespace SystemGraph.Load.Bench;

/// <summary>
/// The second peer (issue 21): GraphQL.NET 8, the mature C# engine, serving the API's own schema (SDL) from the API's
/// recorded answers, with its document cache on. It parses, validates and executes every request as a GraphQL server
/// must, but does no graph work: each root field returns the recorded data of the operation being run, and every other
/// field reads its value out of that data. What it costs is the engine and the transport alone.
/// </summary>
internal static partial class GraphQLNetPeer
{
    public static async Task<int> RunAsync(string[] args)
    {
        var urls = Arguments.Required(args, "--urls");
        // The peer answers queries only: the subscription root is kept as a plain object type, so GraphQL.NET does not
        // ask for stream resolvers it would never use.
        var sdl = SubscriptionRootDefinition().Replace(
            SubscriptionRootType().Replace(await File.ReadAllTextAsync(Arguments.Required(args, "--schema")).ConfigureAwait(false), "type UnservedSubscription"),
            string.Empty);
        var answers = RecordedAnswers(Arguments.Required(args, "--queries"), Arguments.Required(args, "--responses"));

        Schema? built = null;
        var schema = Schema.For(sdl, builder =>
        {
            // Abstract types resolve from the recorded "kind" (an Organisation when the query did not select it: the
            // answer is the same, as no query here asks for __typename).
            foreach (Match abstractType in AbstractTypes().Matches(sdl))
            {
                builder.Types.For(abstractType.Groups[1].Value).ResolveType = value =>
                    built!.AllTypes[value is Dictionary<string, object?> map && map.TryGetValue("kind", out var kind) && kind is string wire ? TypeName(wire) : "Organisation"] as IObjectGraphType
                    ?? throw new InvalidOperationException("No object type for a recorded value.");
            }
        });
        built = schema;
        schema.Initialize();
        foreach (var type in schema.AllTypes.OfType<IObjectGraphType>())
        {
            foreach (var field in type.Fields)
            {
                field.Resolver = type.Name == "Query"
                    ? new FuncFieldResolver<object?>(context => answers.TryGetValue(context.Operation.Name?.StringValue ?? string.Empty, out var data) ? data.GetValueOrDefault(context.FieldDefinition.Name) : null)
                    : new FuncFieldResolver<object?>(context => context.Source is Dictionary<string, object?> map ? map.GetValueOrDefault(context.FieldDefinition.Name) : null);
            }
        }

        var executer = new DocumentExecuter(new GraphQL.Execution.GraphQLDocumentBuilder(), new GraphQL.Validation.DocumentValidator(), new GraphQL.Execution.DefaultExecutionStrategySelector(), [new DocumentCache()]);
        var serializer = new GraphQLSerializer();

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(urls);
        var app = builder.Build();
        app.MapGet("/alive", () => "ok");
        app.MapPost("/graphql", async (HttpContext context) =>
        {
            var request = await serializer.ReadAsync<GraphQL.Transport.GraphQLRequest>(context.Request.Body, context.RequestAborted).ConfigureAwait(false);
            var result = await executer.ExecuteAsync(options =>
            {
                options.Schema = schema;
                options.Query = request?.Query;
                options.OperationName = request?.OperationName;
                options.Variables = request?.Variables;
                options.CancellationToken = context.RequestAborted;

                // A failure here is a bug of the harness: say what it was.
                options.UnhandledExceptionDelegate = failure =>
                {
                    failure.ErrorMessage = failure.OriginalException.Message;
                    return Task.CompletedTask;
                };
            }).ConfigureAwait(false);
            context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
            await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted).ConfigureAwait(false);
        });
        await app.RunAsync().ConfigureAwait(false);
        return 0;
    }

    /// <summary>The recorded "data" of each benchmark query, by the name of its operation.</summary>
    private static Dictionary<string, Dictionary<string, object?>> RecordedAnswers(string queries, string responses)
    {
        var answers = new Dictionary<string, Dictionary<string, object?>>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(responses, "*.json"))
        {
            var query = Path.Combine(queries, Path.GetFileNameWithoutExtension(file) + ".graphql");
            if (!File.Exists(query) || OperationName().Match(File.ReadAllText(query)) is not { Success: true } name)
            {
                continue;
            }

            using var json = JsonDocument.Parse(File.ReadAllBytes(file));
            answers[name.Groups[1].Value] = (Dictionary<string, object?>)ToValue(json.RootElement.GetProperty("data"))!;
        }

        return answers;
    }

    private static object? ToValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => ToValue(p.Value), StringComparer.Ordinal),
        JsonValueKind.Array => element.EnumerateArray().Select(ToValue).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt32(out var i) ? (object)i : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    /// <summary>ORGANISATION → Organisation, NHS_TRUST → NhsTrust.</summary>
    private static string TypeName(string wire) =>
        string.Concat(wire.Split('_').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));

    [GeneratedRegex(@"^(?:interface|union)\s+(\w+)", RegexOptions.Multiline)]
    private static partial Regex AbstractTypes();

    [GeneratedRegex(@"\btype Subscription\b")]
    private static partial Regex SubscriptionRootType();

    [GeneratedRegex(@"^\s*subscription\s*:\s*\w+\s*$", RegexOptions.Multiline)]
    private static partial Regex SubscriptionRootDefinition();

    [GeneratedRegex(@"^\s*(?:query|mutation)\s+(\w+)")]
    private static partial Regex OperationName();

    /// <summary>GraphQL.NET's document cache, as its MemoryCache package does it: documents by text, reused by every request.</summary>
    private sealed class DocumentCache : IConfigureExecution
    {
        private readonly ConcurrentDictionary<string, GraphQLParser.AST.GraphQLDocument> documents = new(StringComparer.Ordinal);

        public float SortOrder => 200;

        public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
        {
            if (options.Document is null && options.Query is { } text && documents.TryGetValue(text, out var known))
            {
                options.Document = known;
            }

            var result = await next(options).ConfigureAwait(false);
            if (result.Executed && result.Document is { } document && options.Query is { } query)
            {
                documents.TryAdd(query, document);
            }

            return result;
        }
    }
}
