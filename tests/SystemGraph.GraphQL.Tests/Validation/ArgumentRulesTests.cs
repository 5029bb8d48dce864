using static SystemGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace SystemGraph.GraphQL.Tests.Validation;

/// <summary>§5.4: argument names, uniqueness, required arguments.</summary>
public sealed class ArgumentRulesTests
{
    [Fact]
    public void ArgumentNames_valid_on_fields_and_directives() =>
        ExpectValid("{ dog { doesKnowCommand(dogCommand: SIT) @include(if: true) } }");

    [Fact]
    public void ArgumentNames_rejects_unknown_arguments()
    {
        ExpectErrors("{ dog { doesKnowCommand(command: CLEAN_UP_HOUSE, dogCommand: SIT) } }",
            Problem("Unknown argument \"command\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", (1, 25)));
        ExpectErrors("{ dog { name @include(iff: true) } }",
            Problem("Unknown argument \"iff\" on directive \"@include\". Did you mean \"if\"?", (1, 23)),
            Problem("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (1, 14)));
    }

    [Fact]
    public void ArgumentUniqueness_rejects_repeated_arguments() =>
        ExpectErrors("{ arguments { booleanArgField(booleanArg: true, booleanArg: false) } }",
            Problem("There can be only one argument named \"booleanArg\".", (1, 31), (1, 49)));

    [Fact]
    public void RequiredArguments_valid_when_given_or_defaulted() =>
        ExpectValid("{ arguments { multipleRequirements(x: 1, y: 2) optionalNonNullBooleanArgField } }");

    [Fact]
    public void RequiredArguments_rejects_missing_non_null_arguments() =>
        ExpectErrors("{ arguments { multipleRequirements(x: 1) } }",
            Problem("Field \"multipleRequirements\" argument \"y\" of type \"Int!\" is required, but it was not provided.", (1, 15)));
}
