using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Transitions;

/// <summary>A line that puts a function with a body (HELD_BY, or TRANSFERS_TO from its date), with that body.</summary>
public sealed record FunctionLine(Relationship Line, Entity Body);

/// <summary>
/// A period in which nobody holds the function: from the day after <see cref="Before"/> ends to the day before
/// <see cref="After"/> starts (null: no later holder). The bounding lines and bodies are the evidence.
/// </summary>
public sealed record HolderGapSpan(DateOnly From, DateOnly? To, FunctionLine? Before, FunctionLine? After);

/// <summary>
/// Everything the rules read about one function: its holders and transfers (with the bodies at their ends), its
/// timeline and gaps (<see cref="HolderTimeline"/>), the ceasing body in scope it belongs to, and the evidence
/// loaded for the whole report (successions, accountability reach).
/// </summary>
public sealed record FunctionCase(
    Entity Function,
    Entity? Body,
    IReadOnlyList<FunctionLine> Holdings,
    IReadOnlyList<FunctionLine> Transfers,
    IReadOnlyList<HolderPeriod> Timeline,
    IReadOnlyList<HolderGapSpan> Gaps,
    TransitionEvidence Evidence);
