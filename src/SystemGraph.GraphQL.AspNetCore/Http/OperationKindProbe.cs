using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// Finds which operation a GET request would run, before it runs: GraphQL over HTTP forbids mutations over
/// GET (GET must be safe), so they are refused with 405 instead of executed.
/// </summary>
internal static class OperationKindProbe
{
    /// <summary>The selected operation's type; null when the document does not parse or names no such operation (the pipeline reports those).</summary>
    public static OperationType? Find(string query, string? operationName, ParserOptions parserOptions)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(query, parserOptions);
        }
        catch (GraphQLException)
        {
            return null;
        }

        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        var selected = operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => string.Equals(o.Name?.Value, operationName, StringComparison.Ordinal));
        return selected?.Operation;
    }
}
