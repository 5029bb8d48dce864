using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;
using SystemGraph.GraphQL.Utilities;
using SystemGraph.GraphQL.Validation;

namespace SystemGraph.GraphQL.Tests.Validation;

/// <summary>
/// The validation test harness on the example schema of the specification's Validation section (Dog, Cat,
/// Human, Pet, CatOrDog ...), written here in SDL. Each rule test is a few lines: ExpectValid or ExpectErrors with
/// the exact message and the line/column of every location.
/// </summary>
public static class ValidationHarness
{
    public const string Sdl = """
        type Query {
          dog: Dog
          findDog(searchBy: FindDogInput): Dog
          human(id: ID): Human
          pet: Pet
          catOrDog: CatOrDog
          booleanList(booleanListArg: [Boolean!]): Boolean
          arguments: Arguments
        }

        type Mutation { mutateDog: Dog }

        type Subscription {
          newMessage: Message
          disallowedSecondRootField: Boolean
        }

        type Message { body: String sender: String }

        enum DogCommand { SIT DOWN HEEL }

        interface Sentient { name: String! }

        interface Pet { name: String! }

        type Alien implements Sentient { name: String! homePlanet: String }

        type Human implements Sentient { name: String! pets: [Pet!] }

        enum CatCommand { JUMP }

        type Dog implements Pet {
          name: String!
          nickname: String
          barkVolume: Int
          doesKnowCommand(dogCommand: DogCommand!): Boolean!
          isHouseTrained(atOtherHomes: Boolean): Boolean!
          owner: Human
        }

        type Cat implements Pet {
          name: String!
          nickname: String
          doesKnowCommand(catCommand: CatCommand!): Boolean!
          meowVolume: Int
        }

        union CatOrDog = Cat | Dog
        union DogOrHuman = Dog | Human
        union HumanOrAlien = Human | Alien

        input FindDogInput { name: String owner: String }

        input ComplexInput { name: String! owner: String nested: ComplexInput }

        type Arguments {
          multipleRequirements(x: Int!, y: Int!): Int!
          booleanArgField(booleanArg: Boolean): Boolean
          floatArgField(floatArg: Float): Float
          intArgField(intArg: Int): Int
          nonNullBooleanArgField(nonNullBooleanArg: Boolean!): Boolean!
          booleanListArgField(booleanListArg: [Boolean]!): [Boolean]
          optionalNonNullBooleanArgField(optionalBooleanArg: Boolean! = false): Boolean!
          complexArgField(complexArg: ComplexInput): String
        }

        directive @onField on FIELD
        directive @repeatableOnField repeatable on FIELD
        """;

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
