namespace SystemGraph.GraphQL.Language;

/// <summary>The names of ExecutableDirectiveLocation and TypeSystemDirectiveLocation (§3.13).</summary>
public static class DirectiveLocationNames
{
    /// <summary>Every location, executable ones first, in the spec's order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT", "VARIABLE_DEFINITION",
        "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE", "UNION", "ENUM", "ENUM_VALUE",
        "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
    ];

    private static readonly HashSet<string> Names = new(All, StringComparer.Ordinal);

    public static bool IsValid(string name) => Names.Contains(name);
}
