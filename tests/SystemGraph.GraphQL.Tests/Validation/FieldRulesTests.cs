using static SystemGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace SystemGraph.GraphQL.Tests.Validation;

/// <summary>§5.3: field selections, merging and leaf selections.</summary>
public sealed class FieldRulesTests
{
    [Fact]
    public void FieldSelections_valid_on_objects_interfaces_and_typename() =>
        ExpectValid("{ dog { name __typename } pet { name ... on Dog { barkVolume } } catOrDog { __typename ... on Cat { meowVolume } } }");

    [Fact]
    public void FieldSelections_rejects_unknown_fields_with_suggestions()
    {
        ExpectErrors("{ dog { meowVolume } }",
            Problem("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (1, 9)));
        ExpectErrors("{ pet { barkVolume } }",
            Problem("Cannot query field \"barkVolume\" on type \"Pet\". Did you mean to use an inline fragment on \"Dog\"?", (1, 9)));
        ExpectErrors("{ catOrDog { name } }",
            Problem("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Cat\", or \"Dog\"?", (1, 14)));
    }

    [Fact]
    public void LeafFieldSelections_valid() => ExpectValid("{ dog { barkVolume owner { name } } }");

    [Fact]
    public void LeafFieldSelections_rejects_selections_on_leaves_and_missing_selections_on_objects()
    {
        ExpectErrors("{ dog { barkVolume { sinceWhen } } }",
            Problem("Field \"barkVolume\" must not have a selection since type \"Int\" has no subfields.", (1, 20)));
        ExpectErrors("{ human }",
            Problem("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", (1, 3)));
    }

    [Fact]
    public void FieldSelectionMerging_valid_for_identical_fields_aliases_and_exclusive_types()
    {
        ExpectValid("{ dog { name name otherName: name doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) } }");
        ExpectValid("{ pet { ... on Dog { volume: barkVolume } ... on Cat { volume: meowVolume } } }");
    }

    [Fact]
    public void FieldSelectionMerging_rejects_different_fields_and_arguments()
    {
        ExpectErrors("{ dog { name: nickname name } }",
            Problem("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 9), (1, 24)));
        ExpectErrors("{ dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) } }",
            Problem("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (1, 9), (1, 42)));
    }

    [Fact]
    public void FieldSelectionMerging_rejects_conflicting_shapes_and_subfields_through_fragments()
    {
        ExpectErrors("{ catOrDog { ... on Dog { someValue: barkVolume } ... on Cat { someValue: nickname } } }",
            Problem("Fields \"someValue\" conflict because they return conflicting types \"Int\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", (1, 27), (1, 64)));
        ExpectErrors("{ dog { owner { name } ...F } } fragment F on Dog { owner { name: __typename } }",
            Problem("Fields \"owner\" conflict because subfields \"name\" conflict because \"name\" and \"__typename\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 9), (1, 17), (1, 53), (1, 61)));
    }
}
