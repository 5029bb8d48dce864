using System.Security.Cryptography;
using System.Text;
using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;

namespace SystemGraph.GraphQL.Execution.Pipeline;

/// <summary>
/// One request on its way through the pipeline: what the transport delivered, what each step has worked out so far
/// (document, operation, coerced variables), the typed <see cref="Features"/> steps and resolvers share, and the
/// answer. Each step fills in its part once; no later step works anything out again.
/// </summary>
public sealed class RequestContext
{
    private string? _query;
    private string? _documentHash;

    public RequestContext(GraphQLSchema schema, GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(request);
        Schema = schema;
        Request = request;
        _query = request.Query;
        CancellationToken = cancellationToken;
    }

    public GraphQLSchema Schema { get; }

    /// <summary>The request as the transport delivered it (operation name, raw variables, extensions, services).</summary>
    public GraphQLRequest Request { get; }

    /// <summary>The document text; a persisted-operation step may supply it when the request carried only a hash.</summary>
    public string? Query
    {
        get => _query;
        set
        {
            _query = value;
            _documentHash = null;
        }
    }

    /// <summary>
    /// The lower-case hex SHA-256 of the document text (Apollo's persisted-query id), worked out the first time a step
    /// asks; null without a document.
    /// </summary>
    public string? DocumentHash => _documentHash ??= _query is null ? null : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(_query)));

    /// <summary>Sets the text together with its known hash (a persisted operation checked it already).</summary>
    public void SetQuery(string query, string documentHash)
    {
        _query = query;
        _documentHash = documentHash;
    }

    public CancellationToken CancellationToken { get; set; }

    /// <summary>Typed per-request state shared by steps and resolvers.</summary>
    public RequestFeatures Features { get; } = new();

    /// <summary>True when the caller can take a stream of results (a subscription transport); HTTP POST and GET cannot.</summary>
    public bool AcceptsStream { get; init; }

    /// <summary>
    /// With <see cref="AcceptsStream"/>: the caller also takes a single result for a query or mutation (graphql-sse and
    /// graphql-transport-ws carry every kind of operation); without it, only a subscription is run.
    /// </summary>
    public bool AcceptsResult { get; init; }

    /// <summary>The parsed and validated document (set by the parse-and-validate step).</summary>
    public DocumentNode? Document { get; set; }

    /// <summary>The operation to run, selected once (§6.1 GetOperation, by the select-operation step).</summary>
    public OperationDefinitionNode? Operation { get; set; }

    /// <summary>The coerced variable values (§6.1.2, by the coerce-variables step).</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; set; }

    /// <summary>The operation's estimated cost, when the request limits measured it (for logs; never in the response).</summary>
    public double? Cost { get; set; }

    /// <summary>The answer, once a step has one.</summary>
    public ExecutionResult? Result { get; set; }

    /// <summary>An answer already encoded (a response-cache hit; or the result, encoded once by a step that stores it).</summary>
    public EncodedResult? EncodedResult { get; set; }

    /// <summary>The response stream of a subscription, when <see cref="AcceptsStream"/> is set.</summary>
    public SubscriptionResult? Subscription { get; set; }

    /// <summary>The operation's name for logs: the request's operationName, else the name of the selected operation.</summary>
    public string? OperationName => Request.OperationName ?? Operation?.Name?.Value;
}
