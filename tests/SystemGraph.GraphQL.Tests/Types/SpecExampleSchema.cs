namespace SystemGraph.GraphQL.Tests.Types;

/// <summary>The example schema of the GraphQL spec's Validation section (Dog, Cat, Human, Pet ...), in SDL.</summary>
public static class SpecExampleSchema
{
    public const string Sdl = """
        type Query {
          dog: Dog
          findDog(searchBy: FindDogInput): Dog
        }

        enum DogCommand {
          SIT
          DOWN
          HEEL
        }

        type Dog implements Pet {
          name: String!
          nickname: String
          barkVolume: Int
          doesKnowCommand(dogCommand: DogCommand!): Boolean!
          isHouseTrained(atOtherHomes: Boolean): Boolean!
          owner: Human
        }

        interface Sentient {
          name: String!
        }

        interface Pet {
          name: String!
        }

        type Alien implements Sentient {
          name: String!
          homePlanet: String
        }

        type Human implements Sentient {
          name: String!
          pets: [Pet!]
        }

        enum CatCommand {
          JUMP
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

        input FindDogInput {
          name: String
          owner: String
        }
        """;
}
