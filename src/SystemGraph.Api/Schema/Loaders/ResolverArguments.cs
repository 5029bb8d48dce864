using Microsoft.Extensions.Options;
using SystemGraph.Api.Extensions;
using SystemGraph.GraphQL.Execution;

namespace SystemGraph.Api.Schema.Loaders;

/// <summary>Typed reads of coerced arguments.</summary>
internal static class ResolverArguments
{
    private static readonly GraphQLLimitsOptions DefaultLimits = new();

    /// <summary>The configured request limits (<c>GraphQL:Limits</c>); the defaults when none are registered.</summary>
    public static GraphQLLimitsOptions Limits(this IResolveFieldContext context) =>
        context.RequestServices?.GetService<IOptions<GraphQLLimitsOptions>>()?.Value ?? DefaultLimits;

    public static T? Arg<T>(this IResolveFieldContext context, string name) =>
        context.Arguments.TryGetValue(name, out var value) && value is T typed ? typed : default;

    public static string RequiredString(this IResolveFieldContext context, string name) =>
        context.Arguments.TryGetValue(name, out var value) && value is string s ? s : throw new InvalidOperationException($"Argument {name} is required.");

    public static int Int(this IResolveFieldContext context, string name, int fallback) =>
        context.Arguments.TryGetValue(name, out var value) && value is int i ? i : fallback;

    public static bool Bool(this IResolveFieldContext context, string name, bool fallback) =>
        context.Arguments.TryGetValue(name, out var value) && value is bool b ? b : fallback;

    public static DateOnly? Date(this IResolveFieldContext context, string name) =>
        context.Arguments.TryGetValue(name, out var value) && value is DateOnly d ? d : null;

    /// <summary>The <c>includeInferred</c> and <c>evidencedSince</c> arguments of the traversals and of <c>relationships</c> (issue #14).</summary>
    public static SystemGraph.Graph.Traversals.EvidenceFilter Evidence(this IResolveFieldContext context) =>
        new(context.Bool("includeInferred", true), context.Date("evidencedSince"));

    /// <summary>A list argument of enum values, as a set; null when the argument is absent or null.</summary>
    public static HashSet<T>? Set<T>(this IResolveFieldContext context, string name)
        where T : struct, Enum =>
        context.Arguments.TryGetValue(name, out var value) && value is System.Collections.IEnumerable list
            ? list.Cast<object>().OfType<T>().ToHashSet()
            : null;
}
