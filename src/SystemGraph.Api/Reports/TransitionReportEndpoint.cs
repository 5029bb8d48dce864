using System.Text.Json;
using Microsoft.Extensions.Primitives;
using SystemGraph.Api.Auth;
using SystemGraph.Graph.Store;
using SystemGraph.Graph.Transitions;
using SystemGraph.GraphQL.Error;

namespace SystemGraph.Api.Reports;

/// <summary>
/// GET /reports/transition.csv (CSV) and /reports/transition.md (markdown; also the .csv path with
/// <c>Accept: text/markdown</c>): the transition report for <c>system</c>, <c>ccg</c>, <c>asOf</c> and
/// <c>scenario</c>, with the query's access rules: the access middleware admits the caller as it does for
/// /graphql; a scenario needs the planner, editor or admin role (<see cref="Caller"/>). Errors are JSON with
/// the GraphQL error shape and the same codes (NOT_FOUND 404, INVALID_ARGUMENT 400, AUTH_* 401 / 403), under the
/// same per-client rate limit (RATE_LIMITED 429).
/// </summary>
internal static class TransitionReportEndpoint
{
    public const string CsvPath = "/reports/transition.csv";
    public const string MarkdownPath = "/reports/transition.md";

    public static WebApplication MapSystemGraphReports(this WebApplication app)
    {
        // The same per-client rate limit as /graphql: an export is the same work as the query.
        app.MapGet(CsvPath, (HttpContext http, IGraphStore store) => HandleAsync(http, store, markdown: AcceptsMarkdown(http.Request)))
            .RequireRateLimiting(Extensions.RateLimitExtensions.PolicyName);
        app.MapGet(MarkdownPath, (HttpContext http, IGraphStore store) => HandleAsync(http, store, markdown: true))
            .RequireRateLimiting(Extensions.RateLimitExtensions.PolicyName);
        return app;
    }

    private static bool AcceptsMarkdown(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(TransitionMarkdown.MediaType, StringComparison.OrdinalIgnoreCase));

    private static async Task HandleAsync(HttpContext http, IGraphStore store, bool markdown)
    {
        var cancellationToken = http.RequestAborted;
        var query = http.Request.Query;
        DateOnly? asOf = null;
        if (One(query["asOf"]) is { } text)
        {
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed))
            {
                await ErrorAsync(http, StatusCodes.Status400BadRequest, "INVALID_ARGUMENT", $"asOf must be an ISO date (yyyy-MM-dd); '{text}' is not.").ConfigureAwait(false);
                return;
            }

            asOf = parsed;
        }

        if (TransitionArguments.DateProblem(asOf) is { } dateProblem)
        {
            await ErrorAsync(http, StatusCodes.Status400BadRequest, "INVALID_ARGUMENT", dateProblem).ConfigureAwait(false);
            return;
        }

        IGraphReader reader = store;
        if (One(query["scenario"]) is { } scenarioId)
        {
            try
            {
                new Caller(http.User).RequireScenarioAccess("A report in a scenario");
            }
            catch (GraphQLException refused)
            {
                var code = refused.Code ?? SystemGraph.GraphQL.Error.ErrorCodes.NotAuthorized;
                await ErrorAsync(http, code == SystemGraph.GraphQL.Error.ErrorCodes.NotAuthenticated ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden, code, refused.Error.Message).ConfigureAwait(false);
                return;
            }

            if (await store.GetScenarioReaderAsync(scenarioId, cancellationToken).ConfigureAwait(false) is not { } scenario)
            {
                await ErrorAsync(http, StatusCodes.Status404NotFound, "NOT_FOUND", $"No scenario has the id '{scenarioId}'.").ConfigureAwait(false);
                return;
            }

            if (scenario is IAsyncDisposable disposable)
            {
                http.Response.RegisterForDisposeAsync(disposable);
            }

            reader = scenario;
        }

        var request = new TransitionRequest(One(query["system"]), One(query["ccg"]), asOf);
        if (await TransitionArguments.IdProblemAsync(reader, request, cancellationToken).ConfigureAwait(false) is { } problem)
        {
            await ErrorAsync(http, problem.Code == "NOT_FOUND" ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest, problem.Code, problem.Message).ConfigureAwait(false);
            return;
        }

        var report = await TransitionChecker.CheckAsync(reader, request, cancellationToken).ConfigureAwait(false);
        http.Response.Headers.CacheControl = "no-store";
        if (markdown)
        {
            http.Response.ContentType = TransitionMarkdown.MediaType + "; charset=utf-8";
            await http.Response.WriteAsync(TransitionMarkdown.Write(report), cancellationToken).ConfigureAwait(false);
            return;
        }

        http.Response.ContentType = TransitionCsv.MediaType + "; charset=utf-8";
        await using var writer = new StreamWriter(http.Response.Body, new System.Text.UTF8Encoding(false), leaveOpen: true);
        await TransitionCsv.WriteAsync(report, writer, cancellationToken).ConfigureAwait(false);
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string? One(StringValues values) => values.Count > 0 && !string.IsNullOrWhiteSpace(values[0]) ? values[0] : null;

    private static async Task ErrorAsync(HttpContext http, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync(JsonSerializer.Serialize(new { errors = new[] { new { message, extensions = new { code } } } }), http.RequestAborted).ConfigureAwait(false);
    }
}
