using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;

namespace SystemGraph.Api.Schema.Writes;

/// <summary>
/// The typed errors of the mutation payloads (Hot Chocolate's mutation conventions: each implements the <c>Error</c>
/// interface and is a member of its mutation's error union). They are the expected refusals of a write; anything
/// unexpected is a top-level GraphQL error instead.
/// </summary>
internal abstract record PayloadError(string Message)
{
    /// <summary>The GraphQL object type of this error.</summary>
    public string TypeName => GetType().Name;
}

internal sealed record ValidationError(string Message, string? Field = null) : PayloadError(Message);

internal sealed record RuleViolationError(string Message, RelationshipType? RelationshipType) : PayloadError(Message);

internal sealed record VersionConflictError(string Message, string Id, long? ExpectedVersion, long? ActualVersion) : PayloadError(Message);

internal sealed record NotFoundError(string Message, string Id) : PayloadError(Message);

internal sealed record DuplicateError(string Message, string Id) : PayloadError(Message);

/// <summary>A paper that cannot be read (ingestDocument), with the reader's stable code.</summary>
internal sealed record DocumentReadError(string Message, string Code) : PayloadError(Message);

internal sealed record PromoteConflictError(string Message, string Id, long BaseVersion, long BaselineVersion) : PayloadError(Message);

/// <summary>Maps the store's refusals to the payload error types.</summary>
internal static class PayloadErrors
{
    /// <summary>The payload error for a store refusal; <paramref name="batch"/> says which write each refers to.</summary>
    public static PayloadError From(WriteError error, GraphWriteBatch batch)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(batch);
        var write = error.Index >= 0 && error.Index < batch.Writes.Count ? batch.Writes[error.Index] : null;
        var id = error.Id ?? write?.RecordId ?? string.Empty;
        return error.Code switch
        {
            "NOT_FOUND" => new NotFoundError(error.Message, id),
            "DUPLICATE" => new DuplicateError(error.Message, id),
            "CONFLICT" => new VersionConflictError(error.Message, id, error.Expected, error.Actual),
            "PROMOTE_CONFLICT" => new PromoteConflictError(error.Message, id, error.Expected ?? 0, error.Actual ?? 0),
            "RULE_VIOLATION" => new RuleViolationError(error.Message, (write as GraphWrite.AddRelationship)?.Relationship.Type),
            _ => new ValidationError(error.Message),
        };
    }

    /// <summary>The error interface and union names the payload errors resolve through.</summary>
    public static readonly string[] AbstractTypes =
    [
        "Error", "CreateEntityError", "UpdateEntityError", "LinkEntitiesError", "EndRelationshipError", "ChangeRelationshipStatusError",
        "ProposeFunctionTransferError", "OpenScenarioError", "PromoteScenarioError", "DiscardScenarioError", "IngestDocumentError",
    ];
}
