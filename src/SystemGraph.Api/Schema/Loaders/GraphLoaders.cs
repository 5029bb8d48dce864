using Microsoft.Extensions.DependencyInjection;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;
using SystemGraph.GraphQL.Execution;

namespace SystemGraph.Api.Schema.Loaders;

/// <summary>
/// The request's batched access to the store: every resolver that needs an entity, a relationship or an
/// entity's lines asks here, and all keys asked in the same execution burst go to the store in one call.
/// </summary>
internal static class GraphLoaders
{
    public static IGraphStore Store(this IResolveFieldContext context) =>
        context.RequestServices?.GetRequiredService<IGraphStore>() ?? throw new InvalidOperationException("The request has no services.");

    public static Task<Entity?> LoadEntityAsync(this IResolveFieldContext context, string id) =>
        context.DataLoaders.GetOrCreate<string, Entity?>("entities" + context.LoaderSuffix(), async (ids, ct) =>
        {
            var found = await context.Reader().GetEntitiesAsync(ids, ct).ConfigureAwait(false);
            return ids.Select((key, i) => (key, found[i])).ToDictionary(p => p.key, p => p.Item2, StringComparer.Ordinal);
        }).LoadAsync(id);

    public static Task<Relationship?> LoadRelationshipAsync(this IResolveFieldContext context, string id) =>
        context.DataLoaders.GetOrCreate<string, Relationship?>("relationships" + context.LoaderSuffix(), async (ids, ct) =>
        {
            var found = await context.Reader().GetRelationshipsAsync(ids, ct).ConfigureAwait(false);
            return ids.Select((key, i) => (key, found[i])).ToDictionary(p => p.key, p => p.Item2, StringComparer.Ordinal);
        }).LoadAsync(id);

    /// <summary>
    /// An entity's lines matching a query. Loaders are keyed by the query's signature, so every entity that asks
    /// the same question in a burst is answered by one store call.
    /// </summary>
    public static Task<IReadOnlyList<Relationship>> LoadRelationshipsOfAsync(this IResolveFieldContext context, string entityId, RelationshipQuery query)
    {
        var signature = Signature(query);
        return context.DataLoaders.GetOrCreate<string, IReadOnlyList<Relationship>>("lines:" + signature + context.LoaderSuffix(), async (ids, ct) =>
            await context.Reader().GetRelationshipsOfAsync(ids, query, ct).ConfigureAwait(false)).LoadAsync(entityId);
    }

    public static async Task<IReadOnlyList<Entity>> LoadEntitiesAsync(this IResolveFieldContext context, IEnumerable<string> ids)
    {
        var loaded = await Task.WhenAll(ids.Select(context.LoadEntityAsync)).ConfigureAwait(false);
        return loaded.OfType<Entity>().ToList();
    }

    private static string Signature(RelationshipQuery query) => string.Join('|',
        query.Direction,
        query.Types is null ? "*" : string.Join(',', query.Types.Order()),
        query.AsOf?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "-",
        query.Statuses is null ? "*" : string.Join(',', query.Statuses.Order()));
}
