using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using SystemGraph.Api.Auth;

namespace SystemGraph.Api.Tests.Writes;

/// <summary>
/// A full disk under the journal, over HTTP (issue 22): the write answers STORE_UNAVAILABLE and changes nothing,
/// reads go on, /health says the store is Degraded, and once space returns the next write is acknowledged and /health
/// is Healthy again, without a restart. The journal lives on a small tmpfs the test mounts (root, as in CI).
/// </summary>
public sealed class FullDiskTests : IDisposable
{
    private readonly string mount = Directory.CreateTempSubdirectory("sg-api-fulldisk-").FullName;
    private bool mounted;

    public void Dispose()
    {
        if (mounted)
        {
            Run("umount", mount);
        }

        Directory.Delete(mount, recursive: true);
    }

    [SkippableFact]
    public async Task A_full_journal_disk_refuses_writes_with_a_code_and_health_tells_until_space_returns()
    {
        Skip.IfNot(Environment.UserName == "root" && OperatingSystem.IsLinux(), "Mounting a small tmpfs for the journal needs root on Linux.");
        mounted = Run("mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", mount) == 0;
        Skip.IfNot(mounted, "mount -t tmpfs was refused (no CAP_SYS_ADMIN here).");
        await using var factory = new JournalFactory(Path.Combine(mount, "journal.sgj"));
        using var client = factory.CreateClient();
        var editor = WriteApi.Token("disk-editor", Roles.Editor);
        // Each record is larger than a page, so it never fits in the slack left after the last one.
        const string Create = """mutation($id: ID!, $d: String) { createEntity(input: { id: $id, kind: BOARD, name: "Disk board", description: $d, reason: "r", rationale: "n" }) { entity { id } } }""";
        var description = new string('x', 8000);

        await client.OkAsync(editor, Create, new { id = "disk-before", d = description });
        Fill(Path.Combine(mount, "filler"));
        var (_, refused, refusedResponse) = await client.SendAsync(editor, Create, new { id = "disk-while-full", d = description });
        refusedResponse.Dispose();
        var read = await client.OkAsync(null, """{ entity(id: "disk-before") { id } }""");
        var whileFull = await HealthAsync(client);
        File.Delete(Path.Combine(mount, "filler"));
        await client.OkAsync(editor, Create, new { id = "disk-after", d = description });
        var after = await HealthAsync(client);
        var gone = await client.OkAsync(null, """{ entity(id: "disk-while-full") { id } }""");

        Assert.Equal("STORE_UNAVAILABLE", refused.Code());
        Assert.Equal("disk-before", read["entity"]!["id"]!.GetValue<string>());
        Assert.Equal("Degraded", whileFull["checks"]!["graph-store"]!["status"]!.GetValue<string>());
        Assert.Contains("writes refused", whileFull["checks"]!["graph-store"]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Healthy", after["checks"]!["graph-store"]!["status"]!.GetValue<string>());
        Assert.Null(gone["entity"]);
    }

    private static async Task<JsonNode> HealthAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonNode>(new Uri("/health", UriKind.Relative)))!;

    private static void Fill(string path)
    {
        using var filler = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
        var block = new byte[4096];
        try
        {
            while (true)
            {
                filler.Write(block);
            }
        }
        catch (IOException)
        {
            // Full.
        }
    }

    private static int Run(string command, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(command, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>The write API with its journal at the given path.</summary>
    private sealed class JournalFactory(string journal) : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Graph:OdsPath", "none");
            builder.UseSetting("Auth:SigningKey", WriteApiFactory.Key);
            builder.UseSetting("Graph:JournalPath", journal);
        }
    }
}
