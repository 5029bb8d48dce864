using SystemGraph.GraphQL.Introspection;
using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;

namespace SystemGraph.GraphQL.Utilities;

/// <summary>
/// Prints a schema as SDL in graphql-js's printSchema format: built-in scalars, directives and introspection
/// types omitted; the schema definition only when root type names are not Query/Mutation/Subscription
/// (or the schema has a description); descriptions as block strings when they print safely.
/// </summary>
public static class SchemaPrinter
{
    /// <summary>Prints the user-defined part of a schema.</summary>
    public static string Print(GraphQLSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return PrintFiltered(schema, d => !Directives.IsSpecified(d), t => !Scalars.IsSpecified(t) && !IntrospectionTypes.IsIntrospectionType(t));
    }

    /// <summary>Prints only the introspection types and built-in directives.</summary>
    public static string PrintIntrospectionSchema(GraphQLSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return PrintFiltered(schema, Directives.IsSpecified, IntrospectionTypes.IsIntrospectionType);
    }

    private static string PrintFiltered(GraphQLSchema schema, Func<DirectiveDefinition, bool> directiveFilter, Func<NamedType, bool> typeFilter)
    {
        var parts = new List<string?> { PrintSchemaDefinition(schema) };
        parts.AddRange(schema.Directives.Where(directiveFilter).Select(PrintDirective));
        parts.AddRange(schema.TypeMap.Values.Where(typeFilter).Select(PrintType));
        return string.Join("\n\n", parts.Where(p => !string.IsNullOrEmpty(p)));
    }

    private static string? PrintSchemaDefinition(GraphQLSchema schema)
    {
        if (schema.Description is null && IsSchemaOfCommonNames(schema))
        {
            return null;
        }

        var operationTypes = new List<string>();
        if (schema.QueryType is not null)
        {
            operationTypes.Add("  query: " + schema.QueryType.Name);
        }

        if (schema.MutationType is not null)
        {
            operationTypes.Add("  mutation: " + schema.MutationType.Name);
        }

        if (schema.SubscriptionType is not null)
        {
            operationTypes.Add("  subscription: " + schema.SubscriptionType.Name);
        }

        return PrintDescription(schema.Description) + "schema {\n" + string.Join("\n", operationTypes) + "\n}";
    }

    private static bool IsSchemaOfCommonNames(GraphQLSchema schema) =>
        (schema.QueryType is null || schema.QueryType.Name == "Query") &&
        (schema.MutationType is null || schema.MutationType.Name == "Mutation") &&
        (schema.SubscriptionType is null || schema.SubscriptionType.Name == "Subscription");

    /// <summary>Prints one named type as SDL.</summary>
    public static string PrintType(NamedType type) => type switch
    {
        ScalarType s => PrintDescription(s.Description) + "scalar " + s.Name + PrintSpecifiedBy(s),
        ObjectType o => PrintDescription(o.Description) + "type " + o.Name + PrintImplements(o) + PrintFields(o),
        InterfaceType i => PrintDescription(i.Description) + "interface " + i.Name + PrintImplements(i) + PrintFields(i),
        UnionType u => PrintDescription(u.Description) + "union " + u.Name + (u.Types.Count > 0 ? " = " + string.Join(" | ", u.Types.Select(t => t.Name)) : string.Empty),
        EnumType e => PrintDescription(e.Description) + "enum " + e.Name + PrintBlock(e.Values.Select((v, i) =>
            PrintDescription(v.Description, "  ", i == 0) + "  " + v.Name + PrintDeprecated(v.DeprecationReason))),
        InputObjectType io => PrintDescription(io.Description) + "input " + io.Name + (io.IsOneOf ? " @oneOf" : string.Empty) + PrintBlock(io.Fields.Values.Select((f, i) =>
            PrintDescription(f.Description, "  ", i == 0) + "  " + PrintInputValue(f))),
        _ => throw new ArgumentException("Unknown type " + type, nameof(type)),
    };

    /// <summary>Prints a directive definition as SDL.</summary>
    public static string PrintDirective(DirectiveDefinition directive)
    {
        ArgumentNullException.ThrowIfNull(directive);
        return PrintDescription(directive.Description) + "directive @" + directive.Name + PrintArgs(directive.Arguments) +
            (directive.IsRepeatable ? " repeatable" : string.Empty) + " on " + string.Join(" | ", directive.Locations.Select(l => l.ToSpecName()));
    }

    private static string PrintImplements(ComplexType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : string.Empty;

    private static string PrintFields(ComplexType type) => PrintBlock(type.Fields.Values.Select((f, i) =>
        PrintDescription(f.Description, "  ", i == 0) + "  " + f.Name + PrintArgs(f.Arguments, "  ") + ": " + f.Type + PrintDeprecated(f.DeprecationReason)));

    private static string PrintBlock(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count > 0 ? " {\n" + string.Join("\n", list) + "\n}" : string.Empty;
    }

    private static string PrintArgs(IReadOnlyList<InputValueDefinition> args, string indentation = "")
    {
        if (args.Count == 0)
        {
            return string.Empty;
        }

        // If no argument has a description, print them on one line.
        if (args.All(a => string.IsNullOrEmpty(a.Description)))
        {
            return "(" + string.Join(", ", args.Select(PrintInputValue)) + ")";
        }

        return "(\n" + string.Join("\n", args.Select((a, i) => PrintDescription(a.Description, "  " + indentation, i == 0) + "  " + indentation + PrintInputValue(a))) +
            "\n" + indentation + ")";
    }

    private static string PrintInputValue(InputValueDefinition value)
    {
        var declaration = value.Name + ": " + value.Type;
        if (value.HasDefaultValue && AstFromValue.Convert(value.DefaultValue, value.Type) is { } defaultAst)
        {
            declaration += " = " + Printer.Print(defaultAst);
        }

        return declaration + PrintDeprecated(value.DeprecationReason);
    }

    private static string PrintDeprecated(string? reason)
    {
        if (reason is null)
        {
            return string.Empty;
        }

        return reason != Directives.DefaultDeprecationReason ? " @deprecated(reason: " + Printer.PrintString(reason) + ")" : " @deprecated";
    }

    private static string PrintSpecifiedBy(ScalarType scalar) =>
        scalar.SpecifiedByUrl is null ? string.Empty : " @specifiedBy(url: " + Printer.PrintString(scalar.SpecifiedByUrl) + ")";

    private static string PrintDescription(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return string.Empty;
        }

        var printed = BlockString.IsPrintable(description) ? BlockString.Print(description) : Printer.PrintString(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + printed.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
