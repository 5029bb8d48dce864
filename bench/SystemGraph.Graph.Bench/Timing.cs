using System.Diagnostics;

namespace SystemGraph.Graph.Bench;

/// <summary>p50 / p99 of an operation, after a warm-up long enough for tiered compilation to settle.</summary>
internal static class Timing
{
    public static async Task<(double P50, double P99)> MeasureAsync(int iterations, Func<Task<int>> operation, int warmUpMilliseconds = 2_000)
    {
        // Warm up by time as well as by count: tiered compilation promotes hot methods only after they have run
        // for a while (tier-0 code first, then a background recompile), so a few dozen calls measure tier-0 code.
        var warmUp = Stopwatch.StartNew();
        for (var i = 0; i < Math.Max(5, iterations / 10) || warmUp.ElapsedMilliseconds < warmUpMilliseconds; i++)
        {
            await operation();
        }

        var times = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await operation();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        return Percentiles(times);
    }

    /// <summary>p50 and p99 of timings in milliseconds.</summary>
    public static (double P50, double P99) Percentiles(double[] times)
    {
        Array.Sort(times);
        return (times[times.Length / 2], times[Math.Min(times.Length - 1, (int)(times.Length * 0.99))]);
    }
}
