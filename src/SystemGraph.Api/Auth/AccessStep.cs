using System.Security.Claims;
using Microsoft.Extensions.Options;
using SystemGraph.GraphQL.AspNetCore.Http;
using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Execution;
using SystemGraph.GraphQL.Execution.Pipeline;

namespace SystemGraph.Api.Auth;

/// <summary>
/// The pipeline's access step (<see cref="RequestStage.BeforeDocument"/>, first): refuses a caller
/// <see cref="AccessRules"/> turns away before anything reads the document. The refusal is a GraphQL error with
/// <c>extensions.code</c> AUTH_NOT_AUTHENTICATED / AUTH_NOT_AUTHORIZED and no data, which the transport answers
/// with 401 / 403 (GraphQL over HTTP).
/// </summary>
internal sealed class AccessStep(IOptions<AuthOptions> options) : IRequestStep
{
    public ValueTask InvokeAsync(RequestContext context, RequestStepDelegate next)
    {
        var presented = context.Features.Get<GraphQLHttpFeature>()?.PresentedCredentials ?? false;
        if (AccessRules.Refusal(context.Features.Get<ClaimsPrincipal>(), presented, options.Value) is { } refusal)
        {
            context.Result = ExecutionResult.FromError(GraphQLError.WithCode(refusal.Message, refusal.Code));
            return ValueTask.CompletedTask;
        }

        return next(context);
    }
}
