using Microsoft.Extensions.Logging;

namespace SystemGraph.Api.Caching;

/// <summary>
/// Whether the distributed cache answers. Logs one warning when it stops (not one per request) and one
/// line when it comes back; the readiness check reads it to report the cache as degraded.
/// </summary>
public sealed partial class CacheAvailability(ILogger<CacheAvailability> logger, TimeProvider time)
{
    private int down;
    private long downSinceTicks;

    public bool IsDown => Volatile.Read(ref down) == 1;

    public DateTimeOffset? DownSince => IsDown ? new DateTimeOffset(Interlocked.Read(ref downSinceTicks), TimeSpan.Zero) : null;

    public string? LastError { get; private set; }

    public void ReportFailure(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        LastError = error.GetType().Name;
        if (Interlocked.CompareExchange(ref down, 1, 0) == 0)
        {
            Interlocked.Exchange(ref downSinceTicks, time.GetUtcNow().UtcTicks);
            LogOutage(logger, error.GetType().Name, error.Message);
        }
    }

    public void ReportSuccess()
    {
        if (Interlocked.CompareExchange(ref down, 0, 1) == 1)
        {
            var since = new DateTimeOffset(Interlocked.Read(ref downSinceTicks), TimeSpan.Zero);
            var seconds = (time.GetUtcNow() - since).TotalSeconds;
            LogRecovered(logger, seconds);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Distributed cache unavailable ({ErrorType}: {ErrorMessage}); answering from the store without it until it recovers")]
    private static partial void LogOutage(ILogger logger, string errorType, string errorMessage);

    [LoggerMessage(Level = LogLevel.Information, Message = "Distributed cache recovered after {Seconds:F1} s")]
    private static partial void LogRecovered(ILogger logger, double seconds);
}
