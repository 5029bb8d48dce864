using SystemGraph.Graph.Changes;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;
using SystemGraph.Graph.Transitions;
using SystemGraph.Graph.Transitions.Rules;
using Xunit;
using static SystemGraph.TestSupport.GraphStoreConformance.TestGraph;

namespace SystemGraph.TestSupport.GraphStoreConformance;

/// <summary>
/// The transition checker on small hand-built graphs, against any store: each finding, its boundaries (a holder
/// ending the day before the next starts is no gap), the scope of a report, asOf, and a scenario clearing a finding.
/// A CCG ceasing on 30 June 2022 holds function "f"; an ICB exists from 1 July 2022.
/// </summary>
public abstract class TransitionFindingConformanceTests
{
    protected abstract Task<IGraphStore> CreateStoreAsync();

    private static readonly DateOnly Ceases = Date(2022, 6, 30);
    private static readonly DateOnly Starts = Date(2022, 7, 1);

    private static Entity Function(string id = "f") => new() { Id = id, Kind = EntityKind.Function, Name = id, Sources = [Source] };

    private static Entity Ccg(string id = "ccg") => Org(id, type: "CCG", validFrom: Date(2013, 4, 1), validTo: Ceases) with { IsLegalEntity = true };

    private static Entity Icb(string id = "icb", DateOnly? from = null) => Org(id, type: "ICB", validFrom: from ?? Starts) with { IsLegalEntity = true };

    private static Relationship Held(string to = "ccg", DateOnly? until = null, string function = "f") =>
        Line(function, RelationshipType.HeldBy, to, RelationshipStatus.InForce, validTo: until ?? Ceases);

    private static Relationship Transfer(string to, DateOnly on, RelationshipStatus status = RelationshipStatus.Agreed, DateOnly? until = null, string? role = null) =>
        Line("f", RelationshipType.TransfersTo, to, status, validFrom: on, validTo: until, role: role, id: $"f.transfers-to.{to}.{on:yyyyMMdd}");

    private async Task<IGraphStore> GraphAsync(IEnumerable<Entity> entities, IEnumerable<Relationship> lines)
    {
        var store = await CreateStoreAsync();
        await store.LoadAsync([.. entities.Append(Document())], [.. lines], CancellationToken.None);
        return store;
    }

    private static async Task<IReadOnlyList<TransitionFinding>> FindingsAsync(IGraphReader store, TransitionFindingCode code, DateOnly? asOf = null) =>
        (await TransitionChecker.CheckAsync(store, new TransitionRequest(CcgId: "ccg", AsOf: asOf), CancellationToken.None)).Findings.Where(f => f.Code == code).ToList();

    [SkippableFact]
    public async Task Unmapped_when_only_a_proposed_transfer_exists_by_the_day_the_body_ceases()
    {
        var store = await GraphAsync([Ccg(), Icb(), Function()], [Held(), Transfer("icb", Starts, RelationshipStatus.Proposed)]);

        var finding = Assert.Single(await FindingsAsync(store, TransitionFindingCode.FunctionUnmapped));

        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal((Ceases, Ceases), (finding.From!.Value, finding.To!.Value));
        Assert.Equal(["f", "ccg", "icb"], finding.Entities.Select(e => e.Id));
        Assert.Equal(["f.held-by.ccg", "f.transfers-to.icb.20220701"], finding.Relationships.Select(r => r.Id));
        Assert.Contains(Source, finding.Sources);
    }

    [SkippableFact]
    public async Task Mapped_by_an_agreed_transfer_taking_effect_the_day_after_the_body_ceases_but_not_two_days_after()
    {
        var onTime = await GraphAsync([Ccg(), Icb(), Function()], [Held(), Transfer("icb", Starts)]);
        var late = await GraphAsync([Ccg(), Icb(), Function()], [Held(), Transfer("icb", Starts.AddDays(1))]);

        Assert.Empty(await FindingsAsync(onTime, TransitionFindingCode.FunctionUnmapped));
        Assert.Single(await FindingsAsync(late, TransitionFindingCode.FunctionUnmapped));
    }

    [SkippableFact]
    public async Task A_holder_ending_the_day_before_the_next_starts_is_no_gap()
    {
        var store = await GraphAsync([Ccg(), Icb(), Function()], [Held(), Transfer("icb", Starts)]);

        Assert.Empty(await FindingsAsync(store, TransitionFindingCode.HolderGap));
        var report = await TransitionChecker.CheckAsync(store, new TransitionRequest(CcgId: "ccg"), CancellationToken.None);
        var timeline = Assert.Single(report.Functions);
        Assert.Equal([("ccg", (DateOnly?)Date(2013, 4, 1), (DateOnly?)Ceases), ("icb", Starts, null)], timeline.Periods.Select(p => (p.Holder!.Id, p.From, p.To)));
    }

    [SkippableFact]
    public async Task A_day_between_holders_is_a_gap_of_one_day()
    {
        var store = await GraphAsync([Ccg(), Icb(), Function()], [Held(), Transfer("icb", Starts.AddDays(1))]);

        var gap = Assert.Single(await FindingsAsync(store, TransitionFindingCode.HolderGap));

        Assert.Equal((Starts, Starts), (gap.From!.Value, gap.To!.Value));
        Assert.Equal(["f.held-by.ccg", "f.transfers-to.icb.20220702"], gap.Relationships.Select(r => r.Id));
        var report = await TransitionChecker.CheckAsync(store, new TransitionRequest(CcgId: "ccg"), CancellationToken.None);
        var nobody = Assert.Single(report.Functions[0].Periods, p => p.Holder is null);
        Assert.Equal([TransitionFindingCode.HolderGap], nobody.FindingCodes);
    }

    [SkippableFact]
    public async Task A_transfer_before_its_destination_exists_leaves_a_gap_until_it_does()
    {
        var store = await GraphAsync([Ccg(), Icb(), Function()], [Held(until: Date(2022, 3, 31)), Transfer("icb", Date(2022, 4, 1))]);

        var gap = Assert.Single(await FindingsAsync(store, TransitionFindingCode.HolderGap));
        var early = Assert.Single(await FindingsAsync(store, TransitionFindingCode.DestinationNotYetEstablished));

        Assert.Equal((Date(2022, 4, 1), Date(2022, 6, 30)), (gap.From!.Value, gap.To!.Value));
        Assert.Equal((Date(2022, 4, 1), Date(2022, 6, 30)), (early.From!.Value, early.To!.Value));
        Assert.Equal(["f", "icb"], early.Entities.Select(e => e.Id));
    }

    [SkippableFact]
    public async Task After_the_last_holder_ends_the_function_is_held_by_nobody_until_its_own_end()
    {
        var open = await GraphAsync([Ccg(), Function()], [Held(until: Date(2022, 3, 31))]);
        var ending = await GraphAsync([Ccg(), Function() with { ValidTo = Date(2022, 3, 31) }], [Held(until: Date(2022, 3, 31))]);

        var gap = Assert.Single(await FindingsAsync(open, TransitionFindingCode.HolderGap));
        Assert.Equal(Date(2022, 4, 1), gap.From);
        Assert.Null(gap.To);
        Assert.Empty(await FindingsAsync(ending, TransitionFindingCode.HolderGap));
    }

    [SkippableFact]
    public async Task A_transfer_on_the_day_the_destination_starts_is_established_and_one_after_it_ceased_is_not()
    {
        var onTheDay = await GraphAsync([Ccg(), Icb(), Function()], [Held(), Transfer("icb", Starts)]);
        var ceased = await GraphAsync([Ccg(), Icb() with { ValidTo = Date(2022, 6, 1) }, Function()], [Held(), Transfer("icb", Starts)]);

        Assert.Empty(await FindingsAsync(onTheDay, TransitionFindingCode.DestinationNotYetEstablished));
        var finding = Assert.Single(await FindingsAsync(ceased, TransitionFindingCode.DestinationNotYetEstablished));
        Assert.Equal(Starts, finding.From);
    }

    [SkippableFact]
    public async Task Two_open_transfers_to_different_bodies_conflict_from_the_later_start()
    {
        var store = await GraphAsync([Ccg(), Icb(), Icb("other"), Function()], [Held(), Transfer("icb", Starts), Transfer("other", Starts.AddDays(10))]);

        var finding = Assert.Single(await FindingsAsync(store, TransitionFindingCode.ConflictingDestinations));

        Assert.Equal(Starts.AddDays(10), finding.From);
        Assert.Null(finding.To);
        Assert.Equal(["f", "icb", "other"], finding.Entities.Select(e => e.Id));
    }

    [SkippableFact]
    public async Task Transfers_in_sequence_or_ended_do_not_conflict()
    {
        var sequence = await GraphAsync([Ccg(), Icb(), Icb("other"), Function()],
            [Held(), Transfer("icb", Starts, until: Date(2022, 12, 31)), Transfer("other", Date(2023, 1, 1))]);
        var ended = await GraphAsync([Ccg(), Icb(), Icb("other"), Function()],
            [Held(), Transfer("icb", Starts, RelationshipStatus.Ended), Transfer("other", Starts)]);

        Assert.Empty(await FindingsAsync(sequence, TransitionFindingCode.ConflictingDestinations));
        Assert.Empty(await FindingsAsync(ended, TransitionFindingCode.ConflictingDestinations));
    }

    [SkippableFact]
    public async Task A_destination_on_proposed_or_draft_lines_only_is_a_proposal()
    {
        var proposed = await GraphAsync([Ccg(), Icb(), Function()], [Held(), Transfer("icb", Starts, RelationshipStatus.Proposed)]);
        var draft = await GraphAsync([Ccg(), Icb(), Function()], [Held(), Transfer("icb", Starts, RelationshipStatus.Draft)]);
        var agreed = await GraphAsync([Ccg(), Icb(), Function()], [Held(), Transfer("icb", Starts)]);

        var finding = Assert.Single(await FindingsAsync(proposed, TransitionFindingCode.ProposalOnly));
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal(Starts, finding.From);
        Assert.Single(await FindingsAsync(draft, TransitionFindingCode.ProposalOnly));
        Assert.Empty(await FindingsAsync(agreed, TransitionFindingCode.ProposalOnly));
    }

    [SkippableFact]
    public async Task A_statutory_succession_in_force_on_the_transfer_date_firms_up_a_proposed_transfer()
    {
        var store = await GraphAsync([Ccg(), Icb(), Function()],
            [Held(), Transfer("icb", Starts, RelationshipStatus.Proposed), Line("ccg", RelationshipType.SucceededBy, "icb", RelationshipStatus.InForce, validFrom: Starts)]);
        var tooLate = await GraphAsync([Ccg(), Icb(), Function()],
            [Held(), Transfer("icb", Starts, RelationshipStatus.Proposed), Line("ccg", RelationshipType.SucceededBy, "icb", RelationshipStatus.InForce, validFrom: Starts.AddDays(1))]);

        Assert.Empty(await FindingsAsync(store, TransitionFindingCode.ProposalOnly));
        Assert.Single(await FindingsAsync(tooLate, TransitionFindingCode.ProposalOnly));
    }

    [SkippableFact]
    public async Task A_destination_on_inferred_lines_only_is_found_through_the_basis_seam()
    {
        // Lines carry no basis yet: the rule's predicate is the seam; here a line whose role says "inferred" is inferred.
        var rule = new InferredOnlyRule(l => l.Role == "inferred");
        var inferred = await GraphAsync([Ccg(), Icb(), Function()], [Held(), Transfer("icb", Starts, role: "inferred")]);
        var stated = await GraphAsync([Ccg(), Icb(), Function()], [Held(), Transfer("icb", Starts, role: "inferred"), Held("icb", until: Date(2030, 1, 1)) with { ValidFrom = Starts }]);

        var finding = Assert.Single((await TransitionChecker.CheckAsync(inferred, new TransitionRequest(CcgId: "ccg"), [rule], CancellationToken.None)).Findings);
        Assert.Equal(TransitionFindingCode.InferredOnly, finding.Code);
        Assert.Empty((await TransitionChecker.CheckAsync(stated, new TransitionRequest(CcgId: "ccg"), [rule], CancellationToken.None)).Findings);
        Assert.Empty(await FindingsAsync(inferred, TransitionFindingCode.InferredOnly));
    }

    [SkippableFact]
    public async Task A_destination_with_no_accountability_in_force_on_the_transfer_date_breaks_the_chain()
    {
        Entity[] entities = [Ccg(), Icb(), Board("locality"), Board("forum"), Function()];
        var proposed = await GraphAsync(entities, [Held(), Transfer("locality", Starts), Line("locality", RelationshipType.AccountableTo, "icb", RelationshipStatus.Proposed)]);
        var inForce = await GraphAsync(entities, [Held(), Transfer("locality", Starts), Line("locality", RelationshipType.AccountableTo, "icb", RelationshipStatus.InForce, validFrom: Starts)]);
        var later = await GraphAsync(entities, [Held(), Transfer("locality", Starts), Line("locality", RelationshipType.AccountableTo, "icb", RelationshipStatus.InForce, validFrom: Starts.AddDays(1))]);
        var dangling = await GraphAsync(entities, [Held(), Transfer("locality", Starts), Line("locality", RelationshipType.ReportsTo, "forum", RelationshipStatus.Agreed)]);
        var statutory = await GraphAsync(entities, [Held(), Transfer("icb", Starts)]);

        var finding = Assert.Single(await FindingsAsync(proposed, TransitionFindingCode.AccountabilityBreak));
        Assert.Equal(["f.transfers-to.locality.20220701", "locality.accountable-to.icb"], finding.Relationships.Select(r => r.Id));
        Assert.Empty(await FindingsAsync(inForce, TransitionFindingCode.AccountabilityBreak));
        Assert.Single(await FindingsAsync(later, TransitionFindingCode.AccountabilityBreak));
        var chain = Assert.Single(await FindingsAsync(dangling, TransitionFindingCode.AccountabilityBreak));
        Assert.Contains(chain.Entities, e => e.Id == "forum");
        Assert.Empty(await FindingsAsync(statutory, TransitionFindingCode.AccountabilityBreak));
    }

    [SkippableFact]
    public async Task AsOf_keeps_the_findings_not_over_by_that_date()
    {
        var store = await GraphAsync([Ccg(), Icb(), Function()], [Held(until: Date(2022, 3, 31)), Transfer("icb", Date(2022, 4, 1), RelationshipStatus.Proposed)]);

        Assert.Single(await FindingsAsync(store, TransitionFindingCode.HolderGap, Date(2022, 6, 30)));
        Assert.Empty(await FindingsAsync(store, TransitionFindingCode.HolderGap, Date(2022, 7, 1)));
        Assert.Empty(await FindingsAsync(store, TransitionFindingCode.ProposalOnly, Date(2022, 4, 2)));
    }

    [SkippableFact]
    public async Task A_system_report_covers_the_ccgs_its_bodies_succeed_and_says_when_functions_are_not_recorded()
    {
        var system = new Entity { Id = "ics", Kind = EntityKind.Area, Name = "An ICS", Level = SpatialLevel.System, Sources = [Source] };
        var store = await GraphAsync([system, Ccg(), Ccg("quiet"), Ccg("elsewhere"), Icb(), Function()],
            [Held(), Transfer("icb", Starts), Line("icb", RelationshipType.Covers, "ics", RelationshipStatus.InForce),
             Line("ccg", RelationshipType.SucceededBy, "icb", RelationshipStatus.InForce, validFrom: Starts),
             Line("quiet", RelationshipType.SucceededBy, "icb", RelationshipStatus.InForce, validFrom: Starts)]);

        var report = await TransitionChecker.CheckAsync(store, new TransitionRequest(SystemId: "ics"), CancellationToken.None);
        var england = await TransitionChecker.CheckAsync(store, new TransitionRequest(), CancellationToken.None);

        Assert.Equal(["ccg", "quiet"], report.Bodies.Select(b => b.Body.Id));
        Assert.Equal(["f"], report.Bodies[0].Functions.Select(f => f.Id));
        Assert.Equal(["icb"], report.Bodies[1].Successors.Select(s => s.Id));
        Assert.Equal([null, CeasingBody.FunctionsNotRecorded], report.Bodies.Select(b => b.Note));
        Assert.Equal(["ccg", "elsewhere", "quiet"], england.Bodies.Select(b => b.Body.Id));
    }

    [SkippableFact]
    public async Task A_scenario_that_fills_the_gap_clears_the_finding_and_the_diff_says_so()
    {
        var store = await GraphAsync([Ccg(), Icb(), Function()], [Held(until: Date(2022, 3, 31)), Transfer("icb", Starts)]);
        var info = new ChangeInfo("priya", DateTimeOffset.UnixEpoch, "test", "fill the gap", Rationale: "extend the CCG's hold");
        Assert.True((await store.WriteAsync(new GraphWriteBatch([new GraphWrite.OpenScenario("scn-gap", "gap")], info), CancellationToken.None)).Committed);
        Assert.True((await store.WriteAsync(new GraphWriteBatch([new GraphWrite.AddRelationship(Held(until: Ceases) with { Id = "f.held-by.ccg.extended", ValidFrom = Date(2022, 4, 1) })], info, "scn-gap"), CancellationToken.None)).Committed);
        var scenario = (await store.GetScenarioReaderAsync("scn-gap", CancellationToken.None))!;

        var before = await TransitionChecker.CheckAsync(store, new TransitionRequest(CcgId: "ccg"), CancellationToken.None);
        var after = await TransitionChecker.CheckAsync(scenario, new TransitionRequest(CcgId: "ccg"), CancellationToken.None);
        var diff = TransitionFindingDiff.Between(before, after);

        Assert.Contains(before.Findings, f => f.Code == TransitionFindingCode.HolderGap);
        Assert.DoesNotContain(after.Findings, f => f.Code == TransitionFindingCode.HolderGap);
        Assert.Equal([TransitionFindingCode.HolderGap], diff.Cleared.Select(f => f.Code));
        Assert.Empty(diff.Added);
        if (scenario is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }
}
