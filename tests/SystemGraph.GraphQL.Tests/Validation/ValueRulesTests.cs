using static SystemGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace SystemGraph.GraphQL.Tests.Validation;

/// <summary>§5.6: values and input objects.</summary>
public sealed class ValueRulesTests
{
    [Fact]
    public void Values_valid_for_literals_of_the_right_types() =>
        ExpectValid("""{ arguments { intArgField(intArg: 1) floatArgField(floatArg: 1) booleanListArgField(booleanListArg: true) complexArgField(complexArg: { name: "Fido", nested: { name: "Rex" } }) } findDog(searchBy: { name: "Fido" }) { name } }""");

    [Fact]
    public void ValuesOfCorrectType_rejects_wrong_literals()
    {
        ExpectErrors("{ arguments { intArgField(intArg: \"3\") } }",
            Problem("Int cannot represent non-integer value: \"3\"", (1, 35)));
        ExpectErrors("{ dog { doesKnowCommand(dogCommand: JUMP) } }",
            Problem("Value \"JUMP\" does not exist in \"DogCommand\" enum.", (1, 37)));
        ExpectErrors("{ arguments { nonNullBooleanArgField(nonNullBooleanArg: null) } }",
            Problem("Expected value of type \"Boolean!\", found null.", (1, 57)));
    }

    [Fact]
    public void InputObjectFieldNames_rejects_unknown_fields() =>
        ExpectErrors("{ findDog(searchBy: { favoriteCookieFlavor: \"Bacon\" }) { name } }",
            Problem("Field \"favoriteCookieFlavor\" is not defined by type \"FindDogInput\".", (1, 23)));

    [Fact]
    public void A_list_literal_where_an_input_object_is_expected_is_one_error_and_its_items_are_not_checked() =>
        ExpectErrors("{ findDog(searchBy: [{ nope: 1 }]) { name } }",
            Problem("Expected value of type \"FindDogInput\", found [{nope: 1}].", (1, 21)));

    [Fact]
    public void InputObjectFieldUniqueness_rejects_repeated_fields() =>
        ExpectErrors("{ findDog(searchBy: { name: \"A\", name: \"B\" }) { name } }",
            Problem("There can be only one input field named \"name\".", (1, 23), (1, 34)));

    [Fact]
    public void InputObjectRequiredFields_rejects_missing_required_fields() =>
        ExpectErrors("{ arguments { complexArgField(complexArg: { owner: \"x\" }) } }",
            Problem("Field \"ComplexInput.name\" of required type \"String!\" was not provided.", (1, 43)));
}
