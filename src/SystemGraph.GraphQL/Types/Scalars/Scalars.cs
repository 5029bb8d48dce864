namespace SystemGraph.GraphQL.Types;

/// <summary>The five built-in scalars of §3.5 (Int, Float, String, Boolean, ID).</summary>
public static class Scalars
{
    public static ScalarType Int { get; } = new IntScalar();

    public static ScalarType Float { get; } = new FloatScalar();

    public static ScalarType String { get; } = new StringScalar();

    public static ScalarType Boolean { get; } = new BooleanScalar();

    public static ScalarType ID { get; } = new IdScalar();

    /// <summary>All specified scalars, in graphql-js's order.</summary>
    public static IReadOnlyList<ScalarType> All { get; } = [String, Int, Float, Boolean, ID];

    /// <summary>True for the specified scalars (compared by name, as graphql-js does).</summary>
    public static bool IsSpecified(NamedType type) => type is ScalarType && All.Any(s => s.Name == type.Name);

    /// <summary>Finds a built-in scalar by name.</summary>
    public static ScalarType? ByName(string name) => All.FirstOrDefault(s => s.Name == name);
}
