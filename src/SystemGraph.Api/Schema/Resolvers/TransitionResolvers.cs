using SystemGraph.Api.Reports;
using SystemGraph.Api.Schema.Loaders;
using SystemGraph.Graph.Store;
using SystemGraph.Graph.Traversals;
using SystemGraph.Graph.Transitions;
using SystemGraph.GraphQL.Execution;
using SystemGraph.GraphQL.Utilities;

namespace SystemGraph.Api.Schema.Resolvers;

/// <summary>
/// The transition planners' fields: <c>transitionReport</c>, <c>scenarioFindingDiff</c> and
/// <c>CcgTransition.findings</c>, thin calls into <see cref="TransitionChecker"/>. In a scenario (the
/// <c>scenario:</c> argument) the report reads the scenario's graph.
/// </summary>
internal static class TransitionResolvers
{
    public static void Register(SchemaBuilderOptions o)
    {
        o.AddResolver("Query.transitionReport", async ctx => await ReportAsync(ctx, ctx.Reader(), Request(ctx)).ConfigureAwait(false));
        o.AddResolver("Query.scenarioFindingDiff", async ctx =>
        {
            // The scenario: argument has already been entered (role checked, unknown id refused): Reader() is the scenario.
            var request = Request(ctx);
            var baseline = await ReportAsync(ctx, ctx.Store(), request).ConfigureAwait(false);
            var scenario = await ReportAsync(ctx, ctx.Reader(), request).ConfigureAwait(false);
            return TransitionFindingDiff.Between(baseline, scenario);
        });
        o.AddResolver("CcgTransition.findings", async ctx =>
        {
            var transition = (CcgTransition)ctx.Source!;
            var report = await ReportAsync(ctx, ctx.Reader(), new TransitionRequest(CcgId: transition.Ccg.Id, AsOf: AsOf(ctx))).ConfigureAwait(false);
            return report.Findings;
        });

        o.AddResolver("TransitionReport.total", ctx => ((TransitionReport)ctx.Source!).Findings.Count);
        o.AddResolver("TransitionReport.ccgs", ctx =>
        {
            var bodies = ((TransitionReport)ctx.Source!).Bodies;
            var (offset, limit) = ConnectionResolvers.Window(ctx, bodies.Count);
            return ConnectionResolvers.Connection(bodies.Skip(offset).Take(limit).ToList(), bodies.Count, offset);
        });
        o.AddResolver("TransitionFinding.id", ctx => ((TransitionFinding)ctx.Source!).Key);
        o.AddResolver("TransitionFinding.ccg", ctx => ((TransitionFinding)ctx.Source!).Body);
        o.AddResolver("FunctionTimeline.ccg", ctx => ((FunctionTimeline)ctx.Source!).Body);
        o.AddResolver("CeasingCcg.ccg", ctx => ((CeasingBody)ctx.Source!).Body);
    }

    private static TransitionRequest Request(IResolveFieldContext ctx) => new(ctx.Arg<string>("system"), ctx.Arg<string>("ccg"), AsOf(ctx));

    private static DateOnly? AsOf(IResolveFieldContext ctx)
    {
        var asOf = ctx.Date("asOf");
        return TransitionArguments.DateProblem(asOf) is { } problem ? throw ApiErrors.Invalid(problem) : asOf;
    }

    private static async Task<TransitionReport> ReportAsync(IResolveFieldContext ctx, IGraphReader reader, TransitionRequest request)
    {
        if (await TransitionArguments.IdProblemAsync(reader, request, ctx.CancellationToken).ConfigureAwait(false) is { } problem)
        {
            throw new GraphQL.Error.GraphQLException(GraphQL.Error.GraphQLError.WithCode(problem.Message, problem.Code));
        }

        return await TransitionChecker.CheckAsync(reader, request, ctx.CancellationToken).ConfigureAwait(false);
    }
}
