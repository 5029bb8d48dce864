namespace SystemGraph.GraphQL.Types;

/// <summary>Where a directive may appear (§3.13 DirectiveLocations; §4.2.6 __DirectiveLocation).</summary>
public enum DirectiveLocation
{
    Query,
    Mutation,
    Subscription,
    Field,
    FragmentDefinition,
    FragmentSpread,
    InlineFragment,
    VariableDefinition,
    Schema,
    Scalar,
    Object,
    FieldDefinition,
    ArgumentDefinition,
    Interface,
    Union,
    Enum,
    EnumValue,
    InputObject,
    InputFieldDefinition,
}

/// <summary>Conversions between <see cref="DirectiveLocation"/> and the spec's names (e.g. FIELD_DEFINITION).</summary>
public static class DirectiveLocationExtensions
{
    /// <summary>The spec name, e.g. <c>INLINE_FRAGMENT</c>.</summary>
    public static string ToSpecName(this DirectiveLocation location) =>
        Language.DirectiveLocationNames.All[(int)location];

    /// <summary>Parses a spec name; null when it is not a location.</summary>
    public static DirectiveLocation? FromSpecName(string name)
    {
        var index = Language.DirectiveLocationNames.All.ToList().IndexOf(name);
        return index < 0 ? null : (DirectiveLocation)index;
    }
}
