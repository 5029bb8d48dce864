using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SystemGraph.Api.Tests;

/// <summary>
/// The API hosted in memory for functional tests. Configuration is set per fixture through
/// in-memory settings, so each test class can pick its backends (store, cache) explicitly.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Graph:SeedPath", SystemGraph.TestSupport.RepositoryPaths.GraphSeed);
        builder.UseSetting("Graph:OdsPath", SystemGraph.TestSupport.ExternalInputs.OdsPath);
    }
}
