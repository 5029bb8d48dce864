using static SystemGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace SystemGraph.GraphQL.Tests.Validation;

/// <summary>§5.5: fragment declarations and spreads.</summary>
public sealed class FragmentRulesTests
{
    [Fact]
    public void Fragments_valid_when_defined_used_possible_and_acyclic() =>
        ExpectValid("{ pet { ...PetName ... on Dog { ...DogName } } } fragment PetName on Pet { name } fragment DogName on Dog { nickname }");

    [Fact]
    public void FragmentNameUniqueness_rejects_repeated_names() =>
        ExpectErrors("{ dog { ...F } } fragment F on Dog { name } fragment F on Dog { nickname }",
            Problem("There can be only one fragment named \"F\".", (1, 27), (1, 54)));

    [Fact]
    public void FragmentSpreadTypeExistence_rejects_unknown_types() =>
        ExpectErrors("{ dog { ... on Xyzzy { name } } }",
            Problem("Unknown type \"Xyzzy\".", (1, 16)));

    [Fact]
    public void FragmentsOnCompositeTypes_rejects_leaf_conditions() =>
        ExpectErrors("{ dog { ...F } } fragment F on Boolean { name }",
            Problem("Fragment \"F\" cannot condition on non composite type \"Boolean\".", (1, 32)));

    [Fact]
    public void FragmentsMustBeUsed_rejects_unused_fragments() =>
        ExpectErrors("{ dog { name } } fragment Unused on Dog { name }",
            Problem("Fragment \"Unused\" is never used.", (1, 18)));

    [Fact]
    public void FragmentSpreadTargetDefined_rejects_unknown_fragments() =>
        ExpectErrors("{ dog { ...Missing } }",
            Problem("Unknown fragment \"Missing\".", (1, 12)));

    [Fact]
    public void FragmentSpreadsMustNotFormCycles_rejects_direct_and_indirect_cycles()
    {
        ExpectErrors("{ dog { ...A } } fragment A on Dog { ...A }",
            Problem("Cannot spread fragment \"A\" within itself.", (1, 38)));
        ExpectErrors("{ dog { ...A } } fragment A on Dog { ...B } fragment B on Dog { ...A }",
            Problem("Cannot spread fragment \"A\" within itself via \"B\".", (1, 38), (1, 65)));
    }

    [Fact]
    public void FragmentSpreadIsPossible_rejects_impossible_spreads()
    {
        ExpectErrors("{ dog { ...CatFields } } fragment CatFields on Cat { meowVolume }",
            Problem("Fragment \"CatFields\" cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".", (1, 9)));
        ExpectErrors("{ dog { ... on Cat { meowVolume } } }",
            Problem("Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".", (1, 9)));
    }

    [Fact]
    public void Spreads_of_a_repeated_fragment_name_resolve_to_the_last_definition_as_graphql_js_does() =>
        ExpectErrors("{ dog { ...F } } fragment F on Dog { name } fragment F on Cat { meowVolume }",
            Problem("Fragment \"F\" cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".", (1, 9)),
            Problem("There can be only one fragment named \"F\".", (1, 27), (1, 54)));
}
