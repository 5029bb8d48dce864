namespace SystemGraph.GraphQL.Bench;

/// <summary>The documents both engines parse and validate (bench.mjs holds the same text).</summary>
public static class Documents
{
    public static string Introspection => SystemGraph.GraphQL.Introspection.IntrospectionQuery.Text;

    /// <summary>A six-level query on the API schema: chain → paths → steps → relationship → sources → document.</summary>
    public const string SixLevel = """
        query Chain($from: ID!) {
          accountabilityChain(from: $from, maxDepth: 6) {
            truncated
            apexes { id name }
            paths {
              length
              steps {
                from { id name kind }
                relationship { id type status statusNote validFrom sources { section quote document { id file } } }
                to { id name ... on Board { boardType isLegalEntity } ... on Organisation { organisationType odsCode } }
              }
            }
          }
        }
        """;
}
