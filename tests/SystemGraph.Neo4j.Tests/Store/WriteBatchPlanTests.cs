using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;
using SystemGraph.Neo4j.Store;
using static SystemGraph.TestSupport.GraphStoreConformance.TestGraph;

namespace SystemGraph.Neo4j.Tests.Store;

/// <summary>The write checks the Neo4j store makes inside its transaction: the embedded store's rules.</summary>
public sealed class WriteBatchPlanTests
{
    private static readonly Dictionary<string, Entity> Entities = new(StringComparer.Ordinal)
    {
        ["board"] = Board("board") with { Version = 2 },
        ["person"] = Person("person"),
    };

    private static readonly Dictionary<string, Relationship> Lines = new(StringComparer.Ordinal)
    {
        ["person.chairs.board"] = Line("person", RelationshipType.Chairs, "board") with { Version = 4 },
    };

    [Fact]
    public void Relationship_rules_are_the_shared_ones()
    {
        var plan = WriteBatchPlan.Check(new GraphWriteBatch([new GraphWrite.AddRelationship(Line("person", RelationshipType.TransfersTo, "board"))]), Entities, Lines);

        Assert.Equal("RULE_VIOLATION", Assert.Single(plan.Errors).Code);
        Assert.Empty(plan.Relationships);
    }

    [Fact]
    public void Later_writes_see_earlier_ones_and_versions_increment()
    {
        var plan = WriteBatchPlan.Check(new GraphWriteBatch([
            new GraphWrite.UpsertEntity(Person("new")),
            new GraphWrite.AddRelationship(Line("new", RelationshipType.MemberOf, "board")),
            new GraphWrite.SetRelationshipStatus("new.member-of.board", RelationshipStatus.InForce, ExpectedVersion: 1),
            new GraphWrite.EndRelationship("person.chairs.board", new DateOnly(2024, 3, 31), ExpectedVersion: 4),
            new GraphWrite.UpsertEntity(Board("board", "Renamed"), ExpectedVersion: 2),
        ]), Entities, Lines);

        Assert.Empty(plan.Errors);
        Assert.Equal([("board", 3L), ("new", 1L)], plan.Entities.Select(e => (e.Id, e.Version)).Order());
        var added = plan.Relationships.Single(r => r.Id == "new.member-of.board");
        Assert.Equal((RelationshipStatus.InForce, 2L), (added.Status, added.Version));
        var ended = plan.Relationships.Single(r => r.Id == "person.chairs.board");
        Assert.Equal((RelationshipStatus.Ended, new DateOnly(2024, 3, 31), 5L), (ended.Status, ended.ValidTo, ended.Version));
    }

    [Fact]
    public void Errors_carry_the_index_and_code_of_the_write()
    {
        var plan = WriteBatchPlan.Check(new GraphWriteBatch([
            new GraphWrite.AddRelationship(Line("person", RelationshipType.Chairs, "board")),
            new GraphWrite.AddRelationship(Line("person", RelationshipType.Leads, "nowhere")),
            new GraphWrite.EndRelationship("missing", new DateOnly(2024, 1, 1)),
            new GraphWrite.SetRelationshipStatus("person.chairs.board", RelationshipStatus.Agreed, ExpectedVersion: 1),
            new GraphWrite.UpsertEntity(Person("board")),
            new GraphWrite.UpsertEntity(Person("person"), ExpectedVersion: 9),
        ]), Entities, Lines);

        Assert.Equal([(0, "DUPLICATE"), (1, "NOT_FOUND"), (2, "NOT_FOUND"), (3, "CONFLICT"), (4, "INVALID"), (5, "CONFLICT")], plan.Errors.Select(e => (e.Index, e.Code)));
    }

    [Fact]
    public void The_relationship_rules_and_status_rules_of_the_shared_applier_hold()
    {
        var plan = WriteBatchPlan.Check(new GraphWriteBatch([
            new GraphWrite.AddRelationship(Line("board", RelationshipType.HoldsPost, "person")),
            new GraphWrite.AddRelationship(Line("person", RelationshipType.MemberOf, "person") with { MembershipLevel = MembershipLevel.Full }),
            new GraphWrite.SetRelationshipStatus("person.chairs.board", RelationshipStatus.Ended),
            new GraphWrite.SetRelationshipStatus("person.chairs.board", RelationshipStatus.Agreed),
            new GraphWrite.UpsertEntity(new Entity { Id = "area", Kind = EntityKind.Area, Name = "No level" }),
        ]), Entities, Lines);

        Assert.Equal([(0, "RULE_VIOLATION"), (1, "RULE_VIOLATION"), (2, "INVALID"), (3, "INVALID"), (4, "INVALID")], plan.Errors.Select(e => (e.Index, e.Code)));
        Assert.Empty(plan.Entities);
        Assert.Empty(plan.Relationships);
    }

    [Fact]
    public void Before_keeps_the_records_as_read_while_the_plan_moves_on()
    {
        var plan = new WriteBatchPlan(Entities, Lines);
        var errors = plan.ApplyAll([new GraphWrite.UpsertEntity(Board("board", "Renamed")), new GraphWrite.UpsertEntity(Person("new"))]);
        var frozen = plan.Freeze();
        plan.ApplyAll([new GraphWrite.UpsertEntity(Person("later"))]);

        Assert.Empty(errors);
        Assert.Equal(("board", 2L), (plan.Before.Entity("board")!.Name, plan.Before.Entity("board")!.Version));
        Assert.Null(plan.Before.Entity("new"));
        Assert.Equal(("Renamed", 3L), (plan.Entity("board")!.Name, plan.Entity("board")!.Version));
        Assert.NotNull(frozen.Entity("new"));
        Assert.Null(frozen.Entity("later"));
        Assert.NotNull(plan.Entity("later"));
    }

    [Fact]
    public void The_ids_to_read_are_those_the_batch_touches()
    {
        var batch = new GraphWriteBatch([
            new GraphWrite.UpsertEntity(Person("p")),
            new GraphWrite.AddRelationship(Line("p", RelationshipType.Chairs, "b")),
            new GraphWrite.EndRelationship("x", new DateOnly(2024, 1, 1)),
        ]);

        // The cited document is read too: its date is the new line's evidence date.
        Assert.Equal(["p", "b", "doc-test"], WriteBatchPlan.EntityIdsOf(batch));
        Assert.Equal(["p.chairs.b", "x"], WriteBatchPlan.RelationshipIdsOf(batch));
    }
}
