using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;
using SystemGraph.GraphQL.Utilities;
using SystemGraph.GraphQL.Validation;

namespace SystemGraph.GraphQL.Tests.Validation;

/// <summary>
/// The validation test harness on the example schema of the specification's Validation section (Dog, Cat,
/// Human, Pet, CatOrDog ...), shared with the conformance harness. Each rule test is a few lines: ExpectValid or ExpectErrors with
/// the exact message and the line/column of every location.
/// </summary>
public static class ValidationHarness
{
    /// <summary>The schema in SDL: the same file the graphql-js differential harness uses (tests/conformance/schemas).</summary>
    public static string Sdl { get; } = File.ReadAllText(Path.Combine(SystemGraph.TestSupport.RepositoryPaths.Root, "tests", "conformance", "schemas", "validation-example.graphql"));

    public static GraphQLSchema Schema { get; } = SchemaBuilder.BuildFromSdl(Sdl);

    public static void ExpectValid(string document) =>
        Assert.Empty(DocumentValidator.Validate(Schema, Parser.Parse(document)).Select(e => e.Message));

    /// <summary>Every error: exact message and (line, column) of each location, in the order reported.</summary>
    public static void ExpectErrors(string document, params (string Message, (int Line, int Column)[] Locations)[] expected)
    {
        var errors = DocumentValidator.Validate(Schema, Parser.Parse(document));
        var actual = errors.Select(e => (e.Message, Locations: (e.Locations ?? []).Select(l => (l.Line, l.Column)).ToArray())).ToList();
        Assert.Equal(expected.Select(e => e.Message), actual.Select(a => a.Message));
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].Locations, actual[i].Locations);
        }

        Assert.All(errors, e =>
        {
            Assert.Equal("GRAPHQL_VALIDATION_FAILED", e.Extensions!["code"]);
            Assert.StartsWith("https://spec.graphql.org/October2021/#sec-", (string)e.Extensions["specifiedBy"]!, StringComparison.Ordinal);
        });
    }

    public static (string, (int, int)[]) Problem(string message, params (int, int)[] locations) => (message, locations);
}
