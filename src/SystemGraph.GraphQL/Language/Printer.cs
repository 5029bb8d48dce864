namespace SystemGraph.GraphQL.Language;

/// <summary>
/// Prints an AST back to GraphQL source in graphql-js's layout (two-space indents, one selection per line,
/// arguments wrapped past 80 columns). The output re-parses to an equal AST.
/// </summary>
public static partial class Printer
{
    private const int MaxLineLength = 80;

    /// <summary>Prints any AST node.</summary>
    public static string Print(ASTNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node switch
        {
            NameNode n => n.Value,
            DocumentNode n => string.Join("\n\n", n.Definitions.Select(Print)),
            OperationDefinitionNode n => PrintOperation(n),
            VariableDefinitionNode n => Desc(n.Description) + Print(n.Variable) + ": " + Print(n.Type) + Wrap(" = ", PrintOpt(n.DefaultValue)) + Wrap(" ", JoinAll(n.Directives, " ")),
            SelectionSetNode n => Block(n.Selections.Select(Print)),
            FieldNode n => PrintField(n),
            ArgumentNode n => n.Name.Value + ": " + Print(n.Value),
            FragmentSpreadNode n => "..." + n.Name.Value + Wrap(" ", JoinAll(n.Directives, " ")),
            InlineFragmentNode n => Join(" ", "...", Wrap("on ", PrintOpt(n.TypeCondition)), JoinAll(n.Directives, " "), Print(n.SelectionSet)),
            FragmentDefinitionNode n =>
                Desc(n.Description) + "fragment " + n.Name.Value + " on " + Print(n.TypeCondition) + " " + Wrap(string.Empty, JoinAll(n.Directives, " "), " ") + Print(n.SelectionSet),
            DirectiveNode n => "@" + n.Name.Value + Wrap("(", JoinAll(n.Arguments, ", "), ")"),
            NamedTypeNode n => n.Name.Value,
            ListTypeNode n => "[" + Print(n.Type) + "]",
            NonNullTypeNode n => Print(n.Type) + "!",
            ValueNode n => PrintValue(n),
            ObjectFieldNode n => n.Name.Value + ": " + Print(n.Value),
            _ => PrintTypeSystem(node),
        };
    }

    /// <summary>Prints a string as a quoted GraphQL StringValue, escaping as graphql-js does.</summary>
    public static string PrintString(string value)
    {
        var builder = new System.Text.StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case < ' ' or (>= '\u007F' and <= '\u009F'):
                    builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static string PrintOperation(OperationDefinitionNode n)
    {
        var printedVars = n.VariableDefinitions.Select(Print).ToArray();
        var varDefs = HasMultilineItems(printedVars) ? Wrap("(\n", Join("\n", printedVars), "\n)") : Wrap("(", Join(", ", printedVars), ")");
        var prefix = Desc(n.Description) + Join(" ", OperationName(n.Operation), Join(string.Empty, n.Name?.Value, varDefs), JoinAll(n.Directives, " "));

        // Anonymous queries with no directives or variable definitions can use the query short form.
        return (prefix == "query" ? string.Empty : prefix + " ") + Print(n.SelectionSet);
    }

    private static string PrintField(FieldNode n)
    {
        var prefix = Wrap(string.Empty, n.Alias?.Value, ": ") + n.Name.Value;
        var argsLine = prefix + Wrap("(", JoinAll(n.Arguments, ", "), ")");
        if (argsLine.Length > MaxLineLength)
        {
            argsLine = prefix + Wrap("(\n", Indent(JoinAll(n.Arguments, "\n")), "\n)");
        }

        return Join(" ", argsLine, JoinAll(n.Directives, " "), PrintOpt(n.SelectionSet));
    }

    private static string PrintValue(ValueNode node) => node switch
    {
        VariableNode n => "$" + n.Name.Value,
        IntValueNode n => n.Value,
        FloatValueNode n => n.Value,
        StringValueNode n => n.Block ? BlockString.Print(n.Value) : PrintString(n.Value),
        BooleanValueNode n => n.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode n => n.Value,
        ListValueNode n => "[" + JoinAll(n.Values, ", ") + "]",
        ObjectValueNode n => "{" + JoinAll(n.Fields, ", ") + "}",
        _ => throw new ArgumentException("Unknown value node " + node.Kind, nameof(node)),
    };

    /// <summary>The keyword of an operation type.</summary>
    public static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };

    private static string? PrintOpt(ASTNode? node) => node is null ? null : Print(node);

    private static string JoinAll(IEnumerable<ASTNode> nodes, string separator) => Join(separator, nodes.Select(Print).ToArray());

    /// <summary>Joins the non-empty strings with a separator.</summary>
    private static string Join(string separator, params string?[] parts) =>
        string.Join(separator, parts.Where(p => !string.IsNullOrEmpty(p)));

    /// <summary>start + value + end when value is non-empty, else the empty string.</summary>
    private static string Wrap(string start, string? value, string end = "") =>
        string.IsNullOrEmpty(value) ? string.Empty : start + value + end;

    private static string Indent(string value) => Wrap("  ", value.Replace("\n", "\n  ", StringComparison.Ordinal));

    /// <summary>{ item per line } or empty.</summary>
    private static string Block(IEnumerable<string> items) => Wrap("{\n", Indent(Join("\n", items.ToArray())), "\n}");

    private static bool HasMultilineItems(IEnumerable<string> items) => items.Any(i => i.Contains('\n', StringComparison.Ordinal));
}
