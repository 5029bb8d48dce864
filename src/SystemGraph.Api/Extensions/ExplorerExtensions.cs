using Microsoft.Extensions.Options;
using SystemGraph.Api.Explorer;
using SystemGraph.GraphQL.AspNetCore.Http;

namespace SystemGraph.Api.Extensions;

/// <summary>The explorer page at /explore, the source papers' text behind <c>Document.text</c>, and GraphiQL's opening tabs.</summary>
internal static class ExplorerExtensions
{
    public static WebApplicationBuilder AddSystemGraphExplorer(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(sp => DocumentTexts.FromOptions(sp.GetRequiredService<IOptions<GraphOptions>>().Value));
        builder.Services.PostConfigure<GraphQLHttpOptions>(o =>
        {
            if (o.GraphiQLDefaultTabs.Count == 0)
            {
                foreach (var query in QuickTour.Queries)
                {
                    o.GraphiQLDefaultTabs.Add(query);
                }
            }
        });
        return builder;
    }

    public static WebApplication MapSystemGraphExplorer(this WebApplication app)
    {
        app.MapExplorer();
        return app;
    }
}
