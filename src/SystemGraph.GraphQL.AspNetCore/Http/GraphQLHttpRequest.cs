using System.Text.Json;

namespace SystemGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// The GraphQL-over-HTTP request parameters (query, operationName, variables, extensions), as read from a
/// GET query string or a POST JSON body. Variables and extensions stay JSON until the engine coerces them.
/// </summary>
public sealed record GraphQLHttpRequest(
    string? Query,
    string? OperationName,
    JsonElement? Variables,
    JsonElement? Extensions,
    bool IsGet);
