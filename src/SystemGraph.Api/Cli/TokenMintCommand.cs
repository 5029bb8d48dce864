using System.Globalization;
using SystemGraph.Api.Auth;

namespace SystemGraph.Api.Cli;

/// <summary>
/// <c>token mint --sub NAME --role ROLE [--role ROLE] [--minutes 60]</c>: prints a development token signed with
/// Auth:SigningKey (from the environment or appsettings). Refuses without a key; prints only the token.
/// </summary>
internal static class TokenMintCommand
{
    public static async Task<int> RunAsync(string[] args, AuthOptions options, TextWriter output, TextWriter errors)
    {
        string? subject = null;
        var roles = new List<string>();
        var minutes = 60;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--sub" when value is not null:
                    subject = value;
                    i++;
                    break;
                case "--role" when value is not null && Roles.All.Contains(value):
                    roles.Add(value);
                    i++;
                    break;
                case "--minutes" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m > 0:
                    minutes = m;
                    i++;
                    break;
                default:
                    await errors.WriteLineAsync($"Unexpected '{args[i]}'. Usage: token mint --sub NAME --role reader|planner|editor|admin [--role ...] [--minutes 60]").ConfigureAwait(false);
                    return 2;
            }
        }

        if (subject is null || roles.Count == 0)
        {
            await errors.WriteLineAsync("token mint needs --sub and at least one --role.").ConfigureAwait(false);
            return 2;
        }

        try
        {
            await output.WriteLineAsync(DevelopmentTokens.Mint(options, subject, roles, TimeSpan.FromMinutes(minutes))).ConfigureAwait(false);
            return 0;
        }
        catch (InvalidOperationException ex)
        {
            await errors.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return 1;
        }
    }
}
