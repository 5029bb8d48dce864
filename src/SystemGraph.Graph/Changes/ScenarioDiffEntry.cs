namespace SystemGraph.Graph.Changes;

/// <summary>
/// One record a scenario changes, compared with the baseline as it stands now. <see cref="Conflict"/> says the
/// baseline record moved since the scenario first changed it (promoting would refuse until that is resolved).
/// </summary>
/// <param name="BaseVersion">The baseline version the scenario started from (0 when the record did not exist).</param>
/// <param name="BaselineVersion">The baseline version now (0 when the record does not exist in the baseline).</param>
public sealed record ScenarioDiffEntry(
    ChangeTarget Target,
    string TargetId,
    ChangeKind Kind,
    IReadOnlyList<FieldChange> Fields,
    long BaseVersion,
    long BaselineVersion,
    string? Conflict);
