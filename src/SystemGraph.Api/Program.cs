using SystemGraph.Api.Extensions;

// The host stays thin (see ../../shared/design/STYLE.md): one extension method per concern.
if (await CommandLine.TryRunAsync(args, CancellationToken.None).ConfigureAwait(false) is { } exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddSystemGraphHealthChecks();
builder.AddSystemGraphAuth();
builder.AddSystemGraphStore();
builder.AddSystemGraphGraphQL();
builder.AddSystemGraphCaching();
builder.AddSystemGraphExplorer();

var app = builder.Build();
app.MapSystemGraphHealthChecks();
app.UseSystemGraphAuth();
app.MapSystemGraphGraphQL();
app.MapSystemGraphExplorer();

await app.RunAsync().ConfigureAwait(false);
return 0;

/// <summary>The entry point, visible to <c>WebApplicationFactory&lt;Program&gt;</c> in the functional tests.</summary>
public partial class Program;
