using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace SystemGraph.Api.Tests.Fuzz;

/// <summary>One request of the hostile corpus: what to send, and which family of input it tries.</summary>
public sealed record HostileRequest(string Family, HttpMethod Method, string PathAndQuery, string? Body, string ContentType, string Accept, string? Bearer);

/// <summary>
/// A seeded generator of hostile GraphQL-over-HTTP requests (issue 22): mutations with wrong, huge and strange inputs
/// and forged tokens; variables of every wrong shape; persisted-query hashes that are unknown, malformed or do not match
/// their text; subscriptions over SSE and plain POST; search text with query syntax, control characters and any
/// Unicode; and bodies that are not GraphQL at all. The same seed gives the same requests.
/// </summary>
public sealed class HostileRequestGenerator(int seed, string? validToken)
{
    private static readonly string[] Families = ["mutation", "variables", "persisted", "subscription", "search", "body"];

    private static readonly string[] Ids =
    [
        "bury", "nhs-bury-ccg", "greater-manchester-ics", "", " ", "../../etc/passwd", "x' OR 1=1 --", "}) MATCH (n) DETACH DELETE n //",
        "%00", "\u0000", "a\nb", "${jndi:ldap://x}", "<script>alert(1)</script>", "😀", "\u202Ebury", new string('a', 5000),
    ];

    private static readonly string[] SearchTexts =
    [
        "*:*", "name:bury AND kind:BOARD", "bury~", "bury~0.1", "\"unterminated", "(((", ")))", "a OR b NOT c", "+-&&||!(){}[]^\"~*?:\\/",
        "\\", "/regex.*/", "[a TO z]", "{!lucene}x", "bury^100", "?", "*", "ÅÄÖ ñ ç", "ب ت ث", "日本語", "\u0001\u0002\u001f", "\t\r\n",
        "    ", ".,;:", new string('x', 600), string.Concat(Enumerable.Repeat("bury ", 120)), "MATCH (n) RETURN n", "'; DROP TABLE x; --",
    ];

    /// <summary>Deep enough for the nested variables (the server's own JSON limits are what is being tried).</summary>
    private static readonly JsonSerializerOptions Json = new() { MaxDepth = 4096 };

    private readonly Random random = new(seed);

    public HostileRequest Next()
    {
        var family = Families[random.Next(Families.Length)];
        return family switch
        {
            "mutation" => Mutation(),
            "variables" => Variables(),
            "persisted" => Persisted(),
            "subscription" => Subscription(),
            "search" => Search(),
            _ => Body(),
        };
    }

    private HostileRequest Mutation()
    {
        var name = Pick(["createEntity", "updateEntity", "linkEntities", "endRelationship", "changeRelationshipStatus", "openScenario", "promoteScenario", "discardScenario", "proposeFunctionTransfer", "ingestDocument", "noSuchMutation"]);
        var fields = string.Join(", ", Enumerable.Range(0, random.Next(0, 6)).Select(_ =>
            $"{Pick(["id", "kind", "name", "reason", "rationale", "scenario", "from", "to", "type", "status", "validFrom", "source", "expectedRevision", "bogus"])}: {Literal()}"));
        var query = random.Next(4) switch
        {
            0 => $"mutation {{ {name}(input: {{ {fields} }}) {{ __typename }} }}",
            1 => $"mutation($i: {Pick(["CreateEntityInput!", "OpenScenarioInput", "String", "[Int]", "LinkEntitiesInput!"])}) {{ {name}(input: $i) {{ __typename }} }}",
            2 => $"mutation {{ a: {name}(input: {{ {fields} }}) {{ __typename }} b: {name}(input: {{ {fields} }}) {{ __typename }} }}",
            _ => $"mutation {{ {name}({fields}) }}",
        };
        var variables = random.Next(2) == 0 ? new Dictionary<string, object?> { ["i"] = HostileValue(3) } : null;
        return Post("mutation", query, variables, bearer: Token());
    }

    private HostileRequest Variables()
    {
        var query = Pick([
            "query($id: ID!) { entity(id: $id) { id name } }",
            "query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
            "query($d: Int) { accountabilityChain(from: \"bury\", maxDepth: $d) { truncated } }",
            "query($w: OrganisationFilterInput, $f: Int) { organisations(where: $w, first: $f) { totalCount } }",
            "query($t: String!, $k: [EntityKind!]) { search(text: $t, kinds: $k) { score } }",
            "query($a: Date) { orgChart(root: \"bury\", asOf: $a) { truncated } }",
            "query($x: Boolean!) { graphStats @include(if: $x) { entities } }",
        ]);
        var bodyVariables = random.Next(6) switch
        {
            0 => (object?)HostileValue(4),
            1 => new Dictionary<string, object?> { ["id"] = HostileValue(3), ["ids"] = HostileValue(3), ["d"] = HostileValue(2), ["w"] = HostileValue(4), ["t"] = HostileValue(2), ["a"] = HostileValue(1), ["x"] = HostileValue(1), ["f"] = HostileValue(1), ["k"] = HostileValue(2) },
            2 => Nested(random.Next(10, 400)),
            3 => "not an object",
            4 => new Dictionary<string, object?> { ["d"] = 2147483648L, ["f"] = -1, ["ids"] = Enumerable.Range(0, random.Next(90, 300)).Select(i => $"id-{i}").ToArray() },
            _ => new Dictionary<string, object?> { ["w"] = new Dictionary<string, object?> { ["or"] = Enumerable.Range(0, 50).Select(_ => new Dictionary<string, object?> { ["name"] = new Dictionary<string, object?> { ["contains"] = Pick(SearchTexts) } }).ToArray() } },
        };
        return Post("variables", query, bodyVariables);
    }

    private HostileRequest Persisted()
    {
        var query = random.Next(3) == 0 ? null : Pick(["{ graphStats { entities } }", "{ entity(id: \"bury\") { id } }", "query { __typename }", "{ search(text: \"bury\") { score } }"]);
        object? hash = random.Next(6) switch
        {
            0 => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query ?? "x"))),
            1 => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Literal()))),
            2 => "ZZZZ" + new string('g', 60),
            3 => random.Next(),
            4 => null,
            _ => new string('0', random.Next(0, 200)),
        };
        var persisted = new Dictionary<string, object?> { ["version"] = random.Next(4) == 0 ? (object?)HostileValue(1) : 1, ["sha256Hash"] = hash };
        var extensions = random.Next(5) == 0 ? (object?)HostileValue(3) : new Dictionary<string, object?> { ["persistedQuery"] = random.Next(5) == 0 ? HostileValue(2) : persisted };
        if (random.Next(3) == 0)
        {
            // GET, as Apollo clients send persisted queries: the extensions in the query string.
            var parameters = $"extensions={Uri.EscapeDataString(JsonSerializer.Serialize(extensions))}" + (query is null ? "" : $"&query={Uri.EscapeDataString(query)}");
            return new HostileRequest("persisted", HttpMethod.Get, "/graphql?" + parameters, null, "application/json", "application/graphql-response+json", null);
        }

        return Post("persisted", query, null, extensions: extensions);
    }

    private HostileRequest Subscription()
    {
        var query = Pick([
            $"subscription {{ entityChanged(id: {Literal()}) {{ id }} }}",
            $"subscription {{ scenarioChanged(id: {Literal()}) {{ scenarioId }} }}",
            "subscription { graphChanged { version } entityChanged(id: \"bury\") { id } }",
            "subscription { graphChanged }",
            "subscription { __typename }",
            "subscription($id: ID!) { entityChanged(id: $id) { id } }",
            "subscription { graphChanged { version } } subscription { graphChanged { at } }",
            "subscription S { graphChanged { version ...F } } fragment F on GraphChange { nope }",
            "subscription { graphChanged { version } }",
        ]);
        var stream = random.Next(2) == 0;
        return Post("subscription", query, random.Next(2) == 0 ? new Dictionary<string, object?> { ["id"] = HostileValue(2) } : null,
            accept: stream ? "text/event-stream" : Pick(["application/json", "application/graphql-response+json", "*/*", "text/html"]), bearer: Token());
    }

    private HostileRequest Search()
    {
        var text = random.Next(3) == 0 ? RandomUnicode(random.Next(0, 700)) : Pick(SearchTexts);
        var field = Pick(["search", "searchEvidence"]);
        var first = random.Next(5) == 0 ? random.Next(-5, 200) : 5;
        return random.Next(2) == 0
            ? Post("search", $"query($t: String!) {{ {field}(text: $t, first: {first}) {{ score }} }}", new Dictionary<string, object?> { ["t"] = text })
            : Post("search", $"{{ {field}(text: {JsonSerializer.Serialize(text)}, first: {first}) {{ score }} }}", null);
    }

    private HostileRequest Body()
    {
        var (body, contentType) = random.Next(8) switch
        {
            0 => ("{\"query\": \"{ graphStats { entities } }\"", "application/json"),
            1 => (new string('[', random.Next(100, 5000)) + new string(']', random.Next(0, 10)), "application/json"),
            2 => (RandomUnicode(random.Next(1, 2000)), "application/json"),
            3 => ("{ graphStats { entities } }", Pick(["application/graphql", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"])),
            4 => ("{\"query\": " + JsonSerializer.Serialize("{ " + string.Concat(Enumerable.Repeat("entity(id: \"bury\") { ", random.Next(20, 400))) + " id") + "}", "application/json"),
            5 => ("[" + string.Join(',', Enumerable.Range(0, random.Next(2, 60)).Select(_ => "{\"query\": \"{ graphStats { entities } }\"}")) + "]", "application/json"),
            6 => ("{\"query\": 42, \"variables\": [], \"operationName\": {}}", "application/json; charset=" + Pick(["utf-8", "latin1", "nope"])),
            _ => ("{\"query\": \"" + string.Concat(Enumerable.Repeat("{a", random.Next(10, 3000))) + "\"}", "application/json"),
        };
        return new HostileRequest("body", HttpMethod.Post, "/graphql", body, contentType, Pick(["application/json", "application/graphql-response+json", "*/*", "image/png"]), null);
    }

    private HostileRequest Post(string family, string? query, object? variables, string accept = "application/graphql-response+json", string? bearer = null, object? extensions = null)
    {
        var body = new Dictionary<string, object?>();
        if (query is not null)
        {
            body["query"] = query;
        }

        if (variables is not null)
        {
            body["variables"] = variables;
        }

        if (extensions is not null)
        {
            body["extensions"] = extensions;
        }

        return new HostileRequest(family, HttpMethod.Post, "/graphql", JsonSerializer.Serialize(body, Json), "application/json", accept, bearer);
    }

    /// <summary>No token, the valid one, or a forged one (bad signature, alg none, garbage).</summary>
    private string? Token() => random.Next(5) switch
    {
        0 => null,
        1 or 2 => validToken,
        3 => "eyJhbGciOiJub25lIn0." + Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"sub\":\"x\",\"role\":\"admin\"}")).TrimEnd('=') + ".",
        _ => validToken is null ? Literal() : validToken[..^4] + "AAAA",
    };

    /// <summary>A GraphQL literal of any kind, sometimes of the wrong type.</summary>
    private string Literal() => random.Next(8) switch
    {
        0 => JsonSerializer.Serialize(Pick(Ids)),
        1 => random.Next(int.MinValue, int.MaxValue).ToString(CultureInfo.InvariantCulture),
        2 => "99999999999999999999999",
        3 => "1.5e308",
        4 => Pick(["true", "null", "BOARD", "ACCOUNTABLE_TO", "[]", "{}", "[null]", "$undefined"]),
        5 => JsonSerializer.Serialize(RandomUnicode(random.Next(0, 80))),
        6 => "{ " + string.Join(", ", Enumerable.Range(0, random.Next(1, 4)).Select(i => $"f{i}: {JsonSerializer.Serialize(Pick(Ids))}")) + " }",
        _ => JsonSerializer.Serialize(Pick(["2022-13-45", "0001-01-01", "9999-12-31", "yesterday", "2022-07-01T00:00:00Z"])),
    };

    /// <summary>A JSON value of any shape, nested up to <paramref name="depth"/>.</summary>
    private object? HostileValue(int depth) => (depth <= 0 ? random.Next(6) : random.Next(9)) switch
    {
        0 => null,
        1 => Pick(Ids),
        2 => random.Next(3) == 0 ? double.MaxValue : random.Next(int.MinValue, int.MaxValue),
        3 => random.Next(2) == 0,
        4 => RandomUnicode(random.Next(0, 100)),
        5 => Pick(["BOARD", "ACCOUNTABLE_TO", "2022-07-01", "PROPOSED", "", "1e400"]),
        6 or 7 => Enumerable.Range(0, random.Next(0, 5)).ToDictionary(
            i => Pick(["id", "kind", "name", "reason", "rationale", "scenario", "eq", "in", "or", "and", "some", "__proto__", "constructor", $"k{i}"]) + (i > 0 ? i.ToString(CultureInfo.InvariantCulture) : ""),
            _ => HostileValue(depth - 1)),
        _ => Enumerable.Range(0, random.Next(0, 5)).Select(_ => HostileValue(depth - 1)).ToArray(),
    };

    private static object Nested(int depth)
    {
        object value = "deep";
        for (var i = 0; i < depth; i++)
        {
            value = new Dictionary<string, object?> { ["w"] = value };
        }

        return value;
    }

    /// <summary>Any Unicode, lone surrogates and controls included (JSON escapes what needs escaping).</summary>
    private string RandomUnicode(int length)
    {
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(random.Next(6) switch
            {
                0 => ((char)random.Next(0, 32)).ToString(),
                1 => ((char)random.Next(0xD800, 0xE000)).ToString(),
                2 => ((char)random.Next(0x80, 0x800)).ToString(),
                3 => char.ConvertFromUtf32(random.Next(0x1F300, 0x1FAFF)),
                _ => ((char)random.Next(32, 127)).ToString(),
            });
        }

        return builder.ToString();
    }

    private T Pick<T>(T[] values) => values[random.Next(values.Length)];
}
