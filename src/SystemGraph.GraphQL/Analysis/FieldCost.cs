using System.Globalization;
using System.Runtime.CompilerServices;
using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;

namespace SystemGraph.GraphQL.Analysis;

/// <summary>
/// The cost a schema gives one field in its SDL, in the style of Hot Chocolate's cost directives (the IBM GraphQL
/// Cost Directives specification, https://ibm.github.io/graphql-specs/cost-spec.html):
/// <list type="bullet">
/// <item><c>@cost(weight: "N")</c> on a field: one call of the field costs N instead of 1; on an argument: a call that
/// gives the argument costs N more (a filter or a sort over a whole catalogue).</item>
/// <item><c>@listSize(assumedSize: N, slicingArguments: ["first"])</c>: how many items the list field returns: the
/// first slicing argument the query gives (else that argument's default), else N.</item>
/// <item><c>@costPerArgument(argument: "maxDepth", weight: "W")</c> (ours; the cost specification has no way to say a
/// traversal's work grows with its depth): one call also costs W for each unit of the argument, as given or by its
/// default. Repeatable.</item>
/// </list>
/// Read once per field from its SDL definition and kept beside it.
/// </summary>
public sealed class FieldCost
{
    /// <summary>The directive names; a schema that uses them defines them in its SDL (the API: api-contract.graphql).</summary>
    public const string CostDirective = "cost";

    public const string ListSizeDirective = "listSize";

    public const string CostPerArgumentDirective = "costPerArgument";

    private static readonly ConditionalWeakTable<FieldDefinition, FieldCost> Read = [];

    private FieldCost(
        double weight,
        IReadOnlyList<(string Argument, double Weight)> perArgument,
        IReadOnlyList<(string Argument, double Weight)> whenGiven,
        int? assumedSize,
        IReadOnlyList<string> slicingArguments)
    {
        Weight = weight;
        WhenGiven = whenGiven;
        PerArgument = perArgument;
        AssumedSize = assumedSize;
        SlicingArguments = slicingArguments;
    }

    /// <summary>The cost of one call before its arguments (1 unless <c>@cost</c> says otherwise).</summary>
    public double Weight { get; }

    /// <summary>Arguments whose value adds to the cost of a call, each with its weight per unit.</summary>
    public IReadOnlyList<(string Argument, double Weight)> PerArgument { get; }

    /// <summary>Arguments that add their weight to a call that gives them (<c>@cost</c> on the argument).</summary>
    public IReadOnlyList<(string Argument, double Weight)> WhenGiven { get; }

    /// <summary>Items assumed when no slicing argument sizes the list; null when the SDL gives none.</summary>
    public int? AssumedSize { get; }

    /// <summary>Arguments that give the list's size, in order of preference.</summary>
    public IReadOnlyList<string> SlicingArguments { get; }

    /// <summary>The field's cost as its SDL declares it (kept per field definition).</summary>
    public static FieldCost Of(FieldDefinition field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return Read.GetValue(field, FromDirectives);
    }

    private static FieldCost FromDirectives(FieldDefinition field)
    {
        var directives = field.AstNode?.Directives ?? [];
        var weight = 1.0;
        var perArgument = new List<(string, double)>();
        int? assumedSize = null;
        var slicing = new List<string>();
        foreach (var directive in directives)
        {
            switch (directive.Name.Value)
            {
                case CostDirective:
                    weight = Number(directive, "weight") ?? weight;
                    break;
                case CostPerArgumentDirective when String(directive, "argument") is { } argument && Number(directive, "weight") is { } perUnit:
                    perArgument.Add((argument, perUnit));
                    break;
                case ListSizeDirective:
                    assumedSize = Argument(directive, "assumedSize") is IntValueNode size && int.TryParse(size.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : assumedSize;
                    if (Argument(directive, "slicingArguments") is ListValueNode names)
                    {
                        slicing.AddRange(names.Values.OfType<StringValueNode>().Select(s => s.Value));
                    }

                    break;
            }
        }

        var whenGiven = new List<(string, double)>();
        foreach (var argument in field.Arguments)
        {
            if (argument.AstNode?.Directives.FirstOrDefault(d => d.Name.Value == CostDirective) is { } cost && Number(cost, "weight") is { } argumentWeight)
            {
                whenGiven.Add((argument.Name, argumentWeight));
            }
        }

        return new FieldCost(weight, perArgument, whenGiven, assumedSize, slicing);
    }

    private static ValueNode? Argument(DirectiveNode directive, string name) => directive.Arguments.FirstOrDefault(a => a.Name.Value == name)?.Value;

    private static string? String(DirectiveNode directive, string name) => Argument(directive, name) is StringValueNode s ? s.Value : null;

    /// <summary>Weights are strings in the cost specification (so that any decimal survives every client's JSON).</summary>
    private static double? Number(DirectiveNode directive, string name) =>
        String(directive, name) is { } text && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0 ? value : null;
}
