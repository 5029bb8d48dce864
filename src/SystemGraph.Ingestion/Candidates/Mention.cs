namespace SystemGraph.Ingestion.Candidates;

/// <summary>Where a passage names an entity: the characters, as written, and the candidate they name.</summary>
internal sealed record Mention(int Start, int End, string Text, EntityCandidate Entity);
