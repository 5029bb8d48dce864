using static SystemGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace SystemGraph.GraphQL.Tests.Validation;

/// <summary>§5.1 and §5.2: executable definitions and operations.</summary>
public sealed class OperationRulesTests
{
    [Fact]
    public void ExecutableDefinitions_valid_with_operations_and_fragments() =>
        ExpectValid("query Q { dog { ...F } } fragment F on Dog { name }");

    [Fact]
    public void ExecutableDefinitions_reject_type_system_definitions() =>
        ExpectErrors("{ dog { name } } type Cow { name: String } extend type Dog { color: String }",
            Problem("The \"Cow\" definition is not executable.", (1, 18)),
            Problem("The \"Dog\" definition is not executable.", (1, 44)));

    [Fact]
    public void OperationNameUniqueness_valid_with_distinct_names() =>
        ExpectValid("query A { dog { name } } query B { dog { name } }");

    [Fact]
    public void OperationNameUniqueness_rejects_repeated_names_across_operation_types() =>
        ExpectErrors("query A { dog { name } } mutation A { mutateDog { name } }",
            Problem("There can be only one operation named \"A\".", (1, 7), (1, 35)));

    [Fact]
    public void LoneAnonymousOperation_valid_alone() => ExpectValid("{ dog { name } }");

    [Fact]
    public void LoneAnonymousOperation_rejects_anonymous_with_others() =>
        ExpectErrors("{ dog { name } } query B { dog { name } }",
            Problem("This anonymous operation must be the only defined operation.", (1, 1)));

    [Fact]
    public void SingleRootField_valid_with_one_field_through_fragments() =>
        ExpectValid("subscription S { ...F } fragment F on Subscription { newMessage { body } }");

    [Fact]
    public void SingleRootField_collects_fields_as_execution_would_skipping_literal_skip_include_and_inapplicable_fragments()
    {
        ExpectValid("subscription S { newMessage { body } disallowedSecondRootField @skip(if: true) }");
        ExpectValid("subscription S { newMessage { body } ... @include(if: false) { disallowedSecondRootField } }");
        ExpectValid("subscription S { newMessage { body } ...F @skip(if: true) } fragment F on Subscription { disallowedSecondRootField }");
        ExpectErrors("subscription { newMessage @include(if: true) @include(if: false) { body } disallowedSecondRootField }",
            Problem("Anonymous Subscription must select only one top level field.", (1, 75)),
            Problem("The directive \"@include\" can only be used once at this location.", (1, 27), (1, 46)));
        ExpectErrors("subscription S { newMessage { body } ... on Subscription { disallowedSecondRootField } }",
            Problem("Subscription \"S\" must select only one top level field.", (1, 60)));
        ExpectErrors("subscription S { newMessage { body } ... on Dog { name } }",
            Problem("Fragment cannot be spread here as objects of type \"Subscription\" can never be of type \"Dog\".", (1, 38)));
    }

    [Fact]
    public void SingleRootField_reports_an_introspection_field_once_per_response_key() =>
        ExpectErrors("subscription S { __typename a: __typename }",
            Problem("Subscription \"S\" must select only one top level field.", (1, 29)),
            Problem("Subscription \"S\" must not select an introspection top level field.", (1, 18)),
            Problem("Subscription \"S\" must not select an introspection top level field.", (1, 29)));

    [Fact]
    public void SingleRootField_rejects_two_root_fields_and_introspection()
    {
        ExpectErrors("subscription S { newMessage { body } disallowedSecondRootField }",
            Problem("Subscription \"S\" must select only one top level field.", (1, 38)));
        ExpectErrors("subscription { __typename }",
            Problem("Anonymous Subscription must not select an introspection top level field.", (1, 16)));
    }
}
