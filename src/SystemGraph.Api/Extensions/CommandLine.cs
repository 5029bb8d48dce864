namespace SystemGraph.Api.Extensions;

/// <summary>
/// Command-line verbs run instead of the web host (e.g. <c>seed validate</c>).
/// Returns <c>null</c> when the arguments are host configuration only (<c>--key value</c>, <c>key=value</c>),
/// so the host starts as usual; an unknown verb exits with code 2.
/// </summary>
internal static class CommandLine
{
    private static readonly Dictionary<string, Func<string[], CancellationToken, Task<int>>> Verbs = new(StringComparer.Ordinal);

    /// <summary>Registers a verb such as <c>"seed validate"</c>; parts are matched word by word.</summary>
    public static void Register(string verb, Func<string[], CancellationToken, Task<int>> handler) => Verbs[verb] = handler;

    public static async Task<int?> TryRunAsync(string[] args, CancellationToken cancellationToken)
    {
        CommandRegistry.RegisterAll();
        foreach (var (verb, handler) in Verbs.OrderByDescending(v => v.Key.Length))
        {
            var words = verb.Split(' ');
            if (args.Length >= words.Length && words.SequenceEqual(args.Take(words.Length), StringComparer.Ordinal))
            {
                return await handler(args[words.Length..], cancellationToken).ConfigureAwait(false);
            }
        }

        // A bare word that names no verb is a typo, not host configuration (which is --key value or key=value):
        // say so instead of starting the web host, which would never return.
        if (args.Length > 0 && !args[0].StartsWith('-') && !args[0].Contains('=', StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync(
                $"Unknown command '{string.Join(' ', args)}'. Commands: {string.Join(", ", Verbs.Keys.Order(StringComparer.Ordinal))}.").ConfigureAwait(false);
            return 2;
        }

        return null;
    }
}
