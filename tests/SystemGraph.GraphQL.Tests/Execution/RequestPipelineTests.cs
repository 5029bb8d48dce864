using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Execution;
using SystemGraph.GraphQL.Execution.Pipeline;
using SystemGraph.GraphQL.Utilities;

namespace SystemGraph.GraphQL.Tests.Execution;

/// <summary>The request pipeline: the declared order, host steps in their stages, parse counts, features, operation kinds.</summary>
public class RequestPipelineTests
{
    private static readonly GraphQL.Types.GraphQLSchema Schema = SchemaBuilder.BuildFromSdl(
        "type Query { hello: String caller: String } type Mutation { rename(to: String!): String }",
        o => o.AddResolver("Query.hello", _ => "hello")
            .AddResolver("Query.caller", c => c.Features.Get<Caller>()?.Name)
            .AddResolver("Mutation.rename", c => c.Arguments["to"]));

    [Fact]
    public async Task A_new_document_is_parsed_once_and_a_repeated_one_never()
    {
        var executor = new GraphQLRequestExecutor(Schema);
        await executor.ExecuteAsync(new GraphQLRequest { Query = "{ hello }" });
        await executor.ExecuteAsync(new GraphQLRequest { Query = "{ hello }" });
        await executor.ExecuteAsync(new GraphQLRequest { Query = "{ hello }" });
        Assert.Equal(1, executor.ParsedDocumentCount);
        await executor.ExecuteAsync(new GraphQLRequest { Query = "{ caller }" });
        Assert.Equal(2, executor.ParsedDocumentCount);
    }

    [Fact]
    public async Task A_streaming_transport_that_takes_single_results_gets_one_for_a_query_and_none_without()
    {
        var executor = new GraphQLRequestExecutor(Schema);
        var both = new RequestContext(Schema, new GraphQLRequest { Query = "{ hello }" }) { AcceptsStream = true, AcceptsResult = true };
        await executor.ExecuteAsync(both);
        Assert.Null(both.Subscription);
        Assert.Equal("hello", both.Result!.Data!["hello"]);

        // Without AcceptsResult a stream-only caller is told a query is no subscription, and nothing runs.
        var streamOnly = new RequestContext(Schema, new GraphQLRequest { Query = "mutation { rename(to: \"x\") }" }) { AcceptsStream = true };
        await executor.ExecuteAsync(streamOnly);
        Assert.Equal(ErrorCodes.OperationResolutionFailure, streamOnly.Subscription!.ErrorResult!.Errors!.Single().Code);
    }

    [Fact]
    public async Task A_step_that_answers_before_the_document_is_read_costs_no_parse()
    {
        var answering = new AnsweringStep();
        var executor = new GraphQLRequestExecutor(Schema, new GraphQLRequestExecutorOptions { DocumentCacheSize = 0 }, [new(RequestStage.BeforeDocument, answering)]);
        var context = executor.CreateContext(new GraphQLRequest { Query = "{ hello }" });
        await executor.ExecuteAsync(context);
        Assert.Equal(0, executor.ParsedDocumentCount);
        Assert.Null(context.Result);
        Assert.Equal("{}"u8.ToArray(), context.EncodedResult!.Body.ToArray());
    }

    [Fact]
    public void Host_steps_run_in_their_stages_in_the_declared_order()
    {
        var before = new RecordingStep("before");
        var after = new RecordingStep("after");
        var beforeExecution = new RecordingStep("beforeExecution");
        var executor = new GraphQLRequestExecutor(Schema, null, [new(RequestStage.BeforeExecution, beforeExecution), new(RequestStage.AfterOperation, after), new(RequestStage.BeforeDocument, before)]);
        Assert.Equal(
            ["ErrorFilterStep", "before", "ParseAndValidateStep", "SelectOperationStep", "after", "RequestLimitsStep", "CoerceVariablesStep", "beforeExecution", "ExecuteOperationStep"],
            executor.Pipeline.Steps.Select(s => s is RecordingStep r ? r.Name : s.GetType().Name));
    }

    [Fact]
    public async Task Steps_see_the_selected_operation_and_coerced_variables_and_resolvers_read_their_features()
    {
        var seen = new List<string>();
        var step = new DelegateStep(async (context, next) =>
        {
            seen.Add(context.Operation!.Name!.Value);
            context.Features.Set(new Caller("ada"));
            await next(context);
            seen.Add(context.Result!.Data!["caller"]!.ToString()!);
        });
        var executor = new GraphQLRequestExecutor(Schema, null, [new(RequestStage.AfterOperation, step)]);
        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "query Who { caller }" });
        Assert.Equal(["Who", "ada"], seen);
        Assert.Equal("Who", result.OperationName);
    }

    [Fact]
    public async Task A_request_limited_to_queries_refuses_a_mutation_before_it_runs()
    {
        var executor = new GraphQLRequestExecutor(Schema);
        var refused = await executor.ExecuteAsync(new GraphQLRequest { Query = "mutation { rename(to: \"x\") }", AllowedOperations = OperationKinds.Query });
        Assert.False(refused.HasData);
        Assert.Equal(ErrorCodes.OperationNotAllowed, refused.Errors!.Single().Code);
        var allowed = await executor.ExecuteAsync(new GraphQLRequest { Query = "mutation { rename(to: \"x\") }" });
        Assert.Equal("x", allowed.Data!["rename"]);
    }

    [Fact]
    public async Task Errors_from_every_step_pass_the_error_filter_once()
    {
        var filtered = 0;
        var executor = new GraphQLRequestExecutor(Schema, new GraphQLRequestExecutorOptions
        {
            Execution = new ExecutionOptions { ErrorFilter = e => { filtered++; return e.WithExtension("seen", true); } },
        });
        var parse = await executor.ExecuteAsync(new GraphQLRequest { Query = "{" });
        var operation = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ hello }", OperationName = "Missing" });
        Assert.Equal(2, filtered);
        Assert.Equal(true, parse.Errors!.Single().Extensions!["seen"]);
        Assert.Equal(ErrorCodes.OperationResolutionFailure, operation.Errors!.Single().Code);
    }

    private sealed record Caller(string Name);

    private sealed class AnsweringStep : IRequestStep
    {
        public ValueTask InvokeAsync(RequestContext context, RequestStepDelegate next)
        {
            context.EncodedResult = new EncodedResult("{}"u8.ToArray(), "\"e\"");
            return ValueTask.CompletedTask;
        }
    }

    private sealed class RecordingStep(string name) : IRequestStep
    {
        public string Name { get; } = name;

        public ValueTask InvokeAsync(RequestContext context, RequestStepDelegate next) => next(context);
    }

    private sealed class DelegateStep(Func<RequestContext, RequestStepDelegate, Task> body) : IRequestStep
    {
        public async ValueTask InvokeAsync(RequestContext context, RequestStepDelegate next) => await body(context, next);
    }
}
