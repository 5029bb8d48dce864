using SystemGraph.Graph.Model;

namespace SystemGraph.Graph.Bench;

/// <summary>
/// A synthetic system graph with a realistic shape: regions > systems > places > neighbourhoods; PCNs and
/// practices (practices MEMBER_OF PCNs, PCNs PART_OF places); a tree of boards (each ACCOUNTABLE_TO its parent,
/// ten children each) with REPORTS_TO cross-links that make diamonds; people holding posts. About four
/// relationships per entity. Deterministic for a given size.
/// </summary>
internal static class SyntheticGraph
{
    private static readonly SourceRef Source = new("doc-synthetic", "generated", null);

    public static (List<Entity> Entities, List<Relationship> Relationships, string DeepBoard, string ChartRoot, string PracticeA, string PracticeB) Generate(int size)
    {
        var random = new Random(42);
        var entities = new List<Entity>(size);
        var lines = new List<Relationship>(size * 4);
        var n = 0;
        Entity Add(EntityKind kind, string prefix, SpatialLevel? level = null, string? type = null)
        {
            var e = new Entity { Id = $"{prefix}-{n++}", Kind = kind, Name = $"{prefix} {n}", Level = level, Type = type, Sources = [Source] };
            entities.Add(e);
            return e;
        }

        void Line(RelationshipType type, Entity from, Entity to) => lines.Add(new Relationship
        {
            Id = $"{from.Id}.{(int)type}.{to.Id}", Type = type, FromId = from.Id, ToId = to.Id, Status = RelationshipStatus.Agreed, Sources = [Source],
        });

        entities.Add(new Entity { Id = "doc-synthetic", Kind = EntityKind.Document, Name = "synthetic" });
        var england = Add(EntityKind.Area, "england", SpatialLevel.National);
        var places = new List<Entity>();
        for (var r = 0; r < 7; r++)
        {
            var region = Add(EntityKind.Area, "region", SpatialLevel.Region);
            Line(RelationshipType.PartOf, region, england);
            for (var s = 0; s < 6; s++)
            {
                var system = Add(EntityKind.Area, "system", SpatialLevel.System);
                Line(RelationshipType.PartOf, system, region);
                for (var p = 0; p < 8; p++)
                {
                    var place = Add(EntityKind.Area, "place", SpatialLevel.Place);
                    Line(RelationshipType.PartOf, place, system);
                    places.Add(place);
                }
            }
        }

        // Boards: a ten-way tree, each accountable to its parent, a fifth also reporting to a sibling's parent.
        var boardCount = size / 5;
        var boards = new List<Entity>(boardCount) { Add(EntityKind.Board, "board", type: "SYSTEM_BOARD") };
        for (var i = 1; i < boardCount; i++)
        {
            var board = Add(EntityKind.Board, "board", type: "PARTNERSHIP_BOARD");
            boards.Add(board);
            Line(RelationshipType.AccountableTo, board, boards[(i - 1) / 10]);
            if (i % 5 == 0 && i > 20)
            {
                Line(RelationshipType.ReportsTo, board, boards[random.Next(1, Math.Max(2, (i - 1) / 10))]);
            }

            Line(RelationshipType.Covers, board, places[random.Next(places.Count)]);
        }

        // A dedicated chain twelve boards deep, for the depth-10 chain measurement.
        var deep = boards[0];
        for (var d = 0; d < 12; d++)
        {
            var next = Add(EntityKind.Board, "chain", type: "WORKING_GROUP");
            Line(RelationshipType.AccountableTo, next, deep);
            deep = next;
        }

        var pcns = new List<Entity>();
        var practices = new List<Entity>();
        while (entities.Count < size)
        {
            var roll = random.Next(10);
            if (roll == 0 || pcns.Count == 0)
            {
                var pcn = Add(EntityKind.Organisation, "pcn", type: "PCN");
                Line(RelationshipType.PartOf, pcn, places[random.Next(places.Count)]);
                Line(RelationshipType.MemberOf, pcn, boards[random.Next(boards.Count)]);
                pcns.Add(pcn);
            }
            else if (roll < 8)
            {
                var practice = Add(EntityKind.Organisation, "practice", type: "GP_PRACTICE");
                var pcn = pcns[random.Next(Math.Max(0, pcns.Count - 20), pcns.Count)];
                Line(RelationshipType.MemberOf, practice, pcn);
                Line(RelationshipType.PartOf, practice, places[random.Next(places.Count)]);
                Line(RelationshipType.MemberOf, practice, boards[random.Next(boards.Count)]);
                Line(RelationshipType.ReportsTo, practice, pcn);
                practices.Add(practice);
            }
            else
            {
                var person = Add(EntityKind.Person, "person");
                Line(RelationshipType.HoldsPost, person, boards[random.Next(boards.Count)]);
                Line(RelationshipType.Chairs, person, boards[random.Next(boards.Count)]);
                Line(RelationshipType.MemberOf, person, boards[random.Next(boards.Count)]);
                Line(RelationshipType.HoldsPost, person, practices.Count > 0 ? practices[random.Next(practices.Count)] : boards[0]);
            }
        }

        // The org chart root: a board with about a thousand boards within three levels below it.
        return (entities, lines, deep.Id, boards[1].Id, practices[0].Id, practices[^1].Id);
    }
}
