using System.Collections;
using System.Globalization;
using System.Text;
using SystemGraph.Api.Schema.Loaders;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;
using SystemGraph.GraphQL.Execution;
using SystemGraph.GraphQL.Utilities;

namespace SystemGraph.Api.Schema.Resolvers;

/// <summary>
/// The Relay cursor connections (Hot Chocolate conventions): <c>where</c>, <c>order</c>, <c>first</c> / <c>after</c>
/// / <c>last</c> / <c>before</c>, default page 10, at most 50 (both configurable under GraphQL:Limits). Cursors are opaque (base64 of the item's position
/// in the filtered, sorted list), as Hot Chocolate's offset cursors are.
/// </summary>
internal static class ConnectionResolvers
{

    private static readonly Dictionary<string, EntityKind?> EntityConnections = new(StringComparer.Ordinal)
    {
        ["entities"] = null,
        ["organisations"] = EntityKind.Organisation,
        ["boards"] = EntityKind.Board,
        ["areas"] = EntityKind.Area,
        ["programmes"] = EntityKind.Programme,
        ["people"] = EntityKind.Person,
        ["services"] = EntityKind.Service,
        ["agreements"] = EntityKind.Agreement,
    };

    public static void Register(SchemaBuilderOptions o)
    {
        foreach (var (field, kind) in EntityConnections)
        {
            o.AddResolver("Query." + field, async ctx =>
            {
                var (offset, limit) = Window(ctx, NeedsTotal(ctx) ? await CountEntitiesAsync(ctx, kind).ConfigureAwait(false) : int.MaxValue);
                var page = await ctx.Reader().QueryEntitiesAsync(new EntityQuery
                {
                    Kinds = kind is { } k ? new HashSet<EntityKind> { k } : null,
                    Filter = WhereConverter.Entity(ctx.Arg<IReadOnlyDictionary<string, object?>>("where")),
                    Order = Order(ctx),
                    Offset = offset,
                    Limit = limit,
                }, ctx.CancellationToken).ConfigureAwait(false);
                return Connection(page.Items, page.TotalCount, offset);
            });
        }

        o.AddResolver("Query.relationships", async ctx =>
        {
            var filter = WithEvidencedSince(WhereConverter.Relationship(ctx.Arg<IReadOnlyDictionary<string, object?>>("where")), ctx.Date("evidencedSince"));
            var total = NeedsTotal(ctx)
                ? (await ctx.Reader().QueryRelationshipsAsync(new RelationshipPageQuery { Filter = filter, Limit = 0 }, ctx.CancellationToken).ConfigureAwait(false)).TotalCount
                : int.MaxValue;
            var (offset, limit) = Window(ctx, total);
            var page = await ctx.Reader().QueryRelationshipsAsync(
                new RelationshipPageQuery { Filter = filter, Order = Order(ctx), Offset = offset, Limit = limit }, ctx.CancellationToken).ConfigureAwait(false);
            return Connection(page.Items, page.TotalCount, offset);
        });
    }

    /// <summary><c>evidencedSince</c>: only lines some cited document published on or after the date supports.</summary>
    private static RelationshipFilter? WithEvidencedSince(RelationshipFilter? filter, DateOnly? since) =>
        since is not { } date ? filter
        : new RelationshipFilter.And([.. filter is null ? [] : new[] { filter }, new RelationshipFilter.Compare("lastEvidencedOn", FilterOperator.Gte, date)]);

    /// <summary>
    /// Only <c>last</c> and <c>before</c> count from the end of the list, so only they need the total before the
    /// page is read; otherwise the page query's own count serves totalCount (one pass over the store, not two).
    /// </summary>
    private static bool NeedsTotal(IResolveFieldContext ctx) => ctx.Arg<int?>("last") is not null || ctx.Arg<string>("before") is not null;

    private static async Task<int> CountEntitiesAsync(IResolveFieldContext ctx, EntityKind? kind) =>
        (await ctx.Reader().QueryEntitiesAsync(new EntityQuery
        {
            Kinds = kind is { } k ? new HashSet<EntityKind> { k } : null,
            Filter = WhereConverter.Entity(ctx.Arg<IReadOnlyDictionary<string, object?>>("where")),
            Limit = 0,
        }, ctx.CancellationToken).ConfigureAwait(false)).TotalCount;

    /// <summary>The Relay algorithm over positions: after / before narrow the list, then first / last take from its ends.</summary>
    private static (int Offset, int Limit) Window(IResolveFieldContext ctx, int total)
    {
        var limits = ctx.Limits();
        var first = ctx.Arg<int?>("first");
        var last = ctx.Arg<int?>("last");
        foreach (var (name, value) in new[] { ("first", first), ("last", last) })
        {
            if (value is < 0)
            {
                throw ApiErrors.Invalid($"{name} must not be negative.");
            }

            if (value > limits.MaxPageSize)
            {
                throw new GraphQL.Error.GraphQLException(GraphQL.Error.GraphQLError.WithCode(
                    $"Requesting {value} items exceeds the maximum page size of {limits.MaxPageSize}.", ApiErrors.PagingMaxExceeded));
            }
        }

        var start = ctx.Arg<string>("after") is { } after ? Decode(after) + 1 : 0;
        var end = ctx.Arg<string>("before") is { } before ? Math.Min(Decode(before), total) : total;
        start = Math.Clamp(start, 0, total);
        end = Math.Max(start, end);
        if (first is null && last is null)
        {
            first = limits.DefaultPageSize;
        }

        if (first is { } f)
        {
            end = (int)Math.Min(end, (long)start + f);
        }

        if (last is { } l)
        {
            start = Math.Max(start, end - l);
        }

        return (start, end - start);
    }

    private static Dictionary<string, object?> Connection<T>(IReadOnlyList<T> items, int total, int offset)
    {
        var edges = items.Select((item, i) => new Dictionary<string, object?> { ["cursor"] = Encode(offset + i), ["node"] = item }).ToList();
        return new Dictionary<string, object?>
        {
            ["edges"] = edges,
            ["nodes"] = items,
            ["totalCount"] = total,
            ["pageInfo"] = new Dictionary<string, object?>
            {
                ["hasNextPage"] = offset + items.Count < total,
                ["hasPreviousPage"] = offset > 0,
                ["startCursor"] = items.Count > 0 ? Encode(offset) : null,
                ["endCursor"] = items.Count > 0 ? Encode(offset + items.Count - 1) : null,
            },
        };
    }

    /// <summary>
    /// <c>order: [{ name: ASC }, { parent: { name: DESC } }]</c> in priority order. A nested input sorts by a
    /// field of the entity an object field leads to: a relationship's <c>from</c> / <c>to</c>, or a single-valued
    /// related field (<c>parent</c>, <c>chair</c>, <c>area</c>, <c>sro</c>) through <see cref="RelatedFields"/>.
    /// </summary>
    private static List<SortField> Order(IResolveFieldContext ctx)
    {
        var order = new List<SortField>();
        foreach (var item in ctx.Arg<IEnumerable>("order")?.Cast<IReadOnlyDictionary<string, object?>>() ?? [])
        {
            AddSortFields(item, [], order);
        }

        return order;
    }

    private static void AddSortFields(IReadOnlyDictionary<string, object?> input, IReadOnlyList<SortHop> via, List<SortField> order)
    {
        foreach (var (field, value) in input)
        {
            switch (value)
            {
                case null:
                    continue;
                case string or Enum:
                    order.Add(new SortField(field, string.Equals(value.ToString(), "DESC", StringComparison.OrdinalIgnoreCase), via.Count > 0 ? via : null));
                    break;
                case IReadOnlyDictionary<string, object?> nested:
                    AddSortFields(nested, [.. via, Hop(field, via.Count == 0)], order);
                    break;
                default:
                    throw new GraphQL.Error.GraphQLException(GraphQL.Error.GraphQLError.WithCode($"Sorting by '{field}' is not supported.", ApiErrors.FilterNotSupported));
            }
        }
    }

    private static SortHop Hop(string field, bool first) => field switch
    {
        // from / to exist only on RelationshipSortInput, and only at its top level.
        "from" when first => new SortHop.From(),
        "to" when first => new SortHop.To(),
        _ when RelatedFields.Named(field) is { Shape: RelatedFieldShape.Entity } related => new SortHop.PrincipalEnd(related.Scope(), related.Kind),
        _ => throw new GraphQL.Error.GraphQLException(GraphQL.Error.GraphQLError.WithCode($"Sorting by the fields of '{field}' is not supported.", ApiErrors.FilterNotSupported)),
    };

    private static string Encode(int position) => Convert.ToBase64String(Encoding.UTF8.GetBytes(position.ToString(CultureInfo.InvariantCulture)));

    private static int Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var position) ? position : throw ApiErrors.Invalid($"'{cursor}' is not a valid cursor.");
        }
        catch (FormatException)
        {
            throw ApiErrors.Invalid($"'{cursor}' is not a valid cursor.");
        }
    }
}
