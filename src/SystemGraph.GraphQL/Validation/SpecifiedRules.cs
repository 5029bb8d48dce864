using SystemGraph.GraphQL.Validation.Rules;

namespace SystemGraph.GraphQL.Validation;

/// <summary>Every rule of §5 Validation, in the order of the specification's sections. The one list.</summary>
public static class SpecifiedRules
{
    public static IReadOnlyList<Func<ValidationContext, ValidationRule>> All { get; } =
    [
        c => new ExecutableDefinitionsRule(c),                 // 5.1.1
        c => new OperationNameUniquenessRule(c),               // 5.2.1.1
        c => new LoneAnonymousOperationRule(c),                // 5.2.2.1
        c => new SingleRootFieldRule(c),                       // 5.2.3.1
        c => new FieldSelectionsRule(c),                       // 5.3.1
        c => new FieldSelectionMergingRule(c),                 // 5.3.2
        c => new LeafFieldSelectionsRule(c),                   // 5.3.3
        c => new ArgumentNamesRule(c),                         // 5.4.1
        c => new ArgumentUniquenessRule(c),                    // 5.4.2
        c => new RequiredArgumentsRule(c),                     // 5.4.2.1
        c => new FragmentNameUniquenessRule(c),                // 5.5.1.1
        c => new FragmentSpreadTypeExistenceRule(c),           // 5.5.1.2
        c => new FragmentsOnCompositeTypesRule(c),             // 5.5.1.3
        c => new FragmentsMustBeUsedRule(c),                   // 5.5.1.4
        c => new FragmentSpreadTargetDefinedRule(c),           // 5.5.2.1
        c => new FragmentSpreadsMustNotFormCyclesRule(c),      // 5.5.2.2
        c => new FragmentSpreadIsPossibleRule(c),              // 5.5.2.3
        c => new ValuesOfCorrectTypeRule(c),                   // 5.6.1
        c => new InputObjectFieldNamesRule(c),                 // 5.6.2
        c => new InputObjectFieldUniquenessRule(c),            // 5.6.3
        c => new InputObjectRequiredFieldsRule(c),             // 5.6.4
        c => new DirectivesAreDefinedRule(c),                  // 5.7.1
        c => new DirectivesAreInValidLocationsRule(c),         // 5.7.2
        c => new DirectivesAreUniquePerLocationRule(c),        // 5.7.3
        c => new VariableUniquenessRule(c),                    // 5.8.1
        c => new VariablesAreInputTypesRule(c),                // 5.8.2
        c => new AllVariableUsesDefinedRule(c),                // 5.8.3
        c => new AllVariablesUsedRule(c),                      // 5.8.4
        c => new AllVariableUsagesAreAllowedRule(c),           // 5.8.5
    ];
}
