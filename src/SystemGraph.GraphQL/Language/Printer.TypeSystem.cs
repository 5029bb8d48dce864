namespace SystemGraph.GraphQL.Language;

public static partial class Printer
{
    private static string PrintTypeSystem(ASTNode node) => node switch
    {
        SchemaDefinitionNode n => Desc(n.Description) + Join(" ", "schema", JoinAll(n.Directives, " "), Block(n.OperationTypes.Select(Print))),
        OperationTypeDefinitionNode n => OperationName(n.Operation) + ": " + Print(n.Type),
        ScalarTypeDefinitionNode n => Desc(n.Description) + Join(" ", "scalar", n.Name.Value, JoinAll(n.Directives, " ")),
        ObjectTypeDefinitionNode n => Desc(n.Description) + Join(" ", "type", n.Name.Value, Wrap("implements ", JoinAll(n.Interfaces, " & ")), JoinAll(n.Directives, " "), Block(n.Fields.Select(Print))),
        FieldDefinitionNode n => Desc(n.Description) + n.Name.Value + PrintArgumentDefinitions(n.Arguments) + ": " + Print(n.Type) + Wrap(" ", JoinAll(n.Directives, " ")),
        InputValueDefinitionNode n => Desc(n.Description) + Join(" ", n.Name.Value + ": " + Print(n.Type), Wrap("= ", PrintOpt(n.DefaultValue)), JoinAll(n.Directives, " ")),
        InterfaceTypeDefinitionNode n => Desc(n.Description) + Join(" ", "interface", n.Name.Value, Wrap("implements ", JoinAll(n.Interfaces, " & ")), JoinAll(n.Directives, " "), Block(n.Fields.Select(Print))),
        UnionTypeDefinitionNode n => Desc(n.Description) + Join(" ", "union", n.Name.Value, JoinAll(n.Directives, " "), Wrap("= ", JoinAll(n.Types, " | "))),
        EnumTypeDefinitionNode n => Desc(n.Description) + Join(" ", "enum", n.Name.Value, JoinAll(n.Directives, " "), Block(n.Values.Select(Print))),
        EnumValueDefinitionNode n => Desc(n.Description) + Join(" ", n.Name.Value, JoinAll(n.Directives, " ")),
        InputObjectTypeDefinitionNode n => Desc(n.Description) + Join(" ", "input", n.Name.Value, JoinAll(n.Directives, " "), Block(n.Fields.Select(Print))),
        DirectiveDefinitionNode n => Desc(n.Description) + "directive @" + n.Name.Value + PrintArgumentDefinitions(n.Arguments) +
            (n.Repeatable ? " repeatable" : string.Empty) + " on " + JoinAll(n.Locations, " | "),
        SchemaExtensionNode n => Join(" ", "extend schema", JoinAll(n.Directives, " "), Block(n.OperationTypes.Select(Print))),
        ScalarTypeExtensionNode n => Join(" ", "extend scalar", n.Name.Value, JoinAll(n.Directives, " ")),
        ObjectTypeExtensionNode n => Join(" ", "extend type", n.Name.Value, Wrap("implements ", JoinAll(n.Interfaces, " & ")), JoinAll(n.Directives, " "), Block(n.Fields.Select(Print))),
        InterfaceTypeExtensionNode n => Join(" ", "extend interface", n.Name.Value, Wrap("implements ", JoinAll(n.Interfaces, " & ")), JoinAll(n.Directives, " "), Block(n.Fields.Select(Print))),
        UnionTypeExtensionNode n => Join(" ", "extend union", n.Name.Value, JoinAll(n.Directives, " "), Wrap("= ", JoinAll(n.Types, " | "))),
        EnumTypeExtensionNode n => Join(" ", "extend enum", n.Name.Value, JoinAll(n.Directives, " "), Block(n.Values.Select(Print))),
        InputObjectTypeExtensionNode n => Join(" ", "extend input", n.Name.Value, JoinAll(n.Directives, " "), Block(n.Fields.Select(Print))),
        _ => throw new ArgumentException("Unknown node " + node.Kind, nameof(node)),
    };

    private static string Desc(StringValueNode? description) => Wrap(string.Empty, PrintOpt(description), "\n");

    private static string PrintArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var printed = arguments.Select(Print).ToList();
        return HasMultilineItems(printed)
            ? Wrap("(\n", Indent(Join("\n", [.. printed])), "\n)")
            : Wrap("(", Join(", ", [.. printed]), ")");
    }
}
