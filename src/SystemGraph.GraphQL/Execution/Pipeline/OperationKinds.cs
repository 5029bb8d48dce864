namespace SystemGraph.GraphQL.Execution.Pipeline;

/// <summary>
/// Which kinds of operation a request may run. A transport narrows it: GraphQL over HTTP allows only queries over GET
/// (GET must be safe, RFC 9110 §9.2.1), so a GET request carries <see cref="Query"/> alone.
/// </summary>
[Flags]
public enum OperationKinds
{
    None = 0,
    Query = 1,
    Mutation = 2,
    Subscription = 4,
    All = Query | Mutation | Subscription,
}
