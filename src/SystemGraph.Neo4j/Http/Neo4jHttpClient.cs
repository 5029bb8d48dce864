using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace SystemGraph.Neo4j.Http;

/// <summary>
/// Neo4j's HTTP Query API: implicit transactions (<c>POST /db/{db}/query/v2</c>) with retry on transient
/// failures, and explicit transactions (<c>/db/{db}/query/v2/tx</c>). Every statement it sends is raised on
/// <see cref="StatementSent"/> first, so tests can check that no input ever reaches statement text.
/// </summary>
internal sealed partial class Neo4jHttpClient
{
    private const string ClusterAffinityHeader = "neo4j-cluster-affinity";

    private readonly HttpClient http;
    private readonly Neo4jOptions options;
    private readonly ILogger logger;
    private readonly Func<TimeSpan, CancellationToken, Task> delay;

    public Neo4jHttpClient(HttpClient http, Neo4jOptions options, ILogger<Neo4jHttpClient>? logger = null, Func<TimeSpan, CancellationToken, Task>? delay = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Uri is null)
        {
            throw new ArgumentException("Neo4j:Uri is not set.", nameof(options));
        }

        this.http = http;
        this.options = options;
        this.logger = logger ?? NullLogger<Neo4jHttpClient>.Instance;
        this.delay = delay ?? Task.Delay;
    }

    /// <summary>Raised with every statement just before it is sent.</summary>
    public event Action<CypherStatement>? StatementSent;

    internal string QueryPath => $"db/{Uri.EscapeDataString(options.Database)}/query/v2";

    /// <summary>Runs one statement in its own (implicit) transaction, retrying transient failures with back-off.</summary>
    public async Task<Neo4jQueryResult> RunAsync(CypherStatement statement, AccessMode accessMode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statement);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var (result, _, _) = await SendAsync(HttpMethod.Post, QueryPath, statement, accessMode, affinity: null, cancellationToken).ConfigureAwait(false);
                return result;
            }
            catch (Neo4jException e) when (e.IsTransient && attempt < options.MaxRetries && !cancellationToken.IsCancellationRequested)
            {
                var wait = Backoff(attempt);
                LogRetry(logger, e.Code, attempt + 1, wait.TotalMilliseconds);
                await delay(wait, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Opens an explicit transaction; dispose it without committing to roll back.</summary>
    public async Task<Neo4jTransaction> BeginAsync(AccessMode accessMode, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var (_, id, affinity) = await SendAsync(HttpMethod.Post, QueryPath + "/tx", statement: null, accessMode, affinity: null, cancellationToken).ConfigureAwait(false);
                return new Neo4jTransaction(this, id ?? throw new Neo4jException("SystemGraph.Neo4j.Protocol", "Neo4j opened a transaction without an id."), affinity, accessMode);
            }
            catch (Neo4jException e) when (e.IsTransient && attempt < options.MaxRetries && !cancellationToken.IsCancellationRequested)
            {
                await delay(Backoff(attempt), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Exponential back-off with up to 25% jitter, so many instances do not retry in step.</summary>
    internal TimeSpan Backoff(int attempt)
    {
        var baseMs = options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, attempt);
#pragma warning disable CA5394 // Jitter needs no cryptographic randomness.
        return TimeSpan.FromMilliseconds(baseMs * (1 + (Random.Shared.NextDouble() * 0.25)));
#pragma warning restore CA5394
    }

    internal async Task<(Neo4jQueryResult Result, string? TransactionId, string? Affinity)> SendAsync(
        HttpMethod method, string path, CypherStatement? statement, AccessMode accessMode, string? affinity, CancellationToken cancellationToken)
    {
        if (statement is not null)
        {
            StatementSent?.Invoke(statement);
        }

        using var request = new HttpRequestMessage(method, new Uri(options.Uri!, path));
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(ClusterAffinityHeader, affinity);
        }

        if (method != HttpMethod.Delete)
        {
            var body = statement is null ? "{}"u8.ToArray() : QueryApiJson.RequestBody(statement, accessMode);
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.RequestTimeout);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new Neo4jException($"Neo4j at {options.Uri} could not be reached: {e.Message}", e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new Neo4jException($"Neo4j at {options.Uri} did not answer within {options.RequestTimeout}.", e);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            var newAffinity = response.Headers.TryGetValues(ClusterAffinityHeader, out var values) ? values.FirstOrDefault() : affinity;
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            if (bytes.Length == 0)
            {
                return response.IsSuccessStatusCode
                    ? (Neo4jQueryResult.Empty, null, newAffinity)
                    : throw new Neo4jException(StatusCode(status), $"Neo4j answered HTTP {status} with no body.", status);
            }

            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(bytes);
            }
            catch (JsonException e)
            {
                throw new Neo4jException(StatusCode(status), $"Neo4j answered HTTP {status} with a body that is not JSON.", status, e);
            }

            using (document)
            {
                if (QueryApiJson.ParseError(document.RootElement, status) is { } error)
                {
                    throw error;
                }

                if (!response.IsSuccessStatusCode)
                {
                    throw new Neo4jException(StatusCode(status), $"Neo4j answered HTTP {status}.", status);
                }

                var (result, transactionId) = QueryApiJson.ParseResult(document.RootElement);
                return (result, transactionId, newAffinity);
            }
        }
    }

    private static string StatusCode(int status) => status switch
    {
        401 or 403 => "Neo.ClientError.Security.Unauthorized",
        >= 500 => "Neo.TransientError.General.HttpStatus",
        _ => "Neo.ClientError.Request.Invalid",
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Neo4j transient failure {Code}; retry {Attempt} in {DelayMs:F0} ms")]
    private static partial void LogRetry(ILogger logger, string code, int attempt, double delayMs);
}
