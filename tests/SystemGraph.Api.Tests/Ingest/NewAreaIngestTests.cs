using System.Text.Json.Nodes;
using SystemGraph.Api.Auth;
using SystemGraph.Api.Tests.Writes;

namespace SystemGraph.Api.Tests.Ingest;

/// <summary>
/// A paper whose lines end at areas the graph does not hold, through ingestDocument over real HTTP: the graph needs a
/// spatial level of every area, so a new area is written with the level its name's head word gives (a locality is a
/// place, an ICS a system). Before, any new area stopped the whole ingest with "An AREA needs its spatial level".
/// </summary>
public sealed class NewAreaIngestTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    private static readonly string Planner = WriteApi.Token("priya", Roles.Planner);

    private const string Paper = """
        Wexcombe Health Partnership: about us

        The Wexcombe Health Partnership covers the Oakshire Locality and the Thornfield Neighbourhood.

        The Wexcombe Health Partnership is part of the Wexcombe and Oakshire ICS.
        """;

    [Fact]
    public async Task New_areas_come_in_with_the_level_their_names_give()
    {
        using var client = factory.CreateClient();
        var ingested = (await client.OkAsync(Planner, """
            mutation($text: String!) { ingestDocument(input: { text: $text, fileName: "wexcombe-partnership.txt", reason: "Partnership page" }) {
              lines { relationship { type from { name } to { name ... on Area { level } } } } errors { __typename ... on Error { message } } } }
            """, new { text = Paper }))["ingestDocument"]!;
        Assert.Null(ingested["errors"]);
        var lines = ingested["lines"]!.AsArray();

        static JsonNode To(JsonArray lines, string type, string to) => Assert.Single(lines, l =>
            l!["relationship"]!["type"]!.GetValue<string>() == type && l["relationship"]!["to"]!["name"]!.GetValue<string>() == to)!["relationship"]!["to"]!;

        Assert.Equal("PLACE", To(lines, "COVERS", "Oakshire Locality")["level"]!.GetValue<string>());
        Assert.Equal("NEIGHBOURHOOD", To(lines, "COVERS", "Thornfield Neighbourhood")["level"]!.GetValue<string>());
        Assert.Equal("SYSTEM", To(lines, "PART_OF", "Wexcombe and Oakshire ICS")["level"]!.GetValue<string>());
    }
}
