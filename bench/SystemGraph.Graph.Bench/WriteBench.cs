using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using SystemGraph.Graph.Changes;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;
using SystemGraph.Graph.Traversals;

namespace SystemGraph.Graph.Bench;

/// <summary>
/// Writes and scenarios on the embedded store at one scale. An acknowledged write is measured against its floor, a
/// bare append + fsync of the same number of bytes on the same disk in the same run (the durability every write
/// pays), and against the same write without a journal (the cost of checking, applying and auditing). Scenario
/// reads are measured against the same read on the baseline, both warm and right after a baseline write (when the
/// scenario's view is rebuilt from its writes).
/// </summary>
internal static class WriteBench
{
    private static readonly ChangeInfo Info = new("bench", DateTimeOffset.UnixEpoch, "bench", "benchmark write", Rationale: "benchmark");

    private static readonly JsonSerializerOptions JournalLike = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static async Task RunAsync(int scale, int iterations)
    {
        var ct = CancellationToken.None;
        var (entities, lines, deep, _, _, _) = SyntheticGraph.Generate(scale);
        var folder = Directory.CreateTempSubdirectory("sg-write-bench-");
        try
        {
            using var journaled = new EmbeddedGraphStore(Path.Combine(folder.FullName, "graph.journal"));
            using var inMemory = new EmbeddedGraphStore();
            await journaled.LoadAsync(entities, lines, ct);
            await inMemory.LoadAsync(entities, lines, ct);

            var next = 0;
            GraphWriteBatch Batch() => NewPair($"bench-{next++}");
            async Task<int> WriteAsync(EmbeddedGraphStore store)
            {
                var result = await store.WriteAsync(Batch(), ct);
                return result.Committed ? 1 : throw new InvalidOperationException(result.Errors[0].Message);
            }

            var durable = await Timing.MeasureAsync(iterations, () => WriteAsync(journaled), 1_000);
            var applied = await Timing.MeasureAsync(iterations, () => WriteAsync(inMemory), 1_000);
            var floor = await BareFsyncAsync(folder.FullName, JsonSerializer.SerializeToUtf8Bytes(Batch() with { Info = Info }, JournalLike).Length + 8, iterations);

            Console.WriteLine();
            Console.WriteLine($"Writes at {scale:N0} entities (two new boards, a line between them and its status change: one audited batch; {iterations} each):");
            Console.WriteLine();
            Console.WriteLine("| write | p50 (ms) | p99 (ms) | p50 / bare fsync |");
            Console.WriteLine("|---|---:|---:|---:|");
            Console.WriteLine($"| acknowledged (journal + fsync) | {durable.P50:F3} | {durable.P99:F3} | {durable.P50 / floor.P50:F2} |");
            Console.WriteLine($"| bare append + fsync, same bytes (peer) | {floor.P50:F3} | {floor.P99:F3} | 1.00 |");
            Console.WriteLine($"| without a journal (check, apply, audit) | {applied.P50:F3} | {applied.P99:F3} | {applied.P50 / floor.P50:F2} |");

            Console.WriteLine();
            Console.WriteLine($"Scenario reads at {scale:N0} entities (a depth-10 accountability chain; the scenario holds N batches like the above):");
            Console.WriteLine();
            Console.WriteLine("| N | baseline p50 (µs) | scenario warm p50 (µs) | scenario after a baseline write p50 (µs) |");
            Console.WriteLine("|---:|---:|---:|---:|");
            var chain = new ChainOptions(MaxDepth: 10);
            var baseline = await Timing.MeasureAsync(iterations, async () => (await AccountabilityChainTraversal.UpwardAsync(inMemory, deep, chain, ct))!.Paths.Count, 1_000);
            foreach (var size in new[] { 10, 100, 1_000 })
            {
                var id = $"bench-scenario-{size}";
                await inMemory.WriteAsync(new GraphWriteBatch([new GraphWrite.OpenScenario(id, id)], Info), ct);
                for (var i = 0; i < size; i++)
                {
                    await inMemory.WriteAsync(NewPair($"{id}-{i}") with { Scenario = id }, ct);
                }

                async Task<int> ReadInScenarioAsync()
                {
                    var reader = (await inMemory.GetScenarioReaderAsync(id, ct))!;
                    return (await AccountabilityChainTraversal.UpwardAsync(reader, deep, chain, ct))!.Paths.Count;
                }

                var warm = await Timing.MeasureAsync(iterations, ReadInScenarioAsync, 1_000);
                var rebuilt = new double[Math.Max(20, iterations / 4)];
                for (var i = 0; i < rebuilt.Length; i++)
                {
                    await WriteAsync(inMemory);
                    var start = Stopwatch.GetTimestamp();
                    await ReadInScenarioAsync();
                    rebuilt[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                }

                var cold = Timing.Percentiles(rebuilt);
                Console.WriteLine($"| {size:N0} | {baseline.P50 * 1000:F0} | {warm.P50 * 1000:F0} | {cold.P50 * 1000:F0} |");
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Two new boards, a PROPOSED reporting line between them, agreed in the same batch: four writes, one audit entry.</summary>
    private static GraphWriteBatch NewPair(string id) => new(
        [
            new GraphWrite.UpsertEntity(new Entity { Id = id + "-a", Kind = EntityKind.Board, Name = "Bench board " + id }),
            new GraphWrite.UpsertEntity(new Entity { Id = id + "-b", Kind = EntityKind.Board, Name = "Bench group " + id }),
            new GraphWrite.AddRelationship(new Relationship { Id = id, Type = RelationshipType.ReportsTo, FromId = id + "-a", ToId = id + "-b", Status = RelationshipStatus.Proposed }),
            new GraphWrite.SetRelationshipStatus(id, RelationshipStatus.Agreed),
        ],
        Info);

    /// <summary>The floor of a durable write: append this many bytes to a file and force them to disk.</summary>
    private static async Task<(double P50, double P99)> BareFsyncAsync(string folder, int bytes, int iterations)
    {
        var record = new byte[bytes];
        Random.Shared.NextBytes(record);
        await using var stream = new FileStream(Path.Combine(folder, "bare.bin"), FileMode.Append, FileAccess.Write, FileShare.Read, 4096, FileOptions.None);
        return await Timing.MeasureAsync(iterations, () =>
        {
            stream.Write(record);
            stream.Flush(flushToDisk: true);
            return Task.FromResult(1);
        }, 1_000);
    }
}
