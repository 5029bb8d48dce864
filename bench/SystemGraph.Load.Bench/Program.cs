using SystemGraph.Load.Bench;

// Usage:
//   export --seed DIR [--ods DIR|none] --out FILE     the seeded graph (seed + reference data) as JSON
//   bare --urls URL --responses DIR                   POST /bare/{name} returns DIR/{name}.json as recorded
return args switch
{
    ["export", .. var rest] => await GraphExport.RunAsync(rest, CancellationToken.None),
    ["bare", .. var rest] => await BareEndpoint.RunAsync(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: export --seed DIR [--ods DIR|none] --out FILE | bare --urls URL --responses DIR");
    return 2;
}
