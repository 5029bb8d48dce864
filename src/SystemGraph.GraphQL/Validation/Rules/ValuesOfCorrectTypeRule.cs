using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;

namespace SystemGraph.GraphQL.Validation.Rules;

/// <summary>
/// §5.6.1 Values of Correct Type: every literal can be coerced to the type its position expects (scalars and
/// enums through their literal parsing; lists and input objects are checked item by item and field by field, so
/// unknown and missing input fields are left to their own rules). A OneOf input object literal (§5.6.3 in the
/// 2025 draft, graphql-js 16.9+) names exactly one field, whose value is not null and, when a variable, is a
/// non-nullable one.
/// </summary>
public sealed class ValuesOfCorrectTypeRule(ValidationContext context) : ValidationRule(context)
{
    /// <summary>The variables of the operation being visited (fragments after it see its definitions, as in graphql-js).</summary>
    private readonly Dictionary<string, VariableDefinitionNode> variables = new(StringComparer.Ordinal);

    public override string SpecifiedBy => Spec("Values-of-Correct-Type");

    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        variables.Clear();
        foreach (var definition in node.VariableDefinitions)
        {
            variables[definition.Variable.Name.Value] = definition;
        }
    }

    public override void EnterListValue(ListValueNode node)
    {
        // A list literal where a non-list is expected is checked as a whole.
        if (Context.TypeInfo.GetParentInputType()?.GetNullableType() is { } expected && expected is not ListType)
        {
            IsValidValue(node);
            SkipChildren();
        }
    }

    public override void EnterObjectValue(ObjectValueNode node)
    {
        var type = Context.TypeInfo.GetInputType()?.GetNamedType();
        if (type is not null and not InputObjectType)
        {
            IsValidValue(node);
            SkipChildren();
        }
        else if (type is InputObjectType { IsOneOf: true } oneOf)
        {
            CheckOneOf(oneOf, node);
        }
    }

    private void CheckOneOf(InputObjectType type, ObjectValueNode node)
    {
        if (node.Fields.Count != 1)
        {
            Report($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", node);
            return;
        }

        var field = node.Fields[0];
        if (field.Value is NullValueNode)
        {
            Report($"Field \"{type.Name}.{field.Name.Value}\" must be non-null.", node);
        }
        else if (field.Value is VariableNode variable && variables.TryGetValue(variable.Name.Value, out var definition) && definition.Type is not NonNullTypeNode)
        {
            Report($"Variable \"{variable.Name.Value}\" must be non-nullable to be used for OneOf Input Object \"{type.Name}\".", node);
        }
    }

    public override void EnterNullValue(NullValueNode node)
    {
        if (Context.TypeInfo.GetInputType() is NonNullType type)
        {
            Report($"Expected value of type \"{type}\", found {Printer.Print(node)}.", node);
        }
    }

    public override void EnterEnumValue(EnumValueNode node) => IsValidValue(node);

    public override void EnterIntValue(IntValueNode node) => IsValidValue(node);

    public override void EnterFloatValue(FloatValueNode node) => IsValidValue(node);

    public override void EnterStringValue(StringValueNode node) => IsValidValue(node);

    public override void EnterBooleanValue(BooleanValueNode node) => IsValidValue(node);

    /// <summary>Checks a literal against a leaf type by parsing it, reporting the scalar's or enum's own reason.</summary>
    private void IsValidValue(ValueNode node)
    {
        var locationType = Context.TypeInfo.GetInputType();
        if (locationType is null)
        {
            return;
        }

        var type = locationType.GetNamedType();
        if (!type.IsLeafType())
        {
            Report($"Expected value of type \"{locationType}\", found {Printer.Print(node)}.", node);
            return;
        }

        try
        {
            var parsed = type switch
            {
                ScalarType scalar => scalar.ParseLiteral(node, null),
                EnumType enumType => enumType.ParseLiteral(node),
                _ => null,
            };
            if (parsed is null)
            {
                Report($"Expected value of type \"{locationType}\", found {Printer.Print(node)}.", node);
            }
        }
        catch (GraphQLException e)
        {
            // The scalar's or enum's own GraphQL error already says what is wrong; graphql-js reports it as it is.
            Report(e.Error.Message, node);
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException or InvalidOperationException)
        {
            // A custom scalar may fail in its own way; graphql-js reports that the value is not of the type.
            Report($"Expected value of type \"{locationType}\", found {Printer.Print(node)}; {e.Message}", node);
        }
    }
}
