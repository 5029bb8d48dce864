using SystemGraph.GraphQL.Execution;
using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;

namespace SystemGraph.GraphQL.Tests.Execution;

/// <summary>Parses and executes a query (no validation) and renders the result as compact JSON for exact comparisons.</summary>
public static class ExecutionHarness
{
    public static Task<ExecutionResult> ExecuteAsync(
        GraphQLSchema schema,
        string query,
        IReadOnlyDictionary<string, object?>? variables = null,
        object? root = null,
        ExecutionOptions? options = null,
        string? operationName = null,
        CancellationToken cancellationToken = default) =>
        Executor.ExecuteAsync(
            new ExecutionRequest
            {
                Schema = schema,
                Document = Parser.Parse(query),
                VariableValues = variables,
                RootValue = root,
                OperationName = operationName,
                Options = options ?? ExecutionOptions.Default,
            },
            cancellationToken);

    public static async Task<string> JsonAsync(
        GraphQLSchema schema,
        string query,
        IReadOnlyDictionary<string, object?>? variables = null,
        object? root = null,
        ExecutionOptions? options = null) =>
        ExecutionResultJsonWriter.ToJson(await ExecuteAsync(schema, query, variables, root, options));

    /// <summary>Single quotes to double quotes, so expected JSON reads easily in C#.</summary>
    public static string J(string json) => json.Replace('\'', '"');

    public static Dictionary<string, object?> Vars(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value);
}
