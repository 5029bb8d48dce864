namespace SystemGraph.Api.Extensions;

/// <summary>
/// Command-line verbs run instead of the web host (e.g. <c>seed validate</c>).
/// Returns <c>null</c> when the arguments name no verb, so the host starts as usual.
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

        return null;
    }
}
