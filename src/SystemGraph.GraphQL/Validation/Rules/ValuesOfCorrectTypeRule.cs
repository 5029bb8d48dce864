using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Language;
using SystemGraph.GraphQL.Types;

namespace SystemGraph.GraphQL.Validation.Rules;

/// <summary>
/// §5.6.1 Values of Correct Type: every literal can be coerced to the type its position expects (scalars and
/// enums through their literal parsing; lists and input objects are checked item by item and field by field, so
/// unknown and missing input fields are left to their own rules).
/// </summary>
public sealed class ValuesOfCorrectTypeRule(ValidationContext context) : ValidationRule(context)
{
    public override string SpecifiedBy => Spec("Values-of-Correct-Type");

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
        if (Context.TypeInfo.GetInputType()?.GetNamedType() is { } type && type is not InputObjectType)
        {
            IsValidValue(node);
            SkipChildren();
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
