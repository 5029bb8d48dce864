using SystemGraph.Api.Extensions;
using SystemGraph.Api.Reports;

// The host stays thin (see ../../shared/design/STYLE.md): one extension method per concern.
if (await CommandLine.TryRunAsync(args, CancellationToken.None).ConfigureAwait(false) is { } exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddSystemGraphTelemetry();
builder.AddSystemGraphHealthChecks();
builder.AddSystemGraphAuth();
builder.AddSystemGraphStore();
builder.AddSystemGraphGraphQL();
builder.AddSystemGraphCaching();
builder.AddSystemGraphSubscriptions();
builder.AddSystemGraphExplorer();

var app = builder.Build();
app.MapSystemGraphHealthChecks();
app.UseSystemGraphAuth();
app.UseSystemGraphSubscriptions();
app.MapSystemGraphGraphQL();
app.MapSystemGraphReports();
app.MapSystemGraphExplorer();

await app.RunAsync().ConfigureAwait(false);
return 0;

/// <summary>The entry point, visible to <c>WebApplicationFactory&lt;Program&gt;</c> in the functional tests.</summary>
public partial class Program;
