using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using SystemGraph.GraphQL.Bench;

// --print-sdl: the API schema's SDL and the two documents as JSON, for bench.mjs.
// --cost-correlation ROOT [--out FILE]: estimated cost against measured CPU per request over the query corpus.
// Otherwise: BenchmarkDotNet.
if (args is ["--cost-correlation", var root, .. var rest])
{
    return await CostCorrelation.RunAsync(Path.GetFullPath(root), rest is ["--out", var file] ? file : null);
}

if (args.Contains("--print-inputs"))
{
    Console.Out.Write(System.Text.Json.JsonSerializer.Serialize(new
    {
        sdl = SystemGraph.Api.Schema.SystemGraphSchema.Sdl,
        introspection = Documents.Introspection,
        sixLevel = Documents.SixLevel,
    }));
    return 0;
}

BenchmarkRunner.Run<ParseValidateBenchmarks>(DefaultConfig.Instance.AddJob(Job.ShortRun), args);
return 0;
