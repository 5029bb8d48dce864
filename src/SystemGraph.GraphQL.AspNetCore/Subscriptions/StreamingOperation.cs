using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http;
using SystemGraph.GraphQL.AspNetCore.Http;
using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Execution;

namespace SystemGraph.GraphQL.AspNetCore.Subscriptions;

/// <summary>
/// One operation over a streaming transport (graphql-sse or graphql-transport-ws), through the same request
/// pipeline as HTTP (access, persisted operations, limits): a subscription becomes a stream of results; a query or
/// mutation, or a request refused before execution, becomes one result.
/// </summary>
internal sealed class StreamingOperation
{
    private StreamingOperation(IAsyncEnumerable<ExecutionResult>? stream, ReadOnlyMemory<byte> single, bool isRequestError)
    {
        Stream = stream;
        Single = single;
        IsRequestError = isRequestError;
    }

    /// <summary>The response stream of a subscription; null for a single result.</summary>
    public IAsyncEnumerable<ExecutionResult>? Stream { get; }

    /// <summary>The single result as JSON (when <see cref="Stream"/> is null).</summary>
    public ReadOnlyMemory<byte> Single { get; }

    /// <summary>The single result is a request error (no data: refused, invalid, or no stream created).</summary>
    public bool IsRequestError { get; }

    public static async Task<StreamingOperation> StartAsync(
        GraphQLRequestExecutor executor, HttpContext http, GraphQLRequest request, ClaimsPrincipal user, bool presentedCredentials, CancellationToken cancellationToken)
    {
        var context = new Execution.Pipeline.RequestContext(executor.Schema, request, cancellationToken) { AcceptsStream = true, AcceptsResult = true };
        context.Features.Set(new GraphQLHttpFeature(isGet: false, presentedCredentials, http.Connection.RemoteIpAddress?.ToString()));
        context.Features.Set(user);
        await executor.ExecuteAsync(context).ConfigureAwait(false);
        if (context.Subscription is { Stream: { } stream })
        {
            return new StreamingOperation(stream, default, false);
        }

        if (context.Subscription?.ErrorResult is { } refused)
        {
            return FromResult(refused);
        }

        if (context.Result is { } result)
        {
            return FromResult(result);
        }

        return new StreamingOperation(null, context.EncodedResult!.Body, false);
    }

    /// <summary>An error result of the transport itself (a limit), with a stable code.</summary>
    public static StreamingOperation FromError(string message, string code) => FromResult(ExecutionResult.FromError(GraphQLError.WithCode(message, code)));

    private static StreamingOperation FromResult(ExecutionResult result)
    {
        using var buffer = ExecutionResultJsonWriter.ToBuffer(result);
        return new StreamingOperation(null, buffer.WrittenMemory.ToArray(), !result.HasData);
    }

    /// <summary>The errors of a stream that failed (e.g. a slow consumer cut off): its GraphQL errors, else a generic one.</summary>
    public static ExecutionResult StreamFailure(Exception error) => error is GraphQLException graphQL
        ? ExecutionResult.FromError(graphQL.Error)
        : ExecutionResult.FromError(GraphQLError.WithCode("The subscription ended unexpectedly.", "INTERNAL_ERROR"));

    public static byte[] ToJson(ExecutionResult result)
    {
        using var buffer = ExecutionResultJsonWriter.ToBuffer(result);
        return buffer.WrittenMemory.ToArray();
    }

    public static string ToText(ReadOnlyMemory<byte> json) => Encoding.UTF8.GetString(json.Span);
}
