using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Types;

/// <summary>
/// Scalar type (§3.5): a leaf value with result coercion (<see cref="Serialize"/>) and input coercion
/// (<see cref="ParseValue"/> for variable values, <see cref="ParseLiteral"/> for literals). Throw
/// <see cref="GraphQLException"/> to reject a value. The base class passes values through unchanged,
/// as graphql-js does for custom scalars without an implementation.
/// </summary>
public class ScalarType : NamedType
{
    public ScalarType(string name, string? description = null, string? specifiedByUrl = null)
        : base(name, description)
    {
        SpecifiedByUrl = specifiedByUrl;
    }

    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>A URL for the scalar's specification (@specifiedBy), or null.</summary>
    public string? SpecifiedByUrl { get; set; }

    /// <summary>Result coercion: an internal value to a serialisable one. Returns null only for null.</summary>
    public virtual object? Serialize(object? value) => value;

    /// <summary>Input coercion of a variable value (from JSON).</summary>
    public virtual object? ParseValue(object? value) => value;

    /// <summary>Input coercion of a literal in a document; variables are already known.</summary>
    public virtual object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) =>
        Utilities.ValueFromAst.Untyped(valueNode, variables);

    /// <summary>Helper for subclasses: a coercion error with the literal's location.</summary>
    protected static GraphQLException LiteralError(string message, ValueNode node) =>
        new(new GraphQLError(message).WithNodes([node]));
}
