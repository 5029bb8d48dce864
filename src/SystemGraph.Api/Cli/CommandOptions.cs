namespace SystemGraph.Api.Cli;

/// <summary><c>--name value</c> pairs of a command, checked against the names it accepts.</summary>
internal sealed class CommandOptions
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

    public string? Error { get; private init; }

    public string? Get(string name) => values.GetValueOrDefault(name);

    public static CommandOptions Parse(string[] args, IReadOnlyCollection<string> accepted)
    {
        var options = new CommandOptions();
        for (var i = 0; i < args.Length; i++)
        {
            if (!accepted.Contains(args[i]))
            {
                return new CommandOptions { Error = $"Unknown option '{args[i]}'. Options: {string.Join(", ", accepted)}." };
            }

            if (i + 1 >= args.Length)
            {
                return new CommandOptions { Error = $"Option {args[i]} needs a value." };
            }

            options.values[args[i]] = args[++i];
        }

        return options;
    }
}
