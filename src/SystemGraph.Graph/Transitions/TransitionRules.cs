using SystemGraph.Graph.Transitions.Rules;

namespace SystemGraph.Graph.Transitions;

/// <summary>Every transition rule, in the order a planner reads the problems: the one list.</summary>
public static class TransitionRules
{
    public static IReadOnlyList<TransitionRule> All { get; } =
    [
        new FunctionUnmappedRule(),
        new HolderGapRule(),
        new DestinationNotYetEstablishedRule(),
        new ConflictingDestinationsRule(),
        new ProposalOnlyRule(),
        new InferredOnlyRule(),
        new AccountabilityBreakRule(),
    ];
}
