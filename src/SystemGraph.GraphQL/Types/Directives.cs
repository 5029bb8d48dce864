namespace SystemGraph.GraphQL.Types;

/// <summary>The built-in directives of §3.13: @skip, @include, @deprecated and @specifiedBy.</summary>
public static class Directives
{
    /// <summary>The reason used by @deprecated when none is given.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    /// <summary>@include(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT (§3.13.2).</summary>
    public static DirectiveDefinition Include { get; } =
        new DirectiveDefinition("include", [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
            "Directs the executor to include this field or fragment only when the `if` argument is true.")
            .AddArgument(new InputValueDefinition("if", new NonNullType(Scalars.Boolean), "Included when true."));

    /// <summary>@skip(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT (§3.13.1).</summary>
    public static DirectiveDefinition Skip { get; } =
        new DirectiveDefinition("skip", [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
            "Directs the executor to skip this field or fragment when the `if` argument is true.")
            .AddArgument(new InputValueDefinition("if", new NonNullType(Scalars.Boolean), "Skipped when true."));

    /// <summary>@deprecated(reason: String = "No longer supported") (§3.13.3).</summary>
    public static DirectiveDefinition Deprecated { get; } =
        new DirectiveDefinition("deprecated",
            [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue],
            "Marks an element of a GraphQL schema as no longer supported.")
            .AddArgument(new InputValueDefinition("reason", Scalars.String,
                "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).")
            { DefaultValue = DefaultDeprecationReason });

    /// <summary>@specifiedBy(url: String!) on SCALAR (§3.13.4).</summary>
    public static DirectiveDefinition SpecifiedBy { get; } =
        new DirectiveDefinition("specifiedBy", [DirectiveLocation.Scalar], "Exposes a URL that specifies the behavior of this scalar.")
            .AddArgument(new InputValueDefinition("url", new NonNullType(Scalars.String), "The URL that specifies the behavior of this scalar."));

    /// <summary>@oneOf on INPUT_OBJECT: exactly one field must be supplied (graphql-js 16.9+; a post-2021 draft).</summary>
    public static DirectiveDefinition OneOf { get; } =
        new("oneOf", [DirectiveLocation.InputObject], "Indicates exactly one field must be supplied and this field must not be `null`.");

    /// <summary>Every built-in directive, in graphql-js's order.</summary>
    public static IReadOnlyList<DirectiveDefinition> Specified { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    /// <summary>True for a built-in directive (compared by name).</summary>
    public static bool IsSpecified(DirectiveDefinition directive) => Specified.Any(d => d.Name == directive?.Name);
}
