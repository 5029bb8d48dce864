using SystemGraph.Api.Schema.Loaders;
using SystemGraph.Graph.Model;
using SystemGraph.GraphQL.Utilities;

namespace SystemGraph.Api.Schema.Resolvers;

/// <summary>Relationship ends and source documents, through the request's loaders.</summary>
internal static class RelationshipResolvers
{
    public static void Register(SchemaBuilderOptions o)
    {
        o.AddResolver("Relationship.from", async ctx => await ctx.LoadEntityAsync(((Relationship)ctx.Source!).FromId).ConfigureAwait(false));
        o.AddResolver("Relationship.to", async ctx => await ctx.LoadEntityAsync(((Relationship)ctx.Source!).ToId).ConfigureAwait(false));
        o.AddResolver("Relationship.attributes", ctx => ((Relationship)ctx.Source!).Attributes.Select(kv => new Dictionary<string, object?> { ["name"] = kv.Key, ["value"] = kv.Value }).ToList());
        o.AddResolver("SourceRef.document", async ctx => await ctx.LoadEntityAsync(((SourceRef)ctx.Source!).DocumentId).ConfigureAwait(false));
    }
}
