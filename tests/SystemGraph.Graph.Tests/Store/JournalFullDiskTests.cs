using System.Diagnostics;
using SystemGraph.Graph.Model;
using SystemGraph.Graph.Store;
using static SystemGraph.TestSupport.GraphStoreConformance.TestGraph;

namespace SystemGraph.Graph.Tests.Store;

/// <summary>
/// The embedded store on a full disk (issue 22): the journal lives on a small tmpfs this test mounts, which is filled
/// until an append fails with ENOSPC. A refused write changes nothing, reads go on, the journal stays whole, and writes
/// work again once space returns, in the same process. Mounting needs root (CAP_SYS_ADMIN), as in CI.
/// </summary>
public sealed class JournalFullDiskTests : IDisposable
{
    private readonly string mount = Directory.CreateTempSubdirectory("sg-fulldisk-").FullName;
    private bool mounted;

    private string JournalPath => Path.Combine(mount, "graph.journal");

    private string FillerPath => Path.Combine(mount, "filler");

    public void Dispose()
    {
        if (mounted)
        {
            Run("umount", mount);
        }

        Directory.Delete(mount, recursive: true);
    }

    [SkippableFact]
    public async Task A_full_disk_refuses_writes_cleanly_and_writes_resume_when_space_returns()
    {
        Skip.IfNot(Environment.UserName == "root" && OperatingSystem.IsLinux(), "Mounting a small tmpfs for the journal needs root on Linux.");
        mounted = Run("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", mount) == 0;
        Skip.IfNot(mounted, "mount -t tmpfs was refused (no CAP_SYS_ADMIN here).");

        using (var store = await OpenAsync())
        {
            Assert.True((await WriteAsync(store, "before")).Committed);
            Fill();
            var version = store.Version;

            var refused = await Assert.ThrowsAsync<StoreUnavailableException>(() => WriteAsync(store, "while-full"));
            await Assert.ThrowsAsync<StoreUnavailableException>(() => WriteAsync(store, "still-full"));

            Assert.Contains("nothing was changed", refused.Message, StringComparison.Ordinal);
            Assert.Equal(version, store.Version);
            Assert.NotNull(store.WriteFailure);
            Assert.Null((await store.GetEntitiesAsync(["while-full"], CancellationToken.None))[0]);
            Assert.NotNull((await store.GetEntitiesAsync(["before"], CancellationToken.None))[0]);
            Assert.Empty(await store.SearchAsync("while", null, 10, CancellationToken.None));

            File.Delete(FillerPath);
            Assert.True((await WriteAsync(store, "after")).Committed);
            Assert.Null(store.WriteFailure);
        }

        // The journal holds exactly the acknowledged writes, whole: it replays without a torn or corrupt record.
        using var reopened = await OpenAsync();
        var found = await reopened.GetEntitiesAsync(["before", "while-full", "still-full", "after"], CancellationToken.None);
        Assert.NotNull(found[0]);
        Assert.Null(found[1]);
        Assert.Null(found[2]);
        Assert.NotNull(found[3]);
        Assert.Equal(3, reopened.Version);
    }

    private static Task<WriteResult> WriteAsync(EmbeddedGraphStore store, string id) =>
        store.WriteAsync(new GraphWriteBatch([new GraphWrite.UpsertEntity(Person(id) with { Description = new string('x', 2000) })]), CancellationToken.None);

    /// <summary>Writes zeros until the file system says it is full.</summary>
    private void Fill()
    {
        using var filler = new FileStream(FillerPath, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
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

    private async Task<EmbeddedGraphStore> OpenAsync()
    {
        var store = new EmbeddedGraphStore(JournalPath);
        await store.LoadAsync([Document(), Board("board")], [], CancellationToken.None);
        return store;
    }

    private static int Run(string command, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(command, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        process.WaitForExit();
        return process.ExitCode;
    }
}
