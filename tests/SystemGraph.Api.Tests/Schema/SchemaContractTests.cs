using SystemGraph.Api.Schema;
using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;
using SystemGraph.GraphQL.Utilities;
using Snapshooter.Xunit;

namespace SystemGraph.Api.Tests.Schema;

/// <summary>The served schema keeps every name of the contract of record, and its printed SDL is snapshot-tested.</summary>
public sealed class SchemaContractTests
{
    private static readonly GraphQLSchema Served = SystemGraphSchema.Create();

    private static readonly DocumentNode Contract = Parser.Parse(SystemGraphSchema.ContractSdl, new ParserOptions { MaxDocumentBytes = 0, MaxTokens = 0 });

    [Fact]
    public void Printed_schema_matches_snapshot() => Snapshot.Match(SchemaPrinter.Print(Served));

    [Fact]
    public void Every_contract_type_field_argument_and_enum_value_is_served_with_its_type()
    {
        var missing = new List<string>();
        foreach (var definition in Contract.Definitions.OfType<TypeDefinitionNode>())
        {
            var served = Served.GetType(definition.Name.Value);
            if (served is null)
            {
                missing.Add(definition.Name.Value);
                continue;
            }

            switch (definition)
            {
                case ObjectTypeDefinitionNode o:
                    CheckFields(o.Name.Value, o.Fields, served as ComplexType, missing);
                    break;
                case InterfaceTypeDefinitionNode i:
                    CheckFields(i.Name.Value, i.Fields, served as ComplexType, missing);
                    break;
                case EnumTypeDefinitionNode e:
                    missing.AddRange(e.Values.Where(v => (served as EnumType)?.GetValue(v.Name.Value) is null).Select(v => $"{e.Name.Value}.{v.Name.Value}"));
                    break;
            }
        }

        Assert.Empty(missing);
    }

    private static void CheckFields(string typeName, IReadOnlyList<FieldDefinitionNode> fields, ComplexType? served, List<string> missing)
    {
        foreach (var field in fields)
        {
            var servedField = served?.GetField(field.Name.Value);
            if (servedField is null || servedField.Type.ToString() != Printer.Print(field.Type))
            {
                missing.Add($"{typeName}.{field.Name.Value}: {Printer.Print(field.Type)}");
                continue;
            }

            foreach (var argument in field.Arguments)
            {
                var servedArgument = servedField.GetArgument(argument.Name.Value);
                if (servedArgument is null || servedArgument.Type.ToString() != Printer.Print(argument.Type))
                {
                    missing.Add($"{typeName}.{field.Name.Value}({argument.Name.Value}: {Printer.Print(argument.Type)})");
                }
            }
        }
    }
}
