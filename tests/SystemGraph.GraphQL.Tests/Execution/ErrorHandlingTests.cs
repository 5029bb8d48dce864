using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Execution;
using SystemGraph.GraphQL.Utilities;
using static SystemGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace SystemGraph.GraphQL.Tests.Execution;

public class ErrorHandlingTests
{
    private static readonly GraphQL.Types.GraphQLSchema Schema = SchemaBuilder.BuildFromSdl(
        "type Query { secret: String coded: String async: String }",
        o => o
            .AddResolver("Query.secret", _ => throw new InvalidOperationException("connection string leaked"))
            .AddResolver("Query.coded", _ => throw new GraphQLException(GraphQLError.WithCode("Not allowed", "FORBIDDEN")))
            .AddResolver("Query.async", async _ =>
            {
                await Task.Yield();
                throw new InvalidOperationException("later");
            }));

    [Fact]
    public async Task Masks_unexpected_exception_messages_by_default()
    {
        Assert.Equal(
            J("{'errors':[{'message':'Unexpected Execution Error','locations':[{'line':1,'column':3}],'path':['secret'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':{'secret':null}}"),
            await JsonAsync(Schema, "{ secret }"));
    }

    [Fact]
    public async Task Exposes_exception_messages_when_asked()
    {
        var result = await ExecuteAsync(Schema, "{ secret async }", options: new ExecutionOptions { ExposeExceptionMessages = true });
        Assert.Equal(["connection string leaked", "later"], result.Errors!.Select(e => e.Message).Order(StringComparer.Ordinal));
        Assert.IsType<InvalidOperationException>(result.Errors![0].OriginalError);
    }

    [Fact]
    public async Task GraphQL_exceptions_keep_their_message_and_extensions()
    {
        Assert.Equal(
            J("{'errors':[{'message':'Not allowed','locations':[{'line':1,'column':3}],'path':['coded'],'extensions':{'code':'FORBIDDEN'}}],'data':{'coded':null}}"),
            await JsonAsync(Schema, "{ coded }"));
    }

    [Fact]
    public async Task The_error_filter_sees_every_error_and_can_add_a_correlation_id()
    {
        var logged = new List<Exception?>();
        var options = new ExecutionOptions
        {
            ErrorFilter = error =>
            {
                logged.Add(error.OriginalError);
                return error.WithExtension("correlationId", "abc");
            },
        };
        var result = await ExecuteAsync(Schema, "{ secret }", options: options);
        Assert.Equal("abc", result.Errors!.Single().Extensions!["correlationId"]);
        Assert.Equal("INTERNAL_SERVER_ERROR", result.Errors!.Single().Code);
        Assert.IsType<InvalidOperationException>(Assert.Single(logged));
    }
}
