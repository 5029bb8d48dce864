using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;

namespace SystemGraph.TestSupport;

/// <summary>
/// A real Redis on a free loopback port, for tests of the Redis cache: the <c>redis-server</c> on the PATH (CI
/// installs the Debian package), or else, when a Docker engine answers, a <c>redis:7-alpine</c> container started
/// through Testcontainers with the same port bound. No persistence; <see cref="KillAsync"/> takes it away at once
/// (SIGKILL to the process, a stop of the container) and <see cref="StartAsync"/> brings it back on the same port,
/// so tests can take Redis away mid-run.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private const string ContainerImage = "redis:7-alpine";

    private Process? process;
    private IContainer? container;

    private RedisServer(int port) => Port = port;

    public int Port { get; }

    /// <summary>The StackExchange.Redis configuration string for this server.</summary>
    public string Configuration => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartNewAsync()
    {
        var server = new RedisServer(FreePort.Next());
        await server.StartAsync();
        return server;
    }

    public async Task StartAsync()
    {
        if (!IsInstalled())
        {
            await StartContainerAsync();
            await WaitForPingAsync();
            return;
        }

        var start = new ProcessStartInfo("redis-server")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "yes" })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("redis-server is not installed (apt-get install -y redis-server); .ci/run installs it.", e);
        }

        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitForPingAsync();
    }

    private async Task WaitForPingAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            if (await PingAsync())
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new InvalidOperationException($"redis-server did not answer PING on port {Port}.");
    }

    /// <summary>Ends the server at once (SIGKILL; a container is stopped), as a crash would.</summary>
    public async Task KillAsync()
    {
        if (container is not null)
        {
            await container.StopAsync();
            return;
        }

        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process?.Dispose();
        process = null;
    }

    /// <summary>Sends a raw command (RESP inline form) and returns the first reply line.</summary>
    public async Task<string> CommandAsync(string inline)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.UTF8.GetBytes(inline + "\r\n"));
        var buffer = new byte[4096];
        var read = await stream.ReadAsync(buffer);
        return Encoding.UTF8.GetString(buffer, 0, read).TrimEnd();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        if (container is not null)
        {
            await container.DisposeAsync();
        }
    }

    /// <summary>Whether <c>redis-server</c> is on the PATH.</summary>
    private static bool IsInstalled() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, "redis-server")));

    /// <summary>The container (created on first start, bound to <see cref="Port"/> so a restart keeps the address).</summary>
    private async Task StartContainerAsync()
    {
        if (container is null)
        {
            if (!DockerEngine.IsAvailable)
            {
                throw new InvalidOperationException(
                    $"redis-server is not installed (apt-get install -y redis-server; .ci/run installs it) and there is no Docker engine for a {ContainerImage} container: {DockerEngine.UnavailableReason}.");
            }

            container = new ContainerBuilder(ContainerImage)
                .WithPortBinding(Port, 6379)
                .WithCommand("redis-server", "--save", string.Empty, "--appendonly", "no")
                .WithWaitStrategy(Wait.ForUnixContainer().UntilMessageIsLogged("Ready to accept connections"))
                .Build();
        }

        await container.StartAsync();
    }

    private async Task<bool> PingAsync()
    {
        try
        {
            return (await CommandAsync("PING")).Contains("PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
