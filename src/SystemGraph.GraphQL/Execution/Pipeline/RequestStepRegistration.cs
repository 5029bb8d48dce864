namespace SystemGraph.GraphQL.Execution.Pipeline;

/// <summary>A host's step and where it runs; steps of one stage run in the order they were registered.</summary>
public sealed record RequestStepRegistration(RequestStage Stage, IRequestStep Step);
