using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Tests.Types;
using SystemGraph.GraphQL.Types;
using SystemGraph.GraphQL.Utilities;

namespace SystemGraph.GraphQL.Tests.Utilities;

public class TypeInfoTests
{
    private static readonly GraphQLSchema Schema = SchemaBuilder.BuildFromSdl(SpecExampleSchema.Sdl);

    private sealed class Recorder(TypeInfo typeInfo, List<string> log) : AstVisitor
    {
        public override void EnterField(FieldNode node) =>
            log.Add($"field {node.Name.Value}: parent={typeInfo.GetParentType()} type={typeInfo.GetOutputType()} def={typeInfo.GetFieldDef()?.Name}");

        public override void EnterArgument(ArgumentNode node) =>
            log.Add($"arg {node.Name.Value}: input={typeInfo.GetInputType()} def={typeInfo.GetArgument()?.Name}");

        public override void EnterObjectField(ObjectFieldNode node) =>
            log.Add($"objectField {node.Name.Value}: input={typeInfo.GetInputType()} parent={typeInfo.GetParentInputType()}");

        public override void EnterEnumValue(EnumValueNode node) =>
            log.Add($"enum {node.Value}: value={typeInfo.GetEnumValue()?.Name}");

        public override void EnterInlineFragment(InlineFragmentNode node) =>
            log.Add($"inline: type={typeInfo.GetOutputType()}");
    }

    [Fact]
    public void Tracks_types_fields_arguments_and_input_positions()
    {
        var typeInfo = new TypeInfo(Schema);
        var log = new List<string>();
        var document = Parser.Parse("""
            {
              __typename
              dog { doesKnowCommand(dogCommand: SIT) ... on Pet { name } unknown }
              findDog(searchBy: {name: "x"}) { owner { pets { name } } }
              __schema { queryType { name } }
            }
            """);
        AstWalker.Walk(document, new TypeInfoVisitor(typeInfo, new Recorder(typeInfo, log)));
        Assert.Equal(
            [
                "field __typename: parent=Query type=String! def=__typename",
                "field dog: parent=Query type=Dog def=dog",
                "field doesKnowCommand: parent=Dog type=Boolean! def=doesKnowCommand",
                "arg dogCommand: input=DogCommand! def=dogCommand",
                "enum SIT: value=SIT",
                "inline: type=Pet",
                "field name: parent=Pet type=String! def=name",
                "field unknown: parent=Dog type= def=",
                "field findDog: parent=Query type=Dog def=findDog",
                "arg searchBy: input=FindDogInput def=searchBy",
                "objectField name: input=String parent=FindDogInput",
                "field owner: parent=Dog type=Human def=owner",
                "field pets: parent=Human type=[Pet!] def=pets",
                "field name: parent=Pet type=String! def=name",
                "field __schema: parent=Query type=__Schema! def=__schema",
                "field queryType: parent=__Schema type=__Type! def=queryType",
                "field name: parent=__Type type=String def=name",
            ],
            log);
    }
}
