using SystemGraph.GraphQL.Error;
using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Types;

/// <summary>Enum type (§3.9): a leaf type with a fixed set of named values.</summary>
public sealed class EnumType : NamedType
{
    private readonly OrderedDictionary<string, EnumValueDefinition> _values = new(StringComparer.Ordinal);

    public EnumType(string name, string? description = null, IEnumerable<EnumValueDefinition>? values = null)
        : base(name, description)
    {
        foreach (var value in values ?? [])
        {
            AddValue(value);
        }
    }

    public override TypeKind Kind => TypeKind.Enum;

    /// <summary>The values, in definition order.</summary>
    public IReadOnlyList<EnumValueDefinition> Values => _values.Values;

    /// <summary>Builds an enum type from a CLR enum: names in UPPER_SNAKE case, internal values the CLR members.</summary>
    public static EnumType FromClrEnum<TEnum>(string? name = null, string? description = null)
        where TEnum : struct, Enum
    {
        var type = new EnumType(name ?? typeof(TEnum).Name, description);
        foreach (var member in Enum.GetValues<TEnum>())
        {
            type.AddValue(new EnumValueDefinition(ToUpperSnake(member.ToString()), member));
        }

        return type;
    }

    public EnumValueDefinition? GetValue(string name) => _values.GetValueOrDefault(name);

    /// <summary>Adds a value.</summary>
    public EnumValueDefinition AddValue(EnumValueDefinition value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _values[value.Name] = value;
        return value;
    }

    /// <summary>Adds a value whose internal value is its name.</summary>
    public EnumValueDefinition Value(string name, string? description = null) => AddValue(new EnumValueDefinition(name, null, description));

    /// <summary>Result coercion: the name of the value whose internal value equals <paramref name="value"/>.</summary>
    public string Serialize(object value)
    {
        foreach (var definition in _values.Values)
        {
            if (Equals(definition.Value, value))
            {
                return definition.Name;
            }
        }

        if (value is string or Enum)
        {
            var text = value is Enum ? ToUpperSnake(value.ToString()!) : (string)value;
            if (_values.TryGetValue(text, out var byName))
            {
                return byName.Name;
            }
        }

        throw new GraphQLException($"Enum \"{Name}\" cannot represent value: {Inspect.Value(value)}");
    }

    /// <summary>Input coercion of a variable value: the name of a value, as a string.</summary>
    public object ParseValue(object? input)
    {
        if (input is not string name)
        {
            throw new GraphQLException($"Enum \"{Name}\" cannot represent non-string value: {Inspect.Value(input)}." + DidYouMeanValue(Inspect.Value(input)));
        }

        if (!_values.TryGetValue(name, out var value))
        {
            throw new GraphQLException($"Value \"{name}\" does not exist in \"{Name}\" enum." + DidYouMeanValue(name));
        }

        return value.Value;
    }

    /// <summary>Input coercion of a literal: an enum value name.</summary>
    public object ParseLiteral(ValueNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node is not EnumValueNode enumNode)
        {
            var printed = Printer.Print(node);
            throw new GraphQLException(new GraphQLError($"Enum \"{Name}\" cannot represent non-enum value: {printed}." + DidYouMeanValue(printed)).WithNodes([node]));
        }

        if (!_values.TryGetValue(enumNode.Value, out var value))
        {
            throw new GraphQLException(new GraphQLError($"Value \"{enumNode.Value}\" does not exist in \"{Name}\" enum." + DidYouMeanValue(enumNode.Value)).WithNodes([node]));
        }

        return value.Value;
    }

    private string DidYouMeanValue(string input) =>
        Utilities.Suggestions.DidYouMean("the enum value", Utilities.Suggestions.List(input, _values.Keys));

    private static string ToUpperSnake(string name)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))) && name[i - 1] != '_')
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }
}
