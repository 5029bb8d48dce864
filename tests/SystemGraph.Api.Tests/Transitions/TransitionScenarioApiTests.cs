using SystemGraph.Api.Auth;
using SystemGraph.Api.Tests.Writes;

namespace SystemGraph.Api.Tests.Transitions;

/// <summary>
/// A planner fixes the Bury holder gap in a scenario, through the API: open the scenario, write the line, watch the
/// report clear the finding (and scenarioFindingDiff say so) while the baseline keeps it, then promote. The gap is
/// the seed's open one: no paper names who holds Bury CCG's clinical leadership after the CCG ceased (30 June 2022).
/// Its own fixture: the promotion changes the baseline.
/// </summary>
public sealed class TransitionScenarioApiTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    private static readonly string Editor = WriteApi.Token("erin", Roles.Editor);
    private static readonly string Planner = WriteApi.Token("priya", Roles.Planner);
    private static readonly (string, string) LeadershipGap = ("HOLDER_GAP", "bury-ccg-clinical-leadership");

    [Fact]
    public async Task A_scenario_that_fills_the_holder_gap_clears_it_and_promoting_it_clears_it_from_the_baseline()
    {
        using var client = factory.CreateClient();
        Assert.Contains(LeadershipGap, await client.BuryFindingsAsync(null));

        var scenario = await client.OpenScenarioAsync(Planner, "GM ICB takes on Bury clinical leadership");
        var link = await client.OkAsync(Planner, """
            mutation($s: ID) { linkEntities(input: {
              from: "bury-ccg-clinical-leadership", to: "nhs-greater-manchester-icb", type: TRANSFERS_TO, status: AGREED,
              validFrom: "2022-07-01", scenario: $s,
              reason: "close the open gap", rationale: "what if the ICB, successor to the CCG, takes on its clinical leadership" }) { relationship { id } errors { __typename ... on Error { message } } } }
            """, new { s = scenario });
        Assert.True(link["linkEntities"]!["relationship"] is not null, link.ToJsonString());

        Assert.DoesNotContain(LeadershipGap, await client.BuryFindingsAsync(Planner, scenario));
        Assert.Contains(LeadershipGap, await client.BuryFindingsAsync(null));
        var diff = await client.OkAsync(Planner, """
            query($s: ID!) { scenarioFindingDiff(scenario: $s, ccg: "nhs-bury-ccg") { added { code function { id } } cleared { code function { id } from to } } }
            """, new { s = scenario });
        var cleared = diff["scenarioFindingDiff"]!["cleared"]!.AsArray();
        Assert.Contains(cleared, f => f!["code"]!.GetValue<string>() == "HOLDER_GAP" && f["function"]!["id"]!.GetValue<string>() == "bury-ccg-clinical-leadership"
            && f["from"]!.GetValue<string>() == "2022-07-01" && f["to"] is null);
        // The written transfer rests on the planner's rationale, no quoted source, so it is INFERRED: warned of, not hidden.
        var added = diff["scenarioFindingDiff"]!["added"]!.AsArray();
        Assert.Equal([("INFERRED_ONLY", "bury-ccg-clinical-leadership")], added.Select(f => (f!["code"]!.GetValue<string>(), f["function"]!["id"]!.GetValue<string>())));

        var promoted = await client.OkAsync(Editor, $$"""
            mutation($s: ID!) { promoteScenario(input: { scenario: $s, {{WriteApi.Evidence}} }) { scenario { status } errors { __typename ... on Error { message } } } }
            """, new { s = scenario });
        Assert.Equal("PROMOTED", promoted["promoteScenario"]!["scenario"]!["status"]!.GetValue<string>());
        Assert.DoesNotContain(LeadershipGap, await client.BuryFindingsAsync(null));
    }
}
