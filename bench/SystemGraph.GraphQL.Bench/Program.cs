using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using SystemGraph.GraphQL.Bench;

// --print-sdl: the API schema's SDL and the two documents as JSON, for bench.mjs. Otherwise: BenchmarkDotNet.
if (args.Contains("--print-inputs"))
{
    Console.Out.Write(System.Text.Json.JsonSerializer.Serialize(new
    {
        sdl = SystemGraph.Api.Schema.SystemGraphSchema.Sdl,
        introspection = Documents.Introspection,
        sixLevel = Documents.SixLevel,
    }));
    return;
}

BenchmarkRunner.Run<ParseValidateBenchmarks>(DefaultConfig.Instance.AddJob(Job.ShortRun), args);
