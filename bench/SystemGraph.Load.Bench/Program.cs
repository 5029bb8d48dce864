using SystemGraph.Load.Bench;

// Usage:
//   export --seed DIR [--ods DIR|none] --out FILE     the seeded graph (seed + reference data) as JSON
//   bare --urls URL --responses DIR                   POST /bare/{name} returns DIR/{name}.json as recorded
//   graphql-net --urls URL --schema SDL --queries DIR --responses DIR   GraphQL.NET serving the recorded answers
return args switch
{
    ["export", .. var rest] => await GraphExport.RunAsync(rest, CancellationToken.None),
    ["bare", .. var rest] => await BareEndpoint.RunAsync(rest),
    ["graphql-net", .. var rest] => await GraphQLNetPeer.RunAsync(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: export --seed DIR [--ods DIR|none] --out FILE | bare --urls URL --responses DIR | graphql-net --urls URL --schema SDL --queries DIR --responses DIR");
    return 2;
}
