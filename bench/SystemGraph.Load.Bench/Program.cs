using SystemGraph.Load.Bench;

// Usage:
//   export --seed DIR [--ods DIR|none] --out FILE     the seeded graph (seed + reference data) as JSON
//   bare --urls URL --responses DIR                   POST /bare/{name} returns DIR/{name}.json as recorded
//   otlp-sink --urls URL                              accepts OTLP/HTTP exports (a collector stub for telemetry.mjs)
return args switch
{
    ["export", .. var rest] => await GraphExport.RunAsync(rest, CancellationToken.None),
    ["bare", .. var rest] => await BareEndpoint.RunAsync(rest),
    ["otlp-sink", .. var rest] => await OtlpSink.RunAsync(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: export --seed DIR [--ods DIR|none] --out FILE | bare --urls URL --responses DIR | otlp-sink --urls URL");
    return 2;
}
