using System.Text.Json;
using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Execution;
using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Utilities;

namespace SystemGraph.GraphQL.Tests.Execution;

public class PipelineTests
{
    private static readonly GraphQL.Types.GraphQLSchema Schema = SchemaBuilder.BuildFromSdl(
        "type Query { hello(name: String = \"world\"): String }",
        o => o.AddResolver("Query.hello", c => "hello " + c.GetArgument<string>("name")));

    [Fact]
    public async Task Runs_a_request_end_to_end_and_caches_the_document()
    {
        var executor = new GraphQLRequestExecutor(Schema);
        var request = new GraphQLRequest { Query = "query Q($n: String) { hello(name: $n) }", Variables = JsonValueReader.ReadVariables("{\"n\":\"ada\"}") };
        var first = await executor.ExecuteAsync(request);
        var second = await executor.ExecuteAsync(request);
        Assert.Equal("{\"data\":{\"hello\":\"hello ada\"}}", ExecutionResultJsonWriter.ToJson(first));
        Assert.Equal(ExecutionResultJsonWriter.ToJson(first), ExecutionResultJsonWriter.ToJson(second));
        Assert.Equal(1, executor.CachedDocumentCount);
    }

    [Fact]
    public async Task Reports_parse_errors_and_limits_without_data()
    {
        var executor = new GraphQLRequestExecutor(Schema, new GraphQLRequestExecutorOptions { Parser = new ParserOptions { MaxTokens = 5 } });
        var syntax = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ hello" });
        Assert.Equal(
            "{\"errors\":[{\"message\":\"Syntax Error: Expected Name, found \\u003CEOF\\u003E.\",\"locations\":[{\"line\":1,\"column\":8}],\"extensions\":{\"code\":\"GRAPHQL_PARSE_FAILED\"}}]}",
            ExecutionResultJsonWriter.ToJson(syntax));
        var tooMany = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ a b c d e f }" });
        Assert.Equal(ErrorCodes.MaxTokensExceeded, tooMany.Errors!.Single().Code);
        var missing = await executor.ExecuteAsync(new GraphQLRequest { Query = " " });
        Assert.Equal(ErrorCodes.MissingDocument, missing.Errors!.Single().Code);
    }

    [Fact]
    public async Task Rejects_invalid_documents_with_validation_errors_and_no_data()
    {
        var executor = new GraphQLRequestExecutor(Schema);
        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ unknownField }" });
        Assert.False(result.HasData);
        var error = Assert.Single(result.Errors!);
        Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
        Assert.Contains("unknownField", error.Message, StringComparison.Ordinal);
        Assert.Equal(new SourceLocation(1, 3), error.Locations!.Single());
    }

    [Fact]
    public void The_document_cache_evicts_the_least_recently_used()
    {
        var cache = new DocumentCache(2);
        var built = 0;
        CachedDocument Build(string text)
        {
            built++;
            return new CachedDocument(Parser.Parse(text), []);
        }

        cache.GetOrAdd("{ a }", Build);
        cache.GetOrAdd("{ b }", Build);
        cache.GetOrAdd("{ a }", Build);
        cache.GetOrAdd("{ c }", Build);
        cache.GetOrAdd("{ a }", Build);
        Assert.Equal(3, built);
        cache.GetOrAdd("{ b }", Build);
        Assert.Equal(4, built);
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void Rejects_an_invalid_schema_up_front() =>
        Assert.Throws<GraphQLException>(() => new GraphQLRequestExecutor(new GraphQL.Types.GraphQLSchema(null)));
}
