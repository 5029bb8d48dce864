using System.Text.Json;
using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Execution;
using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Tests.Execution;

public class JsonTests
{
    [Fact]
    public void Writes_errors_data_and_extensions_in_order()
    {
        var data = new OrderedDictionary<string, object?>
        {
            ["z"] = 1,
            ["a"] = new List<object?> { 1.5, true, null, "s", 9_000_000_000L },
            ["m"] = new OrderedDictionary<string, object?> { ["k"] = "v" },
        };
        var result = new ExecutionResult
        {
            Data = data,
            HasData = true,
            Errors = [new GraphQLError("bad", [new SourceLocation(1, 2)], ["a", 0], new Dictionary<string, object?> { ["code"] = "X" })],
            Extensions = new Dictionary<string, object?> { ["cost"] = 3 },
        };
        Assert.Equal(
            "{\"errors\":[{\"message\":\"bad\",\"locations\":[{\"line\":1,\"column\":2}],\"path\":[\"a\",0],\"extensions\":{\"code\":\"X\"}}]," +
            "\"data\":{\"z\":1,\"a\":[1.5,true,null,\"s\",9000000000],\"m\":{\"k\":\"v\"}},\"extensions\":{\"cost\":3}}",
            ExecutionResultJsonWriter.ToJson(result));
    }

    [Fact]
    public void Omits_data_when_execution_did_not_start_and_writes_null_data_when_it_did()
    {
        Assert.Equal("{\"errors\":[{\"message\":\"x\"}]}", ExecutionResultJsonWriter.ToJson(ExecutionResult.FromError(new GraphQLError("x"))));
        Assert.Equal("{\"data\":null}", ExecutionResultJsonWriter.ToJson(new ExecutionResult { HasData = true }));
    }

    [Fact]
    public async Task Writes_to_a_stream()
    {
        using var stream = new MemoryStream();
        await ExecutionResultJsonWriter.WriteAsync(stream, new ExecutionResult { HasData = true, Data = new Dictionary<string, object?> { ["a"] = 1 } });
        Assert.Equal("{\"data\":{\"a\":1}}", System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Reads_json_values_into_clr_values()
    {
        var variables = JsonValueReader.ReadVariables("{\"i\":1,\"l\":9000000000,\"d\":1.5,\"s\":\"x\",\"b\":false,\"n\":null,\"list\":[1,\"a\"],\"o\":{\"z\":1,\"a\":2}}")!;
        Assert.IsType<int>(variables["i"]);
        Assert.IsType<long>(variables["l"]);
        Assert.IsType<double>(variables["d"]);
        Assert.Equal("x", variables["s"]);
        Assert.Equal(false, variables["b"]);
        Assert.Null(variables["n"]);
        Assert.Equal(new List<object?> { 1, "a" }, variables["list"]);
        Assert.Equal(["z", "a"], ((OrderedDictionary<string, object?>)variables["o"]!).Keys);
        Assert.Null(JsonValueReader.ReadVariables(""));
    }

    [Fact]
    public void Reads_a_request_body()
    {
        using var body = JsonDocument.Parse("{\"query\":\"{ a }\",\"operationName\":null,\"variables\":{\"x\":1},\"extensions\":{\"persistedQuery\":{\"version\":1}}}");
        var request = JsonValueReader.ReadRequest(body.RootElement);
        Assert.Equal("{ a }", request.Query);
        Assert.Null(request.OperationName);
        Assert.Equal(1, request.Variables!["x"]);
        Assert.NotNull(request.Extensions);
    }

    [Fact]
    public void Writes_non_finite_numbers_as_null_like_json_stringify()
    {
        var result = new ExecutionResult { HasData = true, Data = new Dictionary<string, object?> { ["nan"] = double.NaN, ["inf"] = float.PositiveInfinity } };
        Assert.Equal("{\"data\":{\"nan\":null,\"inf\":null}}", ExecutionResultJsonWriter.ToJson(result));
    }
}
