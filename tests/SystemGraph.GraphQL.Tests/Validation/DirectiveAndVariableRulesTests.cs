using static SystemGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace SystemGraph.GraphQL.Tests.Validation;

/// <summary>§5.7 and §5.8: directives and variables.</summary>
public sealed class DirectiveAndVariableRulesTests
{
    [Fact]
    public void Directives_valid_when_defined_placed_and_unique() =>
        ExpectValid("query($s: Boolean!) { dog @skip(if: $s) { name @onField @repeatableOnField @repeatableOnField } }");

    [Fact]
    public void DirectivesAreDefined_rejects_unknown_directives() =>
        ExpectErrors("{ dog { name @unknown } }",
            Problem("Unknown directive \"@unknown\".", (1, 14)));

    [Fact]
    public void DirectivesAreInValidLocations_rejects_misplaced_directives() =>
        ExpectErrors("query @onField { dog { name } }",
            Problem("Directive \"@onField\" may not be used on QUERY.", (1, 7)));

    [Fact]
    public void DirectivesAreUniquePerLocation_rejects_repeated_non_repeatable_directives() =>
        ExpectErrors("{ dog { name @onField @onField } }",
            Problem("The directive \"@onField\" can only be used once at this location.", (1, 14), (1, 23)));

    [Fact]
    public void VariableUniqueness_rejects_repeated_variables() =>
        ExpectErrors("query($a: Int, $a: Int) { arguments { intArgField(intArg: $a) } }",
            Problem("There can be only one variable named \"$a\".", (1, 8), (1, 17)));

    [Fact]
    public void Repeated_variables_are_checked_against_the_last_definition_as_graphql_js_does() =>
        ExpectErrors("query($a: Int, $a: Dog) { arguments { intArgField(intArg: $a) } }",
            Problem("There can be only one variable named \"$a\".", (1, 8), (1, 17)),
            Problem("Variable \"$a\" cannot be non-input type \"Dog\".", (1, 20)),
            Problem("Variable \"$a\" of type \"Dog\" used in position expecting type \"Int\".", (1, 16), (1, 59)));

    [Fact]
    public void VariablesAreInputTypes_rejects_output_types() =>
        ExpectErrors("query($dog: Dog) { dog { name } }",
            Problem("Variable \"$dog\" cannot be non-input type \"Dog\".", (1, 13)),
            Problem("Variable \"$dog\" is never used.", (1, 7)));

    [Fact]
    public void AllVariableUsesDefined_rejects_undefined_variables_also_in_fragments() =>
        ExpectErrors("query Q { arguments { ...F } } fragment F on Arguments { intArgField(intArg: $missing) }",
            Problem("Variable \"$missing\" is not defined by operation \"Q\".", (1, 78), (1, 1)));

    [Fact]
    public void AllVariablesUsed_rejects_unused_variables() =>
        ExpectErrors("query Q($unused: Int) { dog { name } }",
            Problem("Variable \"$unused\" is never used in operation \"Q\".", (1, 9)));

    [Fact]
    public void AllVariableUsagesAreAllowed_checks_nullability_and_types()
    {
        ExpectValid("query($b: Boolean = true) { arguments { nonNullBooleanArgField(nonNullBooleanArg: $b) } }");
        ExpectErrors("query($b: Boolean) { arguments { nonNullBooleanArgField(nonNullBooleanArg: $b) } }",
            Problem("Variable \"$b\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 7), (1, 76)));
        ExpectErrors("query($i: Int) { arguments { booleanArgField(booleanArg: $i) } }",
            Problem("Variable \"$i\" of type \"Int\" used in position expecting type \"Boolean\".", (1, 7), (1, 58)));
    }

    [Fact]
    public void Validation_stops_at_the_error_cap()
    {
        var fields = string.Join(' ', Enumerable.Range(0, 150).Select(i => $"f{i}"));
        var errors = SystemGraph.GraphQL.Validation.DocumentValidator.Validate(Schema, SystemGraph.GraphQL.Language.Parser.Parse($"{{ dog {{ {fields} }} }}"));

        Assert.Equal(101, errors.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[^1].Message);
    }
}
