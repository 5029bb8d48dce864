using System.Collections.Frozen;
using System.Text;

namespace SystemGraph.Graph.Model;

/// <summary>
/// The wire names of the model's enums (UPPER_SNAKE, as the GraphQL contract and the seed files spell them)
/// and their parsing. One place, so the seed, the API and the Neo4j store agree.
/// </summary>
public static class GraphNames
{
    /// <summary>UPPER_SNAKE name of an enum value: <c>HeldToAccountBy</c> → <c>HELD_TO_ACCOUNT_BY</c>.</summary>
    public static string ToWire<TEnum>(TEnum value)
        where TEnum : struct, Enum => Cache<TEnum>.ToWire[value];

    /// <summary>Parses an UPPER_SNAKE name; returns false for unknown names.</summary>
    public static bool TryParse<TEnum>(string? wire, out TEnum value)
        where TEnum : struct, Enum
    {
        if (wire is not null && Cache<TEnum>.FromWire.TryGetValue(wire, out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>All wire names of an enum, in declaration order.</summary>
    public static IReadOnlyList<string> AllWire<TEnum>()
        where TEnum : struct, Enum => Cache<TEnum>.All;

    /// <summary>kebab-case of an enum value: <c>HeldToAccountBy</c> → <c>held-to-account-by</c> (used in relationship ids).</summary>
    public static string ToKebab<TEnum>(TEnum value)
        where TEnum : struct, Enum => ToWire(value).Replace('_', '-').ToLowerInvariant();

    /// <summary>UPPER_SNAKE of a PascalCase name (also for enums whose type is only known at run time).</summary>
    /// <summary>
    /// The PascalCase type name of an entity kind (<c>Organisation</c>, <c>Board</c> ...): the API's object type
    /// and the Neo4j label. A closed table, so the name can go into schema and statement text safely.
    /// </summary>
    public static string TypeName(EntityKind kind) => kind switch
    {
        EntityKind.Organisation => "Organisation",
        EntityKind.Board => "Board",
        EntityKind.Area => "Area",
        EntityKind.Programme => "Programme",
        EntityKind.Person => "Person",
        EntityKind.Service => "Service",
        EntityKind.Agreement => "Agreement",
        EntityKind.Function => "Function",
        EntityKind.Document => "Document",
        EntityKind.Fund => "Fund",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string PascalToUpperSnake(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 8);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (i > 0 && char.IsUpper(c))
            {
                sb.Append('_');
            }

            sb.Append(char.ToUpperInvariant(c));
        }

        return sb.ToString();
    }

    private static class Cache<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<TEnum, string> ToWire =
            Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => PascalToUpperSnake(v.ToString()));

        public static readonly FrozenDictionary<string, TEnum> FromWire =
            ToWire.ToFrozenDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);

        public static readonly IReadOnlyList<string> All = Enum.GetValues<TEnum>().Select(v => ToWire[v]).ToArray();
    }
}
