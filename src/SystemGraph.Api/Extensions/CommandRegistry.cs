namespace SystemGraph.Api.Extensions;

/// <summary>The one place where command-line verbs are registered.</summary>
internal static class CommandRegistry
{
    private static bool registered;

    public static void RegisterAll()
    {
        if (registered)
        {
            return;
        }

        registered = true;
        CommandLine.Register("version", (_, _) =>
        {
            Console.WriteLine(typeof(CommandRegistry).Assembly.GetName().Version?.ToString() ?? "unknown");
            return Task.FromResult(0);
        });
        CommandLine.Register("seed validate", (args, ct) => Cli.SeedValidateCommand.RunAsync(args, Console.Out, ct));
        CommandLine.Register("seed draft", (args, ct) => Cli.SeedDraftCommand.RunAsync(args, Console.Out, ct));
        CommandLine.Register("seed sections", (args, ct) => Cli.SeedSectionsCommand.RunAsync(args, Console.Out, ct));
        CommandLine.Register("token mint", (args, _) =>
        {
            // The same sources as the host: appsettings beside the app, then the environment (Auth__SigningKey).
            var configuration = new ConfigurationBuilder()
                .SetBasePath(AppContext.BaseDirectory)
                .AddJsonFile("appsettings.json", optional: true)
                .AddEnvironmentVariables()
                .Build();
            var options = configuration.GetSection(Auth.AuthOptions.SectionName).Get<Auth.AuthOptions>() ?? new Auth.AuthOptions();
            return Cli.TokenMintCommand.RunAsync(args, options, Console.Out, Console.Error);
        });
    }
}
