using SystemGraph.Api.Auth;

namespace SystemGraph.Api.Tests.Writes;

/// <summary>
/// A line written through the API carries a basis like the seed's (issue #14): STATED only when its write cites a
/// passage with a quote; otherwise INFERRED, with the writer's rationale (or reason) as why.
/// </summary>
public sealed class LineBasisWriteTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    private static readonly string Editor = WriteApi.Token("erin", Roles.Editor);

    [Fact]
    public async Task A_quoted_source_makes_a_stated_line_and_a_rationale_an_inferred_one()
    {
        using var client = factory.CreateClient();
        var stated = await client.OkAsync(Editor, """
            mutation { linkEntities(input: { from: "bury-integrated-delivery-collaborative", to: "nhs-bury-ccg", type: REPORTS_TO, reason: "r",
              source: { document: "doc-bury-partnership-2021", section: "8", quote: "Bury Integrated Delivery Collaborative" } }) {
              relationship { basis rationale } errors { __typename } } }
            """);
        var inferred = await client.OkAsync(Editor, """
            mutation { linkEntities(input: { from: "bury-integrated-delivery-collaborative", to: "nhs-greater-manchester-icb", type: REPORTS_TO, reason: "r",
              rationale: "The IDC's reports reach the ICB through the System Board." }) {
              relationship { basis rationale } errors { __typename } } }
            """);

        Assert.Equal("STATED", stated["linkEntities"]!["relationship"]!["basis"]!.GetValue<string>());
        Assert.Null(stated["linkEntities"]!["relationship"]!["rationale"]);
        Assert.Equal("INFERRED", inferred["linkEntities"]!["relationship"]!["basis"]!.GetValue<string>());
        Assert.Equal("The IDC's reports reach the ICB through the System Board.", inferred["linkEntities"]!["relationship"]!["rationale"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_stated_line_without_a_quote_is_refused()
    {
        using var client = factory.CreateClient();
        var refused = await client.OkAsync(Editor, """
            mutation { linkEntities(input: { from: "healthwatch-bury", to: "bury-locality-system-board", type: REPORTS_TO, basis: STATED, reason: "r",
              source: { document: "doc-bury-partnership-2021", section: "8" } }) {
              relationship { id } errors { __typename ... on ValidationError { field } } } }
            """);

        Assert.Null(refused["linkEntities"]!["relationship"]);
        Assert.Equal("ValidationError", refused["linkEntities"]!["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Equal("basis", refused["linkEntities"]!["errors"]![0]!["field"]!.GetValue<string>());
    }
}
