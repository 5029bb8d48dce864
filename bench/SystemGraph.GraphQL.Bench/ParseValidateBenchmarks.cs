using BenchmarkDotNet.Attributes;
using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;
using SystemGraph.GraphQL.Utilities;
using SystemGraph.GraphQL.Validation;

namespace SystemGraph.GraphQL.Bench;

/// <summary>Parse + validate per document on the API's served schema, with allocations.</summary>
[MemoryDiagnoser]
public class ParseValidateBenchmarks
{
    private GraphQLSchema schema = null!;

    [GlobalSetup]
    public void Setup() => schema = SchemaBuilder.BuildFromSdl(SystemGraph.Api.Schema.SystemGraphSchema.Sdl);

    [Benchmark]
    public int IntrospectionQuery() => DocumentValidator.Validate(schema, Parser.Parse(Documents.Introspection)).Count;

    [Benchmark]
    public int SixLevelQuery() => DocumentValidator.Validate(schema, Parser.Parse(Documents.SixLevel)).Count;
}
