namespace SystemGraph.GraphQL.Language;

/// <summary>Value[Const] :: Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue | EnumValue | ListValue | ObjectValue (§2.9).</summary>
public abstract class ValueNode : ASTNode
{
}

/// <summary>Variable :: $ Name (§2.10).</summary>
public sealed class VariableNode : ValueNode
{
    public override NodeKind Kind => NodeKind.Variable;

    public required NameNode Name { get; init; }
}

/// <summary>IntValue :: IntegerPart (§2.9.1); the value is kept as source text.</summary>
public sealed class IntValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.IntValue;

    public required string Value { get; init; }
}

/// <summary>FloatValue (§2.9.2); the value is kept as source text.</summary>
public sealed class FloatValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.FloatValue;

    public required string Value { get; init; }
}

/// <summary>StringValue (§2.9.4), with <see cref="Block"/> true for <c>"""</c> block strings.</summary>
public sealed class StringValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.StringValue;

    public required string Value { get; init; }

    public bool Block { get; init; }
}

/// <summary>BooleanValue :: one of true false (§2.9.3).</summary>
public sealed class BooleanValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.BooleanValue;

    public required bool Value { get; init; }
}

/// <summary>NullValue :: null (§2.9.5).</summary>
public sealed class NullValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.NullValue;
}

/// <summary>EnumValue :: Name but not true, false or null (§2.9.6).</summary>
public sealed class EnumValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.EnumValue;

    public required string Value { get; init; }
}

/// <summary>ListValue :: [ ] | [ Value+ ] (§2.9.7).</summary>
public sealed class ListValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.ListValue;

    public required IReadOnlyList<ValueNode> Values { get; init; }
}

/// <summary>ObjectValue :: { } | { ObjectField+ } (§2.9.8).</summary>
public sealed class ObjectValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.ObjectValue;

    public required IReadOnlyList<ObjectFieldNode> Fields { get; init; }
}

/// <summary>ObjectField :: Name : Value (§2.9.8).</summary>
public sealed class ObjectFieldNode : ASTNode
{
    public override NodeKind Kind => NodeKind.ObjectField;

    public required NameNode Name { get; init; }

    public required ValueNode Value { get; init; }
}
