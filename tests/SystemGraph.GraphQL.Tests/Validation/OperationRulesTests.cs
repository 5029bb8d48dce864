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
    public void SingleRootField_rejects_two_root_fields_and_introspection()
    {
        ExpectErrors("subscription S { newMessage { body } disallowedSecondRootField }",
            Problem("Subscription \"S\" must select only one top level field.", (1, 38)));
        ExpectErrors("subscription { __typename }",
            Problem("Anonymous Subscription must not select an introspection top level field.", (1, 16)));
    }
}
