using SystemGraph.Graph.Model;
using SystemGraph.Graph.Transitions;

namespace SystemGraph.Graph.Tests.Facts;

/// <summary>
/// The Bury transition as the seed (on main) records it, checked: every finding pinned with its dates and the
/// sources behind it. To re-pin after the seed changes, run the test and copy the "actual" table it prints on
/// failure over <see cref="Expected"/>: the one table.
/// </summary>
public sealed class BuryTransitionFindingsTests(SeededGraph graph) : IClassFixture<SeededGraph>
{
    /// <summary>Code, function, from, to, and the sources (document#section, in the finding's order).</summary>
    private static readonly string[] Expected =
    [
        "FUNCTION_UNMAPPED | bury-ccg-clinical-leadership | 2022-06-30 | 2022-06-30 | doc-gm-ics-transition-2021#1.2 Next Steps to a GM operating model; ons-ccg-to-stp-to-region-2021-04#row 28; ods-eccg-2025-12#00V; doc-gm-ics-transition-2021#Presented By; doc-gm-ics-transition-2021#CCG Functions",
        "HOLDER_GAP | bury-ccg-clinical-leadership | 2022-07-01 |  | doc-gm-ics-transition-2021#1.2 Next Steps to a GM operating model; ons-ccg-to-stp-to-region-2021-04#row 28; ods-eccg-2025-12#00V; doc-gm-ics-transition-2021#Presented By; doc-gm-ics-transition-2021#CCG Functions",
        "PROPOSAL_ONLY | bury-ccg-community-services-budget | 2022-04-01 | 2022-04-01 | doc-gm-ics-transition-2021#2.2.3 (2); doc-gm-ics-transition-2021#Background",
        "INFERRED_ONLY | bury-ccg-community-services-budget | 2022-04-01 | 2022-04-01 | doc-gm-ics-transition-2021#2.2.3 (2); doc-gm-ics-transition-2021#Background",
        "ACCOUNTABILITY_BREAK | bury-ccg-community-services-budget | 2022-04-01 | 2022-04-01 | doc-gm-ics-transition-2021#2.2.3 (2); doc-gm-ics-transition-2021#Background; doc-bury-partnership-2021#3. System Governance documentation; doc-bury-partnership-2021#table: system governance documentation; row: 2a; third column (status)",
        "FUNCTION_UNMAPPED | bury-ccg-community-services-budget | 2022-06-30 | 2022-06-30 | doc-gm-ics-transition-2021#2.2.3 (2); doc-gm-ics-transition-2021#Background; ons-ccg-to-stp-to-region-2021-04#row 28; ods-eccg-2025-12#00V; doc-gm-ics-transition-2021#Presented By; doc-gm-ics-transition-2021#CCG Functions",
        "DESTINATION_NOT_YET_ESTABLISHED | bury-ccg-staff-employment | 2022-04-01 | 2022-06-30 | doc-gm-ics-transition-2021#1.1 GM Workshops and the Mike Farrar Report; doc-bury-partnership-2021#14. Outstanding Issues at GM level that determine our capability, item 3; doc-gm-ics-transition-2021#Executive Summary; ods-icb-names-codes-2024-12#QOP; doc-gm-ics-transition-2021#2.2.3 (1)",
        "PROPOSAL_ONLY | bury-ccg-staff-employment | 2022-04-01 | 2022-04-01 | doc-gm-ics-transition-2021#1.1 GM Workshops and the Mike Farrar Report; doc-bury-partnership-2021#14. Outstanding Issues at GM level that determine our capability, item 3; doc-gm-ics-transition-2021#Executive Summary; doc-gm-ics-transition-2021#CCG Functions",
        "INFERRED_ONLY | bury-ccg-staff-employment | 2022-04-01 | 2022-04-01 | doc-gm-ics-transition-2021#1.1 GM Workshops and the Mike Farrar Report; doc-bury-partnership-2021#14. Outstanding Issues at GM level that determine our capability, item 3; doc-gm-ics-transition-2021#Executive Summary; doc-gm-ics-transition-2021#CCG Functions",
        "FUNCTION_UNMAPPED | bury-ccg-staff-employment | 2022-06-30 | 2022-06-30 | doc-gm-ics-transition-2021#2. Workforce Communication; doc-gm-ics-transition-2021#1.1 GM Workshops and the Mike Farrar Report; doc-bury-partnership-2021#14. Outstanding Issues at GM level that determine our capability, item 3; doc-gm-ics-transition-2021#Executive Summary; ons-ccg-to-stp-to-region-2021-04#row 28; ods-eccg-2025-12#00V; doc-gm-ics-transition-2021#Presented By; doc-gm-ics-transition-2021#CCG Functions",
        "DESTINATION_NOT_YET_ESTABLISHED | bury-ccg-statutory-functions | 2022-04-01 | 2022-06-30 | doc-gm-ics-transition-2021#CCG Functions; ods-icb-names-codes-2024-12#QOP; doc-gm-ics-transition-2021#2.2.3 (1)",
        "PROPOSAL_ONLY | bury-ccg-statutory-functions | 2022-04-01 | 2022-04-01 | doc-gm-ics-transition-2021#CCG Functions; doc-gm-ics-transition-2021#Executive Summary",
        "INFERRED_ONLY | bury-ccg-statutory-functions | 2022-04-01 | 2022-04-01 | doc-gm-ics-transition-2021#CCG Functions; doc-gm-ics-transition-2021#Executive Summary",
        "FUNCTION_UNMAPPED | bury-ccg-statutory-functions | 2022-06-30 | 2022-06-30 | doc-gm-ics-transition-2021#CCG Functions; ons-ccg-to-stp-to-region-2021-04#row 28; ods-eccg-2025-12#00V; doc-gm-ics-transition-2021#Presented By",
    ];

    [Fact]
    public async Task Bury_findings_are_pinned_with_their_sources()
    {
        var report = await TransitionChecker.CheckAsync(graph.Store, new TransitionRequest(CcgId: "nhs-bury-ccg"), CancellationToken.None);

        var actual = report.Findings.Select(Row).ToArray();

        Assert.True(Expected.SequenceEqual(actual), "actual:\n" + string.Join("\n", actual.Select(r => $"        \"{r.Replace("\"", "\\\"", StringComparison.Ordinal)}\",")));
    }

    private static string Row(TransitionFinding f) =>
        $"{GraphNames.ToWire(f.Code)} | {f.Function.Id} | {f.From:yyyy-MM-dd} | {f.To:yyyy-MM-dd} | {string.Join("; ", f.Sources.Select(s => $"{s.DocumentId}#{s.Section}").Distinct(StringComparer.Ordinal))}";
}
