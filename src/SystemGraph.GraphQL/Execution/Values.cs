using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;
using SystemGraph.GraphQL.Utilities;

namespace SystemGraph.GraphQL.Execution;

/// <summary>Variable and argument coercion (§6.1.2 CoerceVariableValues, §6.4.1 CoerceArgumentValues).</summary>
public static class Values
{
    /// <summary>
    /// Implements CoerceVariableValues: coerces raw variable values against the operation's variable
    /// definitions. Returns the coerced values, or the errors (with graphql-js's messages).
    /// </summary>
    public static (IReadOnlyDictionary<string, object?>? Coerced, IReadOnlyList<GraphQLError> Errors) CoerceVariableValues(
        GraphQLSchema schema,
        IReadOnlyList<VariableDefinitionNode> definitions,
        IReadOnlyDictionary<string, object?>? inputs,
        int maxErrors = 50)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(definitions);
        var errors = new List<GraphQLError>();
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        inputs ??= new Dictionary<string, object?>();
        try
        {
            foreach (var definition in definitions)
            {
                CoerceVariable(schema, definition, inputs, coerced, error =>
                {
                    if (maxErrors > 0 && errors.Count >= maxErrors)
                    {
                        throw new GraphQLException("Too many errors processing variables, error limit reached. Execution aborted.");
                    }

                    errors.Add(error);
                });
            }
        }
        catch (GraphQLException ex) when (ex.Message.StartsWith("Too many errors", StringComparison.Ordinal))
        {
            errors.Add(ex.Error);
        }

        return errors.Count > 0 ? (null, errors) : (coerced, errors);
    }

    private static void CoerceVariable(
        GraphQLSchema schema,
        VariableDefinitionNode definition,
        IReadOnlyDictionary<string, object?> inputs,
        Dictionary<string, object?> coerced,
        Action<GraphQLError> onError)
    {
        var name = definition.Variable.Name.Value;
        var type = TypeHelpers.TypeFromAst(schema, definition.Type);
        if (!type.IsInputType())
        {
            onError(Coded($"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.", definition.Type));
            return;
        }

        if (!inputs.TryGetValue(name, out var value))
        {
            if (definition.DefaultValue is not null)
            {
                if (ValueFromAst.TryConvert(definition.DefaultValue, type!, null, out var defaultValue))
                {
                    coerced[name] = defaultValue;
                }
            }
            else if (type is NonNullType)
            {
                onError(Coded($"Variable \"${name}\" of required type \"{type}\" was not provided.", definition));
            }

            return;
        }

        if (value is null && type is NonNullType)
        {
            onError(Coded($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", definition));
            return;
        }

        coerced[name] = CoerceInputValue.Coerce(value, type!, (path, invalidValue, error) =>
        {
            var prefix = $"Variable \"${name}\" got invalid value {Inspect.Value(invalidValue)}";
            if (path.Count > 0)
            {
                prefix += $" at \"{name}{PrintPath(path)}\"";
            }

            onError(new GraphQLError(prefix + "; " + error.Message, extensions: CodeExtension, originalError: error.OriginalError).WithNodes([definition]));
        });
    }

    /// <summary>
    /// Implements CoerceArgumentValues for a field or directive: literal arguments via ValueFromAst, variables
    /// from the coerced variable values, defaults where absent. Throws a located <see cref="GraphQLException"/>.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> CoerceArgumentValues(
        IReadOnlyList<InputValueDefinition> definitions,
        IReadOnlyList<ArgumentNode> argumentNodes,
        IReadOnlyDictionary<string, object?>? variables,
        ASTNode node)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(argumentNodes);
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var name = definition.Name;
            var argumentNode = argumentNodes.FirstOrDefault(a => a.Name.Value == name);
            if (argumentNode is null)
            {
                if (definition.HasDefaultValue)
                {
                    coerced[name] = definition.DefaultValue;
                }
                else if (definition.Type is NonNullType)
                {
                    throw Located($"Argument \"{name}\" of required type \"{definition.Type}\" was not provided.", node);
                }

                continue;
            }

            var valueNode = argumentNode.Value;
            var isNull = valueNode is NullValueNode;
            if (valueNode is VariableNode variable)
            {
                var variableName = variable.Name.Value;
                if (variables is null || !variables.TryGetValue(variableName, out var variableValue))
                {
                    if (definition.HasDefaultValue)
                    {
                        coerced[name] = definition.DefaultValue;
                    }
                    else if (definition.Type is NonNullType)
                    {
                        throw Located($"Argument \"{name}\" of required type \"{definition.Type}\" was provided the variable \"${variableName}\" which was not provided a runtime value.", valueNode);
                    }

                    continue;
                }

                isNull = variableValue is null;
            }

            if (isNull && definition.Type is NonNullType)
            {
                throw Located($"Argument \"{name}\" of non-null type \"{definition.Type}\" must not be null.", valueNode);
            }

            if (!ValueFromAst.TryConvert(valueNode, definition.Type, variables, out var value))
            {
                throw Located($"Argument \"{name}\" has invalid value {Printer.Print(valueNode)}.", valueNode);
            }

            coerced[name] = value;
        }

        return coerced;
    }

    /// <summary>The coerced arguments of the first use of <paramref name="directive"/> on a node, or null when it is not there.</summary>
    public static IReadOnlyDictionary<string, object?>? GetDirectiveValues(
        DirectiveDefinition directive,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyDictionary<string, object?>? variables)
    {
        ArgumentNullException.ThrowIfNull(directive);
        ArgumentNullException.ThrowIfNull(directives);
        var node = directives.FirstOrDefault(d => d.Name.Value == directive.Name);
        return node is null ? null : CoerceArgumentValues(directive.Arguments, node.Arguments, variables, node);
    }

    /// <summary>Formats a path inside a value as graphql-js's printPathArray: <c>.field[0].other</c>.</summary>
    public static string PrintPath(IReadOnlyList<object> path) =>
        string.Concat(path.Select(key => key is int index ? $"[{index}]" : "." + key));

    private static readonly Dictionary<string, object?> CodeExtension = new() { ["code"] = ErrorCodes.BadUserInput };

    private static GraphQLError Coded(string message, ASTNode node) =>
        new GraphQLError(message, extensions: CodeExtension).WithNodes([node]);

    private static GraphQLException Located(string message, ASTNode node) => new(new GraphQLError(message).WithNodes([node]));
}
